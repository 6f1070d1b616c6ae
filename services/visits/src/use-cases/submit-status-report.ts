import { randomUUID } from 'node:crypto';
import { type Clock, cprLikeViolations, type StatusReport } from '@hjemmestotte/domain';
import { StatusReportSubmitted } from '@hjemmestotte/events';
import { type AuditTrail, forbidden, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import type { StatusReportRecord, StoredResponse, VisitStore } from '../ports.ts';
import { caseForCaller } from './case-access.ts';
import type { AlsoWrite } from './log-visit.ts';

export interface StatusReportDeps {
  store: VisitStore;
  audit: AuditTrail;
  clock: Clock;
}

/**
 * POST /v1/cases/{caseId}/status-reports by the case's provider. Also accepted after the case closed: the
 * final status letter often follows the last visit.
 */
export const submitStatusReport = async (
  deps: StatusReportDeps,
  principal: Principal,
  caseId: string,
  report: StatusReport,
  alsoWrite?: AlsoWrite<StatusReportRecord>,
): Promise<StoredResponse & { body: StatusReportRecord }> => {
  // Only the case's provider writes these; the route table refuses users too, this keeps the rule here.
  if (principal.kind !== 'provider') throw forbidden();
  const c = await caseForCaller(deps.store, principal, caseId);
  const violations = cprLikeViolations(report);
  if (violations.length > 0) throw unprocessable(violations);
  const now = deps.clock.now();
  const record: StatusReportRecord = {
    ...report,
    reportId: randomUUID(),
    caseId,
    providerId: c.providerId,
    submittedAt: now.toISOString(),
  };
  const response = { status: 201, body: record };
  await deps.store.addStatusReport(
    record,
    [
      {
        definition: StatusReportSubmitted,
        occurredAt: record.submittedAt,
        data: {
          caseId,
          caseNumber: c.caseNumber,
          reportId: record.reportId,
          providerId: c.providerId,
          kind: report.kind,
          familyHasRead: report.familyHasRead,
        },
      },
    ],
    alsoWrite ? [alsoWrite(response)] : [],
  );
  await deps.audit.record(caseId, 'status-report.create', principal, now);
  return response;
};
