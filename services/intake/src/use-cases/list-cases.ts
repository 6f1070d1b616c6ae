import { type Clock, localDateOf } from '@hjemmestotte/domain';
import { type AuditTrail, badRequest, forbidden, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import { type CaseItem, nextDeadlineOf, termsInForce, termsOf } from '@hjemmestotte/store';
import * as z from 'zod';
import type { CasePage, CaseStore } from '../ports.ts';

/** GET /v1/cases query: one of `caseNumber`, `caseworker=me`, `status` (default `status=active`). */
export const listCasesQuerySchema = z
  .object({
    caseNumber: z.string().min(1).max(60).optional(),
    caseworker: z.literal('me', { error: 'only "me" is supported' }).optional(),
    status: z.enum(['active', 'closed']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(1024).optional(),
  })
  .strict();
export type ListCasesQuery = z.infer<typeof listCasesQuerySchema>;

const badCursor = () => badRequest([{ path: 'cursor', message: 'not a cursor this API gave for this list' }]);

/**
 * An opaque cursor: the index's LastEvaluatedKey, base64url. It is accepted back only with exactly the keys
 * of that index and the partition asked for, so it cannot be turned into a read of another list.
 */
const encodeCursor = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
const decodeCursor = (cursor: string | undefined, pkName: string, pk: string, skName: string) => {
  if (cursor === undefined) return undefined;
  let key: Record<string, unknown>;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw badCursor();
  }
  const names = Object.keys(key ?? {}).sort();
  const expected = ['pk', 'sk', pkName, skName].sort();
  const strings = Object.values(key ?? {}).every((v) => typeof v === 'string' && v.length <= 400);
  if (JSON.stringify(names) !== JSON.stringify(expected) || !strings || key[pkName] !== pk) throw badCursor();
  if (!String(key.pk).startsWith('CASE#') || key.sk !== 'CASE') throw badCursor();
  return key;
};

/** A line of the list: the case number and dates, no names, birth dates, purpose or notes. */
const summary = (c: CaseItem, today: string) => {
  const terms = termsInForce(termsOf(c), today);
  return {
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    status: c.status,
    program: c.program,
    startsOn: c.startsOn,
    expectedEndOn: c.expectedEndOn,
    ...(c.closedOn ? { closedOn: c.closedOn } : {}),
    caseworkerEmail: c.caseworkerEmail,
    providerId: terms.providerId,
    hoursPerWeek: terms.hoursPerWeek,
    ...(c.status === 'active' ? { nextDeadlineOn: nextDeadlineOf(c) } : {}),
  };
};

/**
 * GET /v1/cases (caseworker, team leader). Each list is one Query on an index (never a Scan); a case number
 * is a key lookup. Every case returned is a read of it: one audit entry per case (`case.list`), written
 * before the answer; if they cannot be written the answer is 503 and no data.
 */
export const listCases = async (
  deps: { cases: CaseStore; audit: AuditTrail; clock: Clock; policy: { timeZone: string } },
  principal: Principal,
  query: ListCasesQuery,
) => {
  if (principal.kind !== 'user') throw forbidden();
  const now = deps.clock.now();
  const today = localDateOf(now, deps.policy.timeZone);
  let page: CasePage;
  if (query.caseNumber !== undefined) {
    if (query.caseworker || query.status || query.cursor) {
      throw badRequest([{ path: 'caseNumber', message: 'finds one case: give it alone' }]);
    }
    const found = await deps.cases.findByCaseNumber(query.caseNumber);
    page = { items: found ? [found] : [] };
  } else if (query.caseworker === 'me') {
    if (query.status === 'closed') {
      throw badRequest([{ path: 'status', message: 'caseworker=me lists active cases' }]);
    }
    const pk = `CASEWORKER#${principal.email.toLowerCase()}`;
    const start = decodeCursor(query.cursor, 'caseworkerPk', pk, 'caseworkerSk');
    page = await deps.cases.listByCaseworker(principal.email, query.limit, start);
  } else {
    const status = query.status ?? 'active';
    const start = decodeCursor(query.cursor, 'statusPk', `CASES#${status}`, 'statusSk');
    page = await deps.cases.listByStatus(status, query.limit, start);
  }
  await Promise.all(page.items.map((c) => recordRead(deps.audit, c.caseId, 'case.list', principal, now)));
  const cursor = encodeCursor(page.lastKey);
  return { items: page.items.map((c) => summary(c, today)), ...(cursor ? { cursor } : {}) };
};
