import { defaultPolicy, investigationDueOn, workingCalendar } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { dueNotices, type StageRules } from '../src/stages/due-notices.ts';
import { type AgendaEntry, noticeKey } from '../src/stages/notice.ts';

const calendar = workingCalendar({ closingDays: defaultPolicy.closingDays });
const rulesOn = (today: string): StageRules => ({
  calendar,
  today,
  horizon: calendar.addWorkingDays(today, 10),
  escalateAfterWorkingDays: 5,
});
const followUp = (dueOn: string): AgendaEntry => ({
  kind: 'follow-up',
  caseId: 'c1',
  caseNumber: 'NYB-2026-0142',
  itemId: 'fu-1',
  dueOn,
  followUpKind: 'first',
});
const stages = (entry: AgendaEntry, today: string) =>
  dueNotices(entry, rulesOn(today)).map((n) => `${n.stage}:${n.to}:${n.occurrence ?? 0}`);

describe('follow-up stages', () => {
  it('reminds the caseworker and asks the provider for a status report inside the lead window', () => {
    expect(stages(followUp('2027-02-05'), '2027-01-25')).toEqual([
      'follow-up-approaching:caseworker:0',
      'status-report-request:provider:0',
    ]);
  });

  it('says nothing about a follow-up beyond the lead window', () => {
    // 10 working days after Monday 25 January 2027 is Monday 8 February.
    expect(stages(followUp('2027-02-09'), '2027-01-25')).toEqual([]);
    expect(stages(followUp('2027-02-08'), '2027-01-25')).toHaveLength(2);
  });

  it('treats the due day itself as approaching, not overdue', () => {
    expect(stages(followUp('2027-02-05'), '2027-02-05')[0]).toBe('follow-up-approaching:caseworker:0');
  });

  it('makes a follow-up due on a Saturday overdue on the Monday after', () => {
    expect(stages(followUp('2027-02-06'), '2027-02-05')[0]).toBe('follow-up-approaching:caseworker:0');
    expect(stages(followUp('2027-02-06'), '2027-02-08')).toEqual(['follow-up-overdue:caseworker:0']);
  });

  it('makes a follow-up due on Maundy Thursday overdue on the Tuesday after Easter Monday', () => {
    // 2027: Skærtorsdag 25 March, Langfredag 26 March, 2. påskedag 29 March (also the first week of summer time).
    const entry = followUp('2027-03-25');
    expect(calendar.nextWorkingDayOnOrAfter('2027-03-26')).toBe('2027-03-30');
    expect(stages(entry, '2027-03-30')).toEqual(['follow-up-overdue:caseworker:0']);
  });

  it('repeats the overdue reminder weekly, counted from the first overdue day', () => {
    const entry = followUp('2027-02-03');
    expect(stages(entry, '2027-02-04')).toContain('follow-up-overdue:caseworker:0');
    expect(stages(entry, '2027-02-10')).toContain('follow-up-overdue:caseworker:0');
    expect(stages(entry, '2027-02-11')).toContain('follow-up-overdue:caseworker:1');
    expect(stages(entry, '2027-02-18')).toContain('follow-up-overdue:caseworker:2');
  });

  it('escalates to the team leader once the follow-up is 5 working days overdue', () => {
    const entry = followUp('2027-02-01');
    expect(stages(entry, '2027-02-05')).not.toContain('follow-up-escalation:teamLeader:0');
    expect(stages(entry, '2027-02-08')).toContain('follow-up-escalation:teamLeader:0');
    const escalation = dueNotices(entry, rulesOn('2027-02-08')).find((n) => n.to === 'teamLeader');
    expect(escalation?.workingDaysOverdue).toBe(5);
  });
});

describe('deadline stages', () => {
  const deadline = (kind: 'plan' | 'end', dueOn: string): AgendaEntry => ({
    kind,
    caseId: 'c1',
    caseNumber: 'NYB-2026-0142',
    itemId: kind,
    dueOn,
  });

  it('reminds of a plan deadline ahead and once it has passed', () => {
    expect(stages(deadline('plan', '2027-02-02'), '2027-01-25')).toEqual(['plan-approaching:caseworker:0']);
    expect(stages(deadline('plan', '2027-02-02'), '2027-02-03')).toEqual(['plan-passed:caseworker:0']);
    expect(stages(deadline('plan', '2027-03-02'), '2027-01-25')).toEqual([]);
  });

  it('tells the caseworker and the provider that the expected end approaches, and nothing after it', () => {
    expect(stages(deadline('end', '2027-02-02'), '2027-01-25')).toEqual([
      'end-approaching:caseworker:0',
      'end-approaching:provider:0',
    ]);
    expect(stages(deadline('end', '2027-02-02'), '2027-02-03')).toEqual([]);
  });
});

