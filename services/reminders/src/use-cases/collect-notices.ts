import type { CaseFacts } from '../ports.ts';
import { dueNotices, type StageRules } from '../stages/due-notices.ts';
import type { AgendaEntry, Notice } from '../stages/notice.ts';

export interface AddressedNotice {
  notice: Notice;
  email: string;
}

/**
 * Turns the agenda entries read today into notices with an address. Closed cases get nothing (their items
 * may linger in the index until intake removes them); a plan deadline is moot once the plan exists.
 */
export const collectNotices = (
  entries: AgendaEntry[],
  facts: CaseFacts,
  rules: StageRules,
): AddressedNotice[] => {
  const out: AddressedNotice[] = [];
  for (const entry of entries) {
    const c = facts.cases.get(entry.caseId);
    if (c?.status !== 'active') continue;
    if (entry.kind === 'plan' && facts.casesWithPlan.has(entry.caseId)) continue;
    for (const notice of dueNotices(entry, rules)) {
      const email =
        notice.to === 'caseworker'
          ? c.caseworkerEmail
          : notice.to === 'teamLeader'
            ? c.teamLeaderEmail
            : facts.providerEmails.get(c.providerId);
      if (email) out.push({ notice, email: email.toLowerCase() });
    }
  }
  return out;
};
