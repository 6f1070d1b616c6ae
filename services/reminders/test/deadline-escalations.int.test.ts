import { describe, expect, it } from 'vitest';
import { runSweep } from '../src/use-cases/run-sweep.ts';
import { recordingMailer } from './fakes.ts';
import { CASEWORKER, PROVIDER, sweepFixture, TEAM_LEADER } from './sweep-fixture.ts';

const lines = (text: string) => text.split('\n').filter((l) => l.startsWith('- '));
/** Friday 5 March 2027, 07:00 in Copenhagen (winter time). */
const MARCH_5 = new Date('2027-03-05T06:00:00Z');

describe('investigations and missing plans in the sweep (DynamoDB Local)', () => {
  it('reminds of an investigation past its 4 months and escalates it and a missing plan to the team leader', async () => {
    const f = await sweepFixture();
    // Investigation started 31 October 2026: due Sunday 28 February 2027, 5 working days late on 5 March.
    await f.seed.case({ caseId: 'i', caseNumber: 'NYB-2026-0201' });
    await f.seed.deadline('i', 'NYB-2026-0201', 'investigation', '2027-02-28');
    // A plan due Friday 26 February: 5 working days late on 5 March.
    await f.seed.case({ caseId: 'p', caseNumber: 'NYB-2026-0202' });
    await f.seed.deadline('p', 'NYB-2026-0202', 'plan', '2027-02-26');
    // An investigation due in the lead window.
    await f.seed.case({ caseId: 'j', caseNumber: 'NYB-2026-0203' });
    await f.seed.deadline('j', 'NYB-2026-0203', 'investigation', '2027-03-10');
    const mailer = recordingMailer();

    const summary = await runSweep(f.deps({ mailer }), MARCH_5);

    expect(summary).toMatchObject({ itemsDue: 5, emailsSent: 2, emailsFailed: 0 });
    const byTo = Object.fromEntries(mailer.sent.map((m) => [m.to, m]));
    expect(byTo[PROVIDER]).toBeUndefined();
    expect(byTo[TEAM_LEADER]?.subject).toBe('Hjemmestøtte: 1 undersøgelse over fristen, 1 plan over fristen');
    expect(lines(byTo[TEAM_LEADER]?.text ?? '')).toEqual([
      '- Den børnefaglige undersøgelse i sag NYB-2026-0201 er 5 arbejdsdage over fristen søndag den 28. februar 2027 og er ikke registreret som afsluttet.',
      '- Barnets plan i sag NYB-2026-0202 er 5 arbejdsdage over fristen fredag den 26. februar 2027 og er ikke registreret (Barnets Lov § 91).',
    ]);
    expect(byTo[CASEWORKER]?.subject).toBe(
      'Hjemmestøtte: 1 undersøgelse overskredet, 1 undersøgelse skal afsluttes, 1 plan mangler',
    );

    // Once each: the next run sends nothing new; a week later the overdue investigation is repeated.
    const again = recordingMailer();
    await runSweep(f.deps({ mailer: again }), MARCH_5);
    expect(again.sent).toEqual([]);
    const week = recordingMailer();
    await runSweep(f.deps({ mailer: week }), new Date('2027-03-08T06:00:00Z'));
    expect(week.sent.map((m) => [m.to, m.subject])).toEqual([
      [CASEWORKER, 'Hjemmestøtte: 1 undersøgelse overskredet'],
    ]);
  });
});