describe('investigation stages (§ 20, stk. 3: finished within 4 months)', () => {
  const investigation = (dueOn: string): AgendaEntry => ({
    kind: 'investigation',
    caseId: 'c1',
    caseNumber: 'NYB-2026-0142',
    itemId: 'investigation',
    dueOn,
  });

  it('started 31 October: due 28 February (no 31st), overdue from Monday 1 March, weekly, escalated after 5 working days', () => {
    const due = investigationDueOn('2026-10-31');
    expect(due).toBe('2027-02-28'); // a Sunday
    const entry = investigation(due);
    expect(stages(entry, '2027-02-15')).toEqual(['investigation-approaching:caseworker:0']);
    expect(stages(entry, '2027-03-01')).toEqual(['investigation-overdue:caseworker:0']);
    expect(stages(entry, '2027-03-04')).toEqual(['investigation-overdue:caseworker:0']);
    expect(stages(entry, '2027-03-05')).toEqual([
      'investigation-overdue:caseworker:0',
      'investigation-escalation:teamLeader:0',
    ]);
    expect(stages(entry, '2027-03-08')).toContain('investigation-overdue:caseworker:1');
    expect(
      dueNotices(entry, rulesOn('2027-03-05')).find((n) => n.to === 'teamLeader')?.workingDaysOverdue,
    ).toBe(5);
  });

  it('started 31 October 2027: due 29 February 2028 (a leap year)', () => {
    expect(investigationDueOn('2027-10-31')).toBe('2028-02-29');
    expect(stages(investigation('2028-02-29'), '2028-03-01')).toEqual(['investigation-overdue:caseworker:0']);
  });

  it('due on Maundy Thursday: overdue on the Tuesday after Easter Monday, escalated counting working days only', () => {
    const entry = investigation(investigationDueOn('2026-11-25'));
    expect(entry.dueOn).toBe('2027-03-25');
    expect(stages(entry, '2027-03-30')).toEqual(['investigation-overdue:caseworker:0']);
    expect(stages(entry, '2027-04-02')).toEqual(['investigation-overdue:caseworker:0']);
    expect(stages(entry, '2027-04-05')).toContain('investigation-escalation:teamLeader:0');
  });
});

describe('missing plan escalation', () => {
  const plan = (dueOn: string): AgendaEntry => ({
    kind: 'plan',
    caseId: 'c1',
    caseNumber: 'NYB-2026-0142',
    itemId: 'plan',
    dueOn,
  });

  it('escalates a plan still missing 5 working days past its deadline to the team leader, like a follow-up', () => {
    expect(stages(plan('2027-02-01'), '2027-02-05')).toEqual(['plan-passed:caseworker:0']);
    expect(stages(plan('2027-02-01'), '2027-02-08')).toEqual([
      'plan-passed:caseworker:0',
      'plan-escalation:teamLeader:0',
    ]);
  });

  it('counts Danish holidays out: due the day before Maundy Thursday, escalated only on Monday 5 April', () => {
    // Wednesday 24 March 2027; Thursday 25 to Monday 29 March are holidays and a weekend, so the fifth
    // working day after it is Monday 5 April (not Wednesday 31 March).
    expect(stages(plan('2027-03-24'), '2027-04-02')).toEqual(['plan-passed:caseworker:0']);
    expect(stages(plan('2027-03-24'), '2027-04-05')).toContain('plan-escalation:teamLeader:0');
  });
});

describe('notice keys', () => {
  it('differ by date, stage, week and recipient, so a moved follow-up is reminded again', () => {
    const [a] = dueNotices(followUp('2027-02-05'), rulesOn('2027-01-25'));
    const [b] = dueNotices(followUp('2027-02-04'), rulesOn('2027-01-25'));
    const [w0] = dueNotices(followUp('2027-02-03'), rulesOn('2027-02-04'));
    const [w1] = dueNotices(followUp('2027-02-03'), rulesOn('2027-02-11'));
    const keys = [a, b, w0, w1].map((n) => noticeKey(n as never));
    expect(new Set(keys).size).toBe(4);
    expect(keys[0]).toBe('c1#fu-1#2027-02-05#follow-up-approaching#0#caseworker');
  });
});
