import { fixedClock, workingCalendar } from '@hjemmestotte/domain';
import type { SendLedger, SimpleEmail } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import type { CaseState } from './case-state.ts';
import { sendMonthlySupervision } from './send-monthly.ts';
import type { SupervisionStore } from './supervision-store.ts';

// One open case per team leader, each with a follow-up due and not held in the month before `month`.
const caseOf = (n: number, teamLeaderEmail: string, dueOn: string): CaseState => ({
  caseId: `c${n}`,
  caseNumber: `NYB-${n}`,
  teamLeaderEmail,
  decidedOn: '2026-01-05',
  startsOn: '2026-01-12',
  status: 'active',
  terms: [{ from: '2026-01-12', hoursPerWeek: 7, providerId: 'hjemmebasen' }],
  followUps: [{ followUpId: 'fu-1', dueOn }],
});

const world = (cases: CaseState[]) => {
  const sent: SimpleEmail[] = [];
  const claimed = new Set<string>();
  const ledger: SendLedger = {
    claim: async (key) => {
      if (claimed.has(key)) return 'sent';
      claimed.add(key);
      return 'claimed';
    },
    markSent: async () => {},
    release: async (key) => {
      claimed.delete(key);
    },
  };
  const store = {
    readMonth: async () => ({ cases, counters: [], itemsRead: cases.length }),
  } as unknown as SupervisionStore;
  const deps = {
    store,
    ledger,
    clock: fixedClock('2027-01-04T06:00:00Z'),
    send: async (e: SimpleEmail) => {
      sent.push(e);
      return 'm';
    },
    calendar: workingCalendar({ closingDays: ['12-24', '12-31'] }),
    timeZone: 'Europe/Copenhagen',
    webOrigin: 'https://hjemmestotte.kommune.example',
    defaultTeamLeaderEmail: 'Leder@Kommune.example',
  };
  return { deps, sent, run: (at: string) => sendMonthlySupervision(deps, new Date(at)) };
};

describe('the monthly supervision email', () => {
  it('goes out on 4 January 2027, not on New Year (a Friday holiday) nor the weekend after', async () => {
    const w = world([caseOf(1, 'a@kommune.example', '2026-12-10')]);
    for (const day of ['2027-01-01', '2027-01-02', '2027-01-03']) {
      expect((await w.run(`${day}T07:00:00+01:00`)).sent).toBe(0);
    }
    const summary = await w.run('2027-01-04T07:00:00+01:00');
    expect(summary).toMatchObject({ month: '2026-12', sent: 2, firstWorkingDay: '2027-01-04' });
    expect(w.sent.map((e) => e.to)).toEqual(['a@kommune.example', 'leder@kommune.example']);
    expect((await w.run('2027-01-05T07:00:00+01:00')).sent).toBe(0);
  });

  it('goes out on 1 May, which is not a public holiday (a Friday in 2026)', async () => {
    const w = world([]);
    expect(await w.run('2026-05-01T07:00:00+02:00')).toMatchObject({ month: '2026-04', sent: 1 });
  });

  it('is sent once however often the schedule runs that day', async () => {
    const w = world([caseOf(1, 'a@kommune.example', '2026-10-10')]);
    await w.run('2026-11-02T07:00:00+01:00');
    const again = await w.run('2026-11-02T08:00:00+01:00');
    expect(again).toMatchObject({ sent: 0, alreadySent: 2 });
    expect(w.sent).toHaveLength(2);
  });

  it("lists only the recipient's own overdue follow-ups, with counts and the link to the report", async () => {
    const w = world([
      caseOf(1, 'a@kommune.example', '2026-10-10'),
      caseOf(2, 'b@kommune.example', '2026-10-20'),
    ]);
    await w.run('2026-11-02T07:00:00+01:00');
    const a = w.sent.find((e) => e.to === 'a@kommune.example');
    expect(a?.subject).toBe('Tilsyn for oktober 2026');
    expect(a?.text).toContain('NYB-1: frist lørdag den 10. oktober 2026');
    expect(a?.text).not.toContain('NYB-2');
    expect(a?.text).toContain('ikke holdt (overskredet): 2');
    expect(a?.text).toContain(
      'Se hele opgørelsen: https://hjemmestotte.kommune.example/tilsyn?maaned=2026-10',
    );
    expect(a?.html).toContain('href="https://hjemmestotte.kommune.example/tilsyn?maaned=2026-10"');
    const leader = w.sent.find((e) => e.to === 'leder@kommune.example');
    expect(leader?.text).not.toMatch(/NYB-/);
  });

  it('releases the claim when SES refuses, so the retry sends it', async () => {
    const w = world([]);
    const send = w.deps.send;
    w.deps.send = async () => {
      throw new Error('Throttling');
    };
    await expect(w.run('2026-11-02T07:00:00+01:00')).rejects.toThrow('Throttling');
    w.deps.send = send;
    expect(await w.run('2026-11-02T07:05:00+01:00')).toMatchObject({ sent: 1 });
  });
});
