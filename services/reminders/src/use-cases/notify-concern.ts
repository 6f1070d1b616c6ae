import { renderConcern } from '../email/concern.ts';
import type { Links } from '../email/links.ts';
import { type SendOnceDeps, sendAllOnce } from './send-once.ts';

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
  return sendAllOnce(
    deps,
    recipients.map(([role, to]) => ({
      key: `concern#${c.visitId}#${role}`,
      email: renderConcern(to.toLowerCase(), { ...c, raisedAt }, deps.links, deps.timeZone),
    })),
  );
};
