import { type Clock, fixedClock, localDateOf, type WorkingCalendar } from '@hjemmestotte/domain';
import { type SendLedger, type SimpleEmail, sendEachOnce } from '@hjemmestotte/lambda-kit';
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
  // A refused send releases its claim and throws, so Lambda's retry of the invocation sends it; another
  // run's live claim is thrown after every recipient was tried (EmailInFlight), so it is retried too.
  const outcomes = await sendEachOnce(
    deps.ledger,
    () => deps.clock.now(),
    recipients.map((to) => ({
      key: `supervision#${month}#${to}`,
      send: () => deps.send(monthlyEmail(figures, to, deps.webOrigin)),
    })),
  );
  const sent = outcomes.filter((o) => o === 'sent').length;
  const alreadySent = outcomes.length - sent;
  return { month, sent, alreadySent, firstWorkingDay, itemsRead };
};
