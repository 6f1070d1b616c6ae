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
  /**
   * Hours and provider over time (see support-terms.ts); read them with `termsOn(termsOf(item), date)`.
   * The top-level `hoursPerWeek`/`providerId` are what was in force when the item was last written.
   */
  terms?: SupportTerm[];
}
