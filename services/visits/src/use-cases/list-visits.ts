import type { Clock } from '@hjemmestotte/domain';
import { type AuditTrail, badRequest, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { VisitRecord, VisitStore } from '../ports.ts';
import { caseForCaller } from './case-access.ts';

/**
 * At most this many visits in one answer: a visit holds up to two 4,000-character notes (about 24 KB in the
 * worst case), so 200 stay under Lambda's 6 MB response limit whatever they say (issue 11: bound every list).
 */
export const VISITS_PAGE_MAX = 200;

const limitOf = (raw: string | undefined): number => {
  if (raw === undefined) return VISITS_PAGE_MAX;
  const n = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || n < 1 || n > VISITS_PAGE_MAX)
    throw badRequest([{ path: 'limit', message: `must be a whole number from 1 to ${VISITS_PAGE_MAX}` }]);
  return n;
};

/** `order`: `oldest` (the contract's, the default) or `newest` first, for a page that shows the latest. */
const newestFirst = (raw: string | undefined): boolean => {
  if (raw === undefined || raw === 'oldest') return false;
  if (raw === 'newest') return true;
  throw badRequest([{ path: 'order', message: 'must be oldest or newest' }]);
};

/**
 * GET /v1/cases/{caseId}/visits: the visit logs, oldest first (the sort key is the UTC start; `order=newest`
 * turns it round, a cursor then continuing newest first), read
 * consistently. A provider sees only the visits it logged itself, staff all. The body is the contract's array; `limit` (1–200, default 200) and `cursor` page through,
 * the next page's cursor in the `Next-Cursor` header (absent on the last page).
 */
export const listVisits = async (
  deps: { store: VisitStore; audit: AuditTrail; clock: Clock; timeZone: string },
  principal: Principal,
  caseId: string,
  query: Record<string, string> = {},
): Promise<{ items: VisitRecord[]; nextCursor?: string }> => {
  const limit = limitOf(query.limit);
  const newest = newestFirst(query.order);
  await caseForCaller(deps, principal, caseId, 'GET /v1/cases/{caseId}/visits');
  const page = await deps.store.listPage(caseId, {
    limit,
    cursor: query.cursor,
    newest,
    // A provider taking over a case sees the visits it logged, never an earlier provider's (issue 11).
    providerId: principal.kind === 'provider' ? principal.providerId : undefined,
  });
  await recordRead(deps.audit, caseId, 'visit.list', principal, deps.clock.now());
  return { items: page.items, ...(page.cursor ? { nextCursor: page.cursor } : {}) };
};
