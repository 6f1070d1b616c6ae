import { renderConcern } from '../email/concern.ts';
import type { Links } from '../email/links.ts';
import { type SendOnceDeps, sendOnce } from './send-once.ts';

export interface ConcernRaisedData {
  caseId: string;
  caseNumber: string;
  providerId: string;
  visitId: string;
  level: 'acute' | 'non-acute';
  caseworkerEmail: string;
  teamLeaderEmail: string;
}

/** At once, to the caseworker and the team leader, each once however often the event is delivered. */
export const notifyConcern = async (
  deps: SendOnceDeps & { links: Links; timeZone?: string },
  c: ConcernRaisedData,
  raisedAt: string,
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
        renderConcern(to.toLowerCase(), { ...c, raisedAt }, deps.links, deps.timeZone),
      ),
    );
  }
  return results;
};
