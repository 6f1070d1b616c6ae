import { type CaseItem, caseworkerSortKey, nextDeadlineOf } from '@hjemmestotte/store';

/** What planning has written about a case, as intake reads it: its follow-ups still scheduled and its plan. */
export interface DeadlineFacts {
  caseItem?: CaseItem;
  scheduledFollowUps: string[];
  planWrittenOn?: string;
}

export interface NextDeadlinePort {
  read(caseId: string): Promise<DeadlineFacts>;
  /** Sets the fields and the sort key on an active case; false when the case is no longer active. */
  write(
    caseId: string,
    fields: { nextFollowUpOn: string | null; planWrittenOn?: string },
    caseworkerSk: string,
  ): Promise<boolean>;
}

/**
 * Keeps `?caseworker=me` in deadline order after the first follow-up (issue 12): on planning's events the
 * case's next deadline is recomputed from what is stored now, so repeated or out-of-order events end in the
 * same state.
 */
export const refreshNextDeadline = async (port: NextDeadlinePort, caseId: string) => {
  const facts = await port.read(caseId);
  const c = facts.caseItem;
  if (c?.status !== 'active') return { updated: false };
  const nextFollowUpOn = [...facts.scheduledFollowUps].sort()[0] ?? null;
  const fields = { nextFollowUpOn, ...(facts.planWrittenOn ? { planWrittenOn: facts.planWrittenOn } : {}) };
  const next = nextDeadlineOf({ ...c, ...fields });
  return { updated: await port.write(caseId, fields, caseworkerSortKey(next, caseId)), nextDeadlineOn: next };
};
