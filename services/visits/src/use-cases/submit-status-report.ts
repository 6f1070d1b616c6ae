import { randomUUID } from 'node:crypto';
import {
  type Clock,
  cprLikeViolations,
  localDateOf,
  type StatusReport,
  statusReportViolations,
} from '@hjemmestotte/domain';
import { StatusReportSubmitted } from '@hjemmestotte/events';
import { forbidden, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import { type IdempotencyFrame, type Replayed, writeOnce } from '../idempotency/idempotent-request.ts';
import type { AuditWrite, StatusReportRecord, StoredResponse, VisitStore } from '../ports.ts';
import { visibleCase } from './case-access.ts';

export interface StatusReportDeps {
  store: VisitStore;
  auditWrite: AuditWrite;
  clock: Clock;
  timeZone: string;
}

export type StatusReportAnswer = StoredResponse & { body: StatusReportRecord };

/**
 * POST /v1/cases/{caseId}/status-reports by the case's provider. Also accepted after the case closed: the
 * final status letter often follows the last visit. Two round trips, as for a visit.
 */
export const submitStatusReport = async (
  deps: StatusReportDeps,
  principal: Principal,
  caseId: string,
  report: StatusReport,
  idem?: IdempotencyFrame,
): Promise<Replayed<StatusReportAnswer>> => {
  // Only the case's provider writes these; the route table refuses users too, this keeps the rule here.
  if (principal.kind !== 'provider') throw forbidden();
  return writeOnce(idem, async () => {
    const read = await deps.store.readForWrite(caseId, idem?.read, report.followUpId);
    const repeat = idem?.repeat<StatusReportAnswer>(read.extra);
    if (repeat) return repeat;
    const now = deps.clock.now();
    const c = visibleCase(
      principal,
      caseId,
      read.case,
      localDateOf(now, deps.timeZone),
      'POST /v1/cases/{caseId}/status-reports',
    );
    const violations = [
      ...cprLikeViolations(report),
      ...statusReportViolations({ report, followUpStatus: read.followUpStatus }),
    ];
    if (violations.length > 0) throw unprocessable(violations);
    const record: StatusReportRecord = {
      ...report,
      reportId: randomUUID(),
      caseId,
      providerId: principal.providerId,
      submittedAt: now.toISOString(),
    };
    const response: StatusReportAnswer = { status: 201, body: record };
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
            providerId: record.providerId,
            kind: report.kind,
            familyHasRead: report.familyHasRead,
            ...(report.followUpId === undefined ? {} : { followUpId: report.followUpId }),
          },
        },
      ],
      c,
      [
        deps.auditWrite(caseId, 'status-report.create', principal, now),
        ...(idem ? [idem.answered(response)] : []),
      ],
    );
    return response;
  });
};
