import { type Clock, fixedClock, localDateOf, type WorkingCalendar } from '@hjemmestotte/domain';
import { type SendLedger, type SimpleEmail, sendOnce } from '@hjemmestotte/lambda-kit';
import { supervisionReport } from './get-report.ts';
import { previousMonth } from './month.ts';
import { monthlyEmail } from './monthly-email.ts';
import type { SupervisionStore } from './supervision-store.ts';

export interface MonthlyDeps {
  store: SupervisionStore;
  /** One key per month and team leader, so a repeated run sends nothing twice. */
  ledger: SendLedger;
  /** Real time, for the ledger's lease; the month comes from the schedule's time. */
  clock: Clock;
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
export const sendMonthlySupervision = async (deps: MonthlyDeps, scheduledAt: Date) => {
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
    // A refused send releases the claim and throws, so the schedule's retry sends it.
    const outcome = await sendOnce(
      deps.ledger,
      key,
      () => deps.clock.now(),
      () => deps.send(monthlyEmail(figures, to, deps.webOrigin)),
    );
    if (outcome === 'sent') sent++;
    else alreadySent++;
  }
  return { month, sent, alreadySent, firstWorkingDay, itemsRead };
};
