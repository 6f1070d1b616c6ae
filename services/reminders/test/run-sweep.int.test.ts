import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { fixedClock } from '@hjemmestotte/domain';
import { followUpKey } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { runSweep } from '../src/use-cases/run-sweep.ts';
import { recordingMailer } from './fakes.ts';
import {
  CASEWORKER,
  JAN_25,
  PROVIDER,
  seedJanuary,
  sweepFixture,
  TEAM_LEADER,
  WEB,
} from './sweep-fixture.ts';

const lines = (text: string) => text.split('\n').filter((l) => l.startsWith('- '));

describe('the daily sweep against DynamoDB Local', () => {
  it('sends one digest per recipient with exactly what is due', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);
    const mailer = recordingMailer();

    const summary = await runSweep(f.deps({ mailer }), JAN_25);

    expect(summary).toMatchObject({ today: '2027-01-25', itemsDue: 7, emailsSent: 3, emailsFailed: 0 });
    const byTo = Object.fromEntries(mailer.sent.map((m) => [m.to, m]));
    expect(Object.keys(byTo).sort()).toEqual([PROVIDER, CASEWORKER, TEAM_LEADER].sort());
    expect(byTo[CASEWORKER]?.subject).toBe(
      'Hjemmestøtte: 1 opfølgning overskredet, 1 opfølgning nærmer sig, 1 plan skal foreligge, 1 afslutning nærmer sig',
    );
    expect(lines(byTo[CASEWORKER]?.text ?? '')).toEqual([
      '- Opfølgning i sag NYB-2026-0002 skulle have været holdt senest mandag den 18. januar 2027 og er ikke registreret som holdt.',
      '- Første opfølgning i sag NYB-2026-0001 skal holdes senest fredag den 5. februar 2027 (Barnets Lov § 95).',
      '- Barnets plan i sag NYB-2026-0001 skal foreligge senest tirsdag den 2. februar 2027 (Barnets Lov § 91).',
      '- Støtten i sag NYB-2026-0006 forventes afsluttet onsdag den 3. februar 2027.',
    ]);
    expect(byTo[TEAM_LEADER]?.subject).toBe('Hjemmestøtte: 1 opfølgning over fristen');
    expect(byTo[PROVIDER]?.subject).toBe('Hjemmestøtte: 1 statusrapport ønskes, 1 afslutning nærmer sig');
    // A provider's links lead to its own page of the web app, never into the municipality's case system.
    expect(byTo[PROVIDER]?.text).toContain(`${WEB}/leverandoer/sager/a`);
    expect(byTo[PROVIDER]?.text).toContain(`${WEB}/leverandoer/sager/f`);
    expect(`${byTo[PROVIDER]?.text}${byTo[PROVIDER]?.html}`).not.toContain('sager.kommune.example');
    expect(byTo[CASEWORKER]?.text).toContain('https://sager.kommune.example/sag/NYB-2026-0001');
    const ics = byTo[CASEWORKER]?.attachments[0]?.content ?? '';
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:a-fu-1@demo.hjemmestotte');
    for (const m of mailer.sent) {
      expect(m.text + m.html).not.toMatch(/Ida|2025-03-14|forudsigelig|NYB-2026-000[345]/);
    }
  });

  it('sends nothing twice: repeated runs send nothing new, the overdue reminder repeats weekly from the first overdue day', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);
    const mailer = recordingMailer();
    await runSweep(f.deps({ mailer }), JAN_25);

    const sent = [];
    for (const day of ['2027-01-25', '2027-01-26', '2027-01-27', '2027-02-01', '2027-02-02']) {
      sent.push((await runSweep(f.deps({ mailer }), new Date(`${day}T06:00:00Z`))).emailsSent);
    }

    // B was first overdue on Tuesday 19 January: week 1 starts Tuesday 26, week 2 Tuesday 2 February.
    expect(sent).toEqual([0, 1, 0, 0, 1]);
    const overdue =
      '- Opfølgning i sag NYB-2026-0002 skulle have været holdt senest mandag den 18. januar 2027 og er ikke registreret som holdt.';
    expect(mailer.sent.slice(3).map((m) => [m.to, lines(m.text)])).toEqual([
      [CASEWORKER, [overdue]],
      [CASEWORKER, [overdue]],
    ]);
  });

  it('sends each notice once when two sweeps run at the same time', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);
    const mailer = recordingMailer();

    const [one, two] = await Promise.all([
      runSweep(f.deps({ mailer }), JAN_25),
      runSweep(f.deps({ mailer }), JAN_25),
    ]);

    expect(one.itemsDue + two.itemsDue).toBe(7);
    const all = mailer.sent.flatMap((m) => lines(m.text).map((l) => `${m.to} ${l}`));
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);
  });

  it('loses nothing and duplicates nothing when SES refuses the first digest', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);
    const mailer = recordingMailer(1);

    const first = await runSweep(f.deps({ mailer }), JAN_25);
    const second = await runSweep(f.deps({ mailer }), JAN_25);
    const third = await runSweep(f.deps({ mailer }), JAN_25);

    expect([first.emailsSent, first.emailsFailed]).toEqual([2, 1]);
    expect([second.emailsSent, second.emailsFailed]).toEqual([1, 0]);
    expect(third.emailsSent).toBe(0);
    expect(mailer.sent.map((m) => m.to).sort()).toEqual([CASEWORKER, PROVIDER, TEAM_LEADER].sort());
    const all = mailer.sent.flatMap((m) => lines(m.text));
    expect(all).toHaveLength(7);
  });

  it('sends a digest accepted before a crash again only once the lease has run out, and the rest with it', async () => {
    const f = await sweepFixture();
    await f.seed.case({ caseId: 'a', caseNumber: 'NYB-2026-0001' });
    await f.seed.followUp('a', 'NYB-2026-0001', 'fu-1', '2027-02-05');
    const mailer = recordingMailer();
    // The process dies right after SES accepted the first digest (the caseworker's), before its marks.
    const crashing = { ...f.agenda, markSent: () => Promise.reject(new Error('process killed')) };
    const now = new Date('2027-01-25T06:00:05Z');
    const at = (minutes: number) => fixedClock(new Date(now.getTime() + minutes * 60_000));

    await expect(
      runSweep(f.deps({ mailer, agenda: crashing, clock: fixedClock(now) }), JAN_25),
    ).rejects.toThrow('a digest was sent but its marks were not written');
    // Lambda's retries of the failed invocation: about 1 minute, then 3 minutes after it failed.
    const withinLease = await runSweep(f.deps({ mailer, clock: at(1) }), JAN_25);
    const afterLease = await runSweep(f.deps({ mailer, clock: at(3) }), JAN_25);
    const later = await runSweep(f.deps({ mailer, clock: at(4) }), JAN_25);

    // Within the lease an immediate retry sends nothing: it would repeat the unmarked digest.
    expect(withinLease).toMatchObject({ skipped: 'another-sweep-running', emailsSent: 0 });
    // At-least-once in the crash window: the digest whose marks were never written goes out again.
    expect(afterLease).toMatchObject({ emailsSent: 2, itemsDue: 2 });
    expect(later).toMatchObject({ emailsSent: 0, itemsDue: 0 });
    expect(mailer.sent.map((m) => m.to)).toEqual([CASEWORKER, CASEWORKER, PROVIDER]);
    const item = await f.db.send(
      new GetCommand({ TableName: f.tables.main, Key: followUpKey('a', 'fu-1'), ConsistentRead: true }),
    );
    expect([...(item.Item?.notified ?? [])].sort()).toEqual([
      '2027-02-05#follow-up-approaching#0#caseworker',
      '2027-02-05#status-report-request#0#provider',
    ]);
  });

  it('frees the lock at once when a run fails before anything was sent', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);
    const mailer = recordingMailer();
    const cases = f.deps().cases;
    const failing = { ...cases, facts: () => Promise.reject(new Error('ProvisionedThroughputExceeded')) };

    await expect(runSweep({ ...f.deps({ mailer }), cases: failing }, JAN_25)).rejects.toThrow(
      'ProvisionedThroughputExceeded',
    );
    const retry = await runSweep(f.deps({ mailer }), JAN_25);

    expect(retry).toMatchObject({ emailsSent: 3, itemsDue: 7 });
  });

  it('sends nothing twice when the agenda index has not yet caught up with a digest sent moments ago', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);
    const mailer = recordingMailer();
    await runSweep(f.deps({ mailer }), JAN_25);
    // An index that answers as before the first run's marks (the GSI is eventually consistent).
    const lagging = {
      ...f.agenda,
      dueBetween: async (...args: Parameters<typeof f.agenda.dueBetween>) => {
        const read = await f.agenda.dueBetween(...args);
        return { ...read, items: read.items.map(({ notified: _, ...e }) => e) };
      },
    };

    const again = await runSweep(f.deps({ mailer, agenda: lagging }), JAN_25);

    expect(again).toMatchObject({ emailsSent: 0, itemsDue: 0 });
    expect(again.itemsRead).toBeGreaterThan(0);
    expect(mailer.sent).toHaveLength(3);
  });

  it('gives a follow-up its revision as SEQUENCE under one UID in every digest, raised when planning moved it', async () => {
    const f = await sweepFixture();
    await f.seed.case({ caseId: 'a', caseNumber: 'NYB-2026-0001' });
    await f.seed.followUp('a', 'NYB-2026-0001', 'fu-1', '2027-02-05');
    const mailer = recordingMailer();
    await runSweep(f.deps({ mailer }), JAN_25);
    // Planning moves it (and raises its revision): the sweep writes nothing for the calendar.
    await f.seed.followUp('a', 'NYB-2026-0001', 'fu-1', '2027-02-04', true, 1);

    await runSweep(f.deps({ mailer }), new Date('2027-01-26T06:00:00Z'));

    const icsOf = (to: string, i: number) =>
      mailer.sent.filter((m) => m.to === to)[i]?.attachments[0]?.content ?? '';
    for (const to of [CASEWORKER, PROVIDER]) {
      expect(icsOf(to, 0)).toMatch(/UID:a-fu-1@demo.hjemmestotte\r\nSEQUENCE:0\r\n/);
      expect(icsOf(to, 0)).toContain('DTSTART;VALUE=DATE:20270205');
      expect(icsOf(to, 1)).toMatch(/UID:a-fu-1@demo.hjemmestotte\r\nSEQUENCE:1\r\n/);
      expect(icsOf(to, 1)).toContain('DTSTART;VALUE=DATE:20270204');
    }
  });

  it('skips a Saturday and a public holiday without reading anything', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);
    const mailer = recordingMailer();

    const saturday = await runSweep(f.deps({ mailer }), new Date('2027-01-30T06:00:00Z'));
    const easterMonday = await runSweep(f.deps({ mailer }), new Date('2027-03-29T05:00:00Z'));

    expect(saturday).toMatchObject({ skipped: 'not-a-working-day', itemsRead: 0 });
    expect(easterMonday).toMatchObject({ today: '2027-03-29', skipped: 'not-a-working-day' });
    expect(mailer.sent).toEqual([]);
  });

  it('takes "today" in Copenhagen time across both DST changes', async () => {
    const f = await sweepFixture();
    await f.seed.case({ caseId: 'm', caseNumber: 'NYB-2027-0010' });
    await f.seed.followUp('m', 'NYB-2027-0010', 'fu-1', '2027-03-30');
    await f.seed.case({ caseId: 'n', caseNumber: 'NYB-2027-0011' });
    await f.seed.followUp('n', 'NYB-2027-0011', 'fu-1', '2027-11-01');
    const mailer = recordingMailer();

    // 22:30Z on 30 March is 00:30 on 31 March in summer time (it would still be the 30th at UTC+1).
    const spring = await runSweep(f.deps({ mailer }), new Date('2027-03-30T22:30:00Z'));
    await f.seed.followUp('m', 'NYB-2027-0010', 'fu-1', '2027-03-30', false);
    // 22:30Z on 1 November is 23:30 on the 1st in winter time (it would already be the 2nd at UTC+2).
    const autumn = await runSweep(f.deps({ mailer }), new Date('2027-11-01T22:30:00Z'));

    expect(spring.today).toBe('2027-03-31');
    expect(autumn.today).toBe('2027-11-01');
    const subjects = mailer.sent.filter((m) => m.to === CASEWORKER).map((m) => m.subject);
    expect(subjects).toEqual([
      'Hjemmestøtte: 1 opfølgning overskredet',
      'Hjemmestøtte: 1 opfølgning nærmer sig',
    ]);
  });
});
