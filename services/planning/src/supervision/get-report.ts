import { type Clock, compareDates, localDateOf } from '@hjemmestotte/domain';
import { type AuditReads, badRequest, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import { type SupervisionFigures, supervisionFigures } from './figures.ts';
import { EARLIEST_MONTH, MONTH_PATTERN, monthWindow } from './month.ts';
import type { SupervisionStore } from './supervision-store.ts';

/** `?month=YYYY-MM` and nothing else: 400 for a malformed or unknown parameter, 422 outside the window. */
export const parseMonthQuery = (query: Record<string, string>, today: string): string => {
  const unknown = Object.keys(query).filter((k) => k !== 'month');
  if (unknown.length > 0) throw badRequest(unknown.map((k) => ({ path: k, message: 'unknown parameter' })));
  const month = query.month;
  if (month === undefined || !MONTH_PATTERN.test(month)) {
    throw badRequest([{ path: 'month', message: 'must be a month YYYY-MM' }]);
  }
  const current = today.slice(0, 7);
  if (compareDates(`${month}-01`, `${EARLIEST_MONTH}-01`) < 0 || month > current) {
    throw unprocessable([
      { path: 'month', message: `must be between ${EARLIEST_MONTH} and the current month ${current}` },
    ]);
  }
  return month;
};

export interface ReportDeps {
  store: SupervisionStore;
  clock: Clock;
  timeZone: string;
}

/** The month's figures from its month partition and the open cases: cost grows with those, not all cases. */
export const supervisionReport = async (
  deps: ReportDeps,
  month: string,
): Promise<{ figures: SupervisionFigures; itemsRead: number }> => {
  const today = localDateOf(deps.clock.now(), deps.timeZone);
  const { cases, counters, itemsRead } = await deps.store.readMonth(month);
  return { figures: supervisionFigures(monthWindow(month), today, cases, counters), itemsRead };
};

export interface ReportReadDeps extends ReportDeps {
  auditReads: AuditReads;
}

/**
 * GET /v1/reports/supervision (JSON and CSV alike): the figures are counts, but the overdue list names
 * cases (by case number), so the answer is a read of each of those cases: one audit entry per case named
 * (`supervision-report.read`), written before anything is answered; if they cannot be written the answer is
 * 503 and no data (issue 12: every read is audited). A month with nothing overdue names no case and records
 * nothing.
 */
export const readSupervisionReport = async (deps: ReportReadDeps, principal: Principal, month: string) => {
  const { figures, itemsRead } = await supervisionReport(deps, month);
  const named = [...new Set(figures.overdueFollowUps.map((o) => o.caseId))];
  await deps.auditReads(named, 'supervision-report.read', principal, deps.clock.now());
  return { view: reportView(figures), itemsRead };
};

/** The HTTP answer: counts, and the overdue follow-ups by case number and due date only. */
export const reportView = (f: SupervisionFigures) => ({
  month: f.month,
  asOf: f.asOf,
  followUps: f.followUps,
  plansMissing: f.plansMissing,
  investigationsOverdue: f.investigationsOverdue,
  providers: f.providers,
  overdueFollowUps: f.overdueFollowUps.map(({ caseNumber, dueOn }) => ({ caseNumber, dueOn })),
});
