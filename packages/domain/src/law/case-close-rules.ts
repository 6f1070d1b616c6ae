import { compareDates, type IsoDate } from '../calendar/civil-date.ts';
import type { CaseClose } from '../schemas/case-close.ts';
import type { CaseFacts } from './case-change-rules.ts';
import { dateWindowViolations } from './date-window.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/**
 * The 422 rules of closing a case. A case may close before its start (the family withdrew), but not before
 * it was decided, not on a day still to come (reminders stop from the day it is recorded), and not before
 * the day of a logged visit: the support was still given that day (contract: "not before a logged visit").
 */
export function caseCloseViolations(
  current: Pick<CaseFacts, 'decidedOn'>,
  close: CaseClose,
  { today, lastVisitOn }: { today: IsoDate; lastVisitOn?: IsoDate | undefined },
): RuleViolation[] {
  const out: RuleViolation[] = dateWindowViolations([['closedOn', close.closedOn]], today);
  if (compareDates(close.closedOn, current.decidedOn) < 0) {
    out.push(violation('closedOn', 'a case cannot close before it was decided'));
  }
  if (compareDates(close.closedOn, today) > 0)
    out.push(violation('closedOn', 'a case cannot close in the future'));
  if (lastVisitOn !== undefined && compareDates(close.closedOn, lastVisitOn) < 0) {
    out.push(violation('closedOn', `a case cannot close before its last logged visit (${lastVisitOn})`));
  }
  return out;
}
