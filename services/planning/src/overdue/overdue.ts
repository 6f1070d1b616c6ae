import { type Clock, localDateOf } from '@hjemmestotte/domain';
import { type AuditTrail, badRequest, forbidden, type Principal, recordRead } from '@hjemmestotte/lambda-kit';

/** What a team leader must act on: a follow-up not held, a plan not written, an investigation not completed. */
export type OverdueKind = 'follow-up' | 'plan' | 'investigation';
export const OVERDUE_KINDS: readonly OverdueKind[] = ['follow-up', 'plan', 'investigation'];

export interface OverdueItem {
  kind: OverdueKind;
  caseId: string;
  caseNumber: string;
  dueOn: string;
  /** The follow-up's id (kind `follow-up` only). */
  followUpId?: string;
}

export interface OverdueReader {
  /** Items of one agenda partition still on the agenda with `dueOn` before `today`; `itemsRead` as read. */
  dueBefore(kind: OverdueKind, today: string): Promise<{ items: OverdueItem[]; itemsRead: number }>;
  /** The team leader of each case (lower case), read by key: only the cases already found overdue. */
  teamLeadersOf(caseIds: string[]): Promise<{ teamLeaders: Map<string, string>; itemsRead: number }>;
}

export interface OverdueDeps {
  overdue: OverdueReader;
  audit: AuditTrail;
  clock: Clock;
  policy: { timeZone: string };
}

// The audit table takes one write per case listed; a few at a time keeps the SDK's socket pool free.
const AUDIT_BATCH = 25;

/**
 * GET /v1/reports/overdue (team leader): everything past its deadline today, whatever month it fell in, oldest
 * first. One Query per agenda partition (the index holds only what still needs attention, so the cost follows
 * what is overdue, never the number of cases). Overdue means as in the supervision report: its day has passed
 * (Copenhagen) and it is still open. The list names cases, so each case listed is a read of it: one audit
 * entry (`case.list`) per case, written before the answer (503 and no data if they cannot be written).
 */
export const listOverdue = async (deps: OverdueDeps, principal: Principal, query: Record<string, string>) => {
  const { teamLeader, ...rest } = query;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw badRequest(unknown.map((k) => ({ path: k, message: 'unknown parameter' })));
  if (teamLeader !== undefined && teamLeader !== 'me')
    throw badRequest([{ path: 'teamLeader', message: "only 'me' (the cases you are team leader of)" }]);
  if (principal.kind !== 'user') throw forbidden();
  const now = deps.clock.now();
  const today = localDateOf(now, deps.policy.timeZone);
  const read = await Promise.all(OVERDUE_KINDS.map((k) => deps.overdue.dueBefore(k, today)));
  let found = read.flatMap((r) => r.items);
  let itemsRead = read.reduce((n, r) => n + r.itemsRead, 0);
  if (teamLeader === 'me') {
    // The caller's own team: the cases it is team leader of (read by key, only those already overdue).
    const leaders = await deps.overdue.teamLeadersOf([...new Set(found.map((i) => i.caseId))]);
    const me = principal.email.toLowerCase();
    found = found.filter((i) => leaders.teamLeaders.get(i.caseId) === me);
    itemsRead += leaders.itemsRead;
  }
  const items = found.sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      a.caseNumber.localeCompare(b.caseNumber) ||
      OVERDUE_KINDS.indexOf(a.kind) - OVERDUE_KINDS.indexOf(b.kind),
  );
  const cases = [...new Set(items.map((i) => i.caseId))];
  for (let i = 0; i < cases.length; i += AUDIT_BATCH) {
    await Promise.all(
      cases.slice(i, i + AUDIT_BATCH).map((c) => recordRead(deps.audit, c, 'case.list', principal, now)),
    );
  }
  return { body: { asOf: today, items }, itemsRead };
};
