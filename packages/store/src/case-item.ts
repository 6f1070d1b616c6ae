import type { Assessment, CaseRegistration } from '@hjemmestotte/domain';
import type { SupportTerm } from './support-terms.ts';

export type CaseStatus = 'active' | 'closed';

/** The case item (pk CASE#id, sk CASE), written by intake and read by every service. */
export interface CaseItem extends Omit<CaseRegistration, 'teamLeaderEmail'> {
  caseId: string;
  status: CaseStatus;
  teamLeaderEmail: string;
  assessment: Assessment;
  createdAt: string;
  closedOn?: string;
  closeReason?: string;
  /** The caseworker's note at closing: free text, shown to staff only. */
  closeNote?: string;
  /**
   * Kept by intake from planning's events (services/intake/src/handlers/planning-events.ts) for the
   * `byCaseworker` sort key: the nearest scheduled follow-up (null: none scheduled any more) and the day
   * barnets plan was last written (it exists, so its deadline no longer counts).
   */
  nextFollowUpOn?: string | null;
  planWrittenOn?: string;
  /**
   * Hours and provider over time (see support-terms.ts); read them with `termsOn(termsOf(item), date)`.
   * The top-level `hoursPerWeek`/`providerId` are what was in force when the item was last written.
   */
  terms?: SupportTerm[];
}
