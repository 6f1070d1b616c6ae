import type { Clock } from '@hjemmestotte/domain';
import { type AuditTrail, badRequest, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { StatusReportRecord, VisitStore } from '../ports.ts';
import { caseForCaller } from './case-access.ts';

export const STATUS_REPORTS_PAGE_MAX = 100;

const limitOf = (raw: string | undefined): number => {
  if (raw === undefined) return STATUS_REPORTS_PAGE_MAX;
  const n = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || n < 1 || n > STATUS_REPORTS_PAGE_MAX) {
    throw badRequest([
      { path: 'limit', message: `must be a whole number from 1 to ${STATUS_REPORTS_PAGE_MAX}` },
    ]);
  }
  return n;
};

/**
 * GET /v1/cases/{caseId}/status-reports: the letters, newest first, read consistently (a letter just answered
 * 201 is in the list). A provider sees only the letters it wrote itself, not an earlier provider's.
 * The body is the array the contract names; `limit` (1–100, default 100) and `cursor` page through, the next
 * page's cursor travelling in the `Next-Cursor` header (absent on the last page).
 */
export const listStatusReports = async (
  deps: { store: VisitStore; audit: AuditTrail; clock: Clock; timeZone: string },
  principal: Principal,
  caseId: string,
  query: Record<string, string>,
): Promise<{ items: StatusReportRecord[]; nextCursor?: string }> => {
  const limit = limitOf(query.limit);
  await caseForCaller(deps, principal, caseId, 'GET /v1/cases/{caseId}/status-reports');
  const page = await deps.store.listStatusReports(caseId, {
    limit,
    cursor: query.cursor,
    providerId: principal.kind === 'provider' ? principal.providerId : undefined,
  });
  await recordRead(deps.audit, caseId, 'status-report.list', principal, deps.clock.now());
  return { items: page.items, ...(page.cursor ? { nextCursor: page.cursor } : {}) };
};
