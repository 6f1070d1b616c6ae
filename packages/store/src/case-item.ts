import type { Assessment, CaseRegistration } from '@hjemmestotte/domain';

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
}
