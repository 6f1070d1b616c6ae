import { defaultPolicy, workingCalendar } from '@hjemmestotte/domain';
import type { CaseItem } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../src/ports.ts';
import type { AgendaEntry } from '../src/stages/notice.ts';
import { collectNotices } from '../src/use-cases/collect-notices.ts';

const calendar = workingCalendar({ closingDays: defaultPolicy.closingDays });
const rules = {
  calendar,
  today: '2027-01-25',
  horizon: calendar.addWorkingDays('2027-01-25', 10),
  escalateAfterWorkingDays: 5,
};
const kase = (over: Partial<CaseItem> = {}) =>
  ({
    caseId: 'c1',
    caseNumber: 'NYB-1',
    status: 'active',
    caseworkerEmail: 'CW@kommune.example',
    teamLeaderEmail: 'tl@kommune.example',
    providerId: 'p1',
    startsOn: '2026-11-02',
    hoursPerWeek: 6,
    ...over,
  }) as CaseItem;
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  cases: new Map([['c1', kase()]]),
  providerEmails: new Map([['p1', 'kontakt@p1.example']]),
  casesWithPlan: new Set(),
  ...over,
});
const fu: AgendaEntry = {
  kind: 'follow-up',
  caseId: 'c1',
  caseNumber: 'NYB-1',
  itemId: 'fu-1',
  dueOn: '2027-02-01',
};
const plan: AgendaEntry = {
  kind: 'plan',
  caseId: 'c1',
  caseNumber: 'NYB-1',
  itemId: 'plan',
  dueOn: '2027-02-01',
};
const addressed = (entries: AgendaEntry[], f: CaseFacts) =>
  collectNotices(entries, structuredClone(f), rules).map((n) => `${n.notice.stage} ${n.email}`);

describe('addressing the notices of the day', () => {
  it('addresses the caseworker (lower-cased) and the provider contact of an active case', () => {
    expect(addressed([fu], facts())).toEqual([
      'follow-up-approaching cw@kommune.example',
      'status-report-request kontakt@p1.example',
    ]);
  });

  it('sends nothing for a closed case or a case it cannot read', () => {
    expect(addressed([fu], facts({ cases: new Map([['c1', kase({ status: 'closed' })]]) }))).toEqual([]);
    expect(addressed([fu], facts({ cases: new Map() }))).toEqual([]);
  });

  it('drops the plan reminder once the plan exists', () => {
    expect(addressed([plan], facts())).toEqual(['plan-approaching cw@kommune.example']);
    expect(addressed([plan], facts({ casesWithPlan: new Set(['c1']) }))).toEqual([]);
  });

  it('skips the provider part when the provider has no active contact address', () => {
    expect(addressed([fu], facts({ providerEmails: new Map() }))).toEqual([
      'follow-up-approaching cw@kommune.example',
    ]);
  });

  it('asks the provider in force today (25 January) for the status report, not a later one (issue 11)', () => {
    const providerEmails = new Map([
      ['p1', 'kontakt@p1.example'],
      ['p2', 'kontakt@p2.example'],
    ]);
    const terms = (from: string) => [
      { from: '2026-11-02', hoursPerWeek: 6, providerId: 'p1' },
      { from, hoursPerWeek: 6, providerId: 'p2' },
    ];
    // The change to p2 takes effect 1 February (after today, before the follow-up): p1 is asked.
    const later = kase({ providerId: 'p2', terms: terms('2027-02-01') });
    expect(addressed([fu], facts({ cases: new Map([['c1', later]]), providerEmails }))).toContain(
      'status-report-request kontakt@p1.example',
    );
    // The change took effect today: p2 is asked.
    const now = kase({ providerId: 'p1', terms: terms('2027-01-25') });
    expect(addressed([fu], facts({ cases: new Map([['c1', now]]), providerEmails }))).toContain(
      'status-report-request kontakt@p2.example',
    );
  });

  it('asks no one when the provider in force is deactivated (only active providers have an address)', () => {
    const terms = [
      { from: '2026-11-02', hoursPerWeek: 6, providerId: 'p1' },
      { from: '2027-02-01', hoursPerWeek: 6, providerId: 'p2' },
    ];
    const c = kase({ providerId: 'p2', terms });
    // p1 (in force today) was deactivated, p2 is active: p2 is not asked before its date.
    expect(
      addressed(
        [fu],
        facts({ cases: new Map([['c1', c]]), providerEmails: new Map([['p2', 'kontakt@p2.example']]) }),
      ),
    ).toEqual(['follow-up-approaching cw@kommune.example']);
  });
});
