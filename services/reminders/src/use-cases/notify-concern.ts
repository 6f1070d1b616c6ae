import { renderConcern } from '../email/concern.ts';
import { type SendOnceDeps, sendOnce } from './send-once.ts';

export interface ConcernRaisedData {
  caseNumber: string;
  visitId: string;
  level: 'acute' | 'non-acute';
  caseworkerEmail: string;
  teamLeaderEmail: string;
}

/** At once, to the caseworker and the team leader, each once however often the event is delivered. */
export const notifyConcern = async (
  deps: SendOnceDeps & { caseLinkTemplate: string },
  c: ConcernRaisedData,
) => {
  const recipients = [
    ['caseworker', c.caseworkerEmail],
    ['teamLeader', c.teamLeaderEmail],
  ] as const;
  const results = [];
  for (const [role, to] of recipients) {
    results.push(
      await sendOnce(
        deps,
        `concern#${c.visitId}#${role}`,
        renderConcern(to.toLowerCase(), c, deps.caseLinkTemplate),
      ),
    );
  }
  return results;
};
