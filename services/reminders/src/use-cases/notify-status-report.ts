import type { Links } from '../email/links.ts';
import { renderStatusReport } from '../email/status-report.ts';
import type { CaseReader } from '../ports.ts';
import { type SendOnceDeps, sendOnce } from './send-once.ts';

export interface StatusReportSubmittedData {
  caseId: string;
  caseNumber: string;
  reportId: string;
  kind: 'follow-up' | 'final';
}

/**
 * At once, to the case's caseworker (the event carries no address: the case is read), once however often
 * the event is delivered (ledger key per report).
 */
export const notifyStatusReport = async (
  deps: SendOnceDeps & { cases: Pick<CaseReader, 'get'>; links: Links; timeZone?: string },
  r: StatusReportSubmittedData,
  submittedAt: string,
) => {
  const c = await deps.cases.get(r.caseId);
  if (!c?.caseworkerEmail) return 'no-case' as const;
  return sendOnce(
    deps,
    `status-report#${r.reportId}#caseworker`,
    renderStatusReport(c.caseworkerEmail.toLowerCase(), { ...r, submittedAt }, deps.links, deps.timeZone),
  );
};
