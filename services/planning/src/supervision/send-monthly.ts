import { fixedClock, localDateOf, type WorkingCalendar } from '@hjemmestotte/domain';
import type { SimpleEmail } from '@hjemmestotte/lambda-kit';
import { supervisionReport } from './get-report.ts';
import { previousMonth } from './month.ts';
import { monthlyEmail } from './monthly-email.ts';
import type { SupervisionStore } from './supervision-store.ts';

/** Claim, send, mark sent: one key per month and team leader, so a repeated run sends nothing twice. */
export interface MonthlyLedger {
  claim(key: string, runId: string, now: Date): Promise<boolean>;
  markSent(key: string, runId: string, now: Date, messageId: string): Promise<void>;
  release(key: string, runId: string): Promise<void>;
}

export interface MonthlyDeps {
  store: SupervisionStore;
  ledger: MonthlyLedger;
  send: (email: SimpleEmail) => Promise<string>;
  calendar: WorkingCalendar;
  timeZone: string;
  webOrigin: string;
  defaultTeamLeaderEmail: string;
}

/**
 * The daily schedule's run: on the first working day of a month (Danish holidays and the municipality's
 * closing days skipped), every team leader of a case counted last month, and the default team leader, get
 * last month's figures once. Other days it does nothing.
 */
export const sendMonthlySupervision = async (deps: MonthlyDeps, scheduledAt: Date, runId: string) => {
  const today = localDateOf(scheduledAt, deps.timeZone);
  const firstWorkingDay = deps.calendar.nextWorkingDayOnOrAfter(`${today.slice(0, 7)}-01`);
  if (today !== firstWorkingDay) return { month: undefined, sent: 0, alreadySent: 0, firstWorkingDay };
  const month = previousMonth(today.slice(0, 7));
  const { figures, itemsRead } = await supervisionReport(
    { store: deps.store, clock: fixedClock(scheduledAt), timeZone: deps.timeZone },
    month,
  );
  const recipients = [...new Set([...figures.teamLeaders, deps.defaultTeamLeaderEmail.toLowerCase()])].sort();
  let sent = 0;
  let alreadySent = 0;
  for (const to of recipients) {
    const key = `supervision#${month}#${to}`;
    if (!(await deps.ledger.claim(key, runId, scheduledAt))) {
      alreadySent++;
      continue;
    }
    let messageId: string;
    try {
      messageId = await deps.send(monthlyEmail(figures, to, deps.webOrigin));
    } catch (e) {
      // Released, so the schedule's retry sends it.
      await deps.ledger.release(key, runId);
      throw e;
    }
    await deps.ledger.markSent(key, runId, new Date(), messageId);
    sent++;
  }
  return { month, sent, alreadySent, firstWorkingDay, itemsRead };
};
