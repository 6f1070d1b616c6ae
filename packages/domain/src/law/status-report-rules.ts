import type { StatusReport } from '../schemas/status-report.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/** What a status letter is checked against: the follow-up it names, as planning keeps it (if found). */
export interface StatusReportContext {
  report: StatusReport;
  /** The named follow-up's status, or undefined when the case has no follow-up with that id. */
  followUpStatus?: 'scheduled' | 'held' | 'cancelled' | string;
}

/**
 * A final letter is read by the family before it is sent (seed 001: "Skrivelsen gennemlæses af familien
 * inden afsendelsen"); a letter for a follow-up must name one of the case's follow-ups that still stands.
 */
export function statusReportViolations({ report, followUpStatus }: StatusReportContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (report.kind === 'final' && !report.familyHasRead) {
    out.push(violation('familyHasRead', 'a final letter must be read by the family first (true)'));
  }
  if (report.followUpId !== undefined) {
    if (followUpStatus === undefined) out.push(violation('followUpId', 'no such follow-up on this case'));
    else if (followUpStatus === 'cancelled') out.push(violation('followUpId', 'the follow-up was cancelled'));
  }
  return out;
}
