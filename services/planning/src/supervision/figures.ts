import { compareDates, daysBetween, type IsoDate, maxDate, minDate } from '@hjemmestotte/domain';
import { termsBetween } from '@hjemmestotte/store';
import type { CaseState } from './case-state.ts';
import type { MonthWindow } from './month.ts';

/** A provider's counters for one month, added up from VisitLogged and ConcernRaised. */
export interface ProviderCounters {
  providerId: string;
  visits: number;
  minutes: number;
  concerns: number;
}

export interface OverdueFollowUp {
  /** Which case the list names, for the audit trail of the report's reads; never in the HTTP answer. */
  caseId: string;
  caseNumber: string;
  dueOn: IsoDate;
  /** Who gets it in the monthly email; never in the HTTP answer. */
  teamLeaderEmail: string;
}

export interface SupervisionFigures {
  month: string;
  /** The day the figures describe: the month's last day once it is over, else today. */
  asOf: IsoDate;
  followUps: { due: number; heldOnTime: number; heldLate: number; overdue: number; notYetDue: number };
  plansMissing: number;
  investigationsOverdue: number;
  providers: {
    providerId: string;
    cases: number;
    hoursGranted: number;
    hoursDelivered: number;
    visits: number;
    concerns: number;
  }[];
  overdueFollowUps: OverdueFollowUp[];
  /** Every team leader of a case counted, for the monthly email. */
  teamLeaders: string[];
}

const round2 = (x: number) => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/**
 * The month's figures. Follow-ups and deadlines are judged as at `asOf` (the month's end once the month is
 * over, so a closed month's figures stay as they were; today during the month):
 * - a follow-up due in the month is held on time when held on or before its due date, late when held after
 *   it (by `asOf`), overdue when not held by `asOf` and its day has passed (a past month: by the end of the
 *   month's last day), not yet due otherwise; one of a case closed on or before its due date is not counted;
 * - a plan (or investigation) is missing (overdue) when its deadline has passed by `asOf` and it was not
 *   written (completed) by then, for a case still open then;
 * - per provider, the days up to `asOf` on which a case's terms named that provider: the cases, and
 *   hoursPerWeek / 7 for each such day; delivered hours, visits and concerns from the month's counters.
 */
export const supervisionFigures = (
  window: MonthWindow,
  today: IsoDate,
  cases: readonly CaseState[],
  counters: readonly ProviderCounters[],
): SupervisionFigures => {
  const over = compareDates(today, window.last) > 0;
  const asOf = over ? window.last : today;
  const passed = (dueOn: IsoDate) => (over ? dueOn <= window.last : dueOn < today);
  const by = (on: IsoDate | undefined) => on !== undefined && on <= asOf;

  const followUps = { due: 0, heldOnTime: 0, heldLate: 0, overdue: 0, notYetDue: 0 };
  const overdueFollowUps: OverdueFollowUp[] = [];
  let plansMissing = 0;
  let investigationsOverdue = 0;
  const granted = new Map<string, { cases: Set<string>; hundredthDays: number }>();
  const teamLeaders = new Set<string>();

  for (const c of cases) {
    if (c.decidedOn > window.last && c.startsOn > window.last) continue;
    if (c.closedOn !== undefined && c.closedOn < window.first) continue;
    const openAtAsOf = !by(c.closedOn);
    let counted = false;

    for (const f of c.followUps) {
      if (f.dueOn < window.first || f.dueOn > window.last) continue;
      const held = by(f.heldOn) ? f.heldOn : undefined;
      if (!held && c.closedOn !== undefined && c.closedOn <= f.dueOn) continue;
      counted = true;
      followUps.due++;
      if (held) held <= f.dueOn ? followUps.heldOnTime++ : followUps.heldLate++;
      else if (passed(f.dueOn)) {
        followUps.overdue++;
        overdueFollowUps.push({
          caseId: c.caseId,
          caseNumber: c.caseNumber,
          dueOn: f.dueOn,
          teamLeaderEmail: c.teamLeaderEmail,
        });
      } else followUps.notYetDue++;
    }
    if (openAtAsOf && c.planDueOn && passed(c.planDueOn) && !by(c.planWrittenOn)) {
      plansMissing++;
      counted = true;
    }
    if (
      openAtAsOf &&
      c.investigationDueOn &&
      passed(c.investigationDueOn) &&
      !by(c.investigationCompletedOn)
    ) {
      investigationsOverdue++;
      counted = true;
    }

    const from = maxDate(c.startsOn, window.first);
    const to = c.closedOn !== undefined ? minDate(c.closedOn, asOf) : asOf;
    if (compareDates(from, to) <= 0) {
      for (const p of termsBetween(c.terms, from, to)) {
        const days = daysBetween(p.from, p.to ?? to) + 1;
        const g = granted.get(p.providerId) ?? { cases: new Set(), hundredthDays: 0 };
        g.cases.add(c.caseId);
        g.hundredthDays += Math.round(p.hoursPerWeek * 100) * days;
        granted.set(p.providerId, g);
        counted = true;
      }
    }
    if (counted) teamLeaders.add(c.teamLeaderEmail);
  }

  const byProvider = new Map(counters.map((k) => [k.providerId, k]));
  const providerIds = [...new Set([...granted.keys(), ...byProvider.keys()])].sort();
  return {
    month: window.month,
    asOf,
    followUps,
    plansMissing,
    investigationsOverdue,
    providers: providerIds.map((providerId) => {
      const g = granted.get(providerId);
      const k = byProvider.get(providerId);
      return {
        providerId,
        cases: g?.cases.size ?? 0,
        // Whole hundredths of an hour per week times days, over 7 and 100: one rounding, at the end.
        hoursGranted: round2((g?.hundredthDays ?? 0) / 700),
        hoursDelivered: round2((k?.minutes ?? 0) / 60),
        visits: k?.visits ?? 0,
        concerns: k?.concerns ?? 0,
      };
    }),
    overdueFollowUps: overdueFollowUps.sort(
      (a, b) => a.dueOn.localeCompare(b.dueOn) || a.caseNumber.localeCompare(b.caseNumber),
    ),
    teamLeaders: [...teamLeaders].sort(),
  };
};
