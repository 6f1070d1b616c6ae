import { termsOf, termsOn } from '@hjemmestotte/store';
import type { CaseFacts } from '../ports.ts';
import { dueNotices, type StageRules } from '../stages/due-notices.ts';
import { type AgendaEntry, markOf, type Notice } from '../stages/notice.ts';

export interface AddressedNotice {
  notice: Notice;
  email: string;
}

/**
 * The provider working with the family today (issue 11: a change takes effect on its date). Today, not the
 * follow-up's date: a provider taking over later cannot see the case before its date, so it could not send
 * the report; the one in force now knows the family. `providerEmails` holds active providers only, so a
 * deactivated provider gets nothing.
 */
const providerInForce = (c: Parameters<typeof termsOf>[0], today: string) =>
  // Without `terms` the case has had one provider all along (termsOf would say the same).
  c.terms && c.terms.length > 0 ? (termsOn(termsOf(c), today)?.providerId ?? c.providerId) : c.providerId;

/**
 * Turns the agenda entries read today into the notices not sent before, with an address. Closed cases get nothing (their items
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
      // Sent by an earlier run: its mark is on the item the agenda query just read.
      if (entry.notified?.has(markOf(notice))) continue;
      const email =
        notice.to === 'caseworker'
          ? c.caseworkerEmail
          : notice.to === 'teamLeader'
            ? c.teamLeaderEmail
            : facts.providerEmails.get(providerInForce(c, rules.today));
      if (email) out.push({ notice, email: email.toLowerCase() });
    }
  }
  return out;
};
