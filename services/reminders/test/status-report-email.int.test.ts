import { fixedClock } from '@hjemmestotte/domain';
import { dynamoSendLedger } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { freshTables } from '../../../test/support/local-tables.ts';
import { dynamoCases } from '../src/adapters/dynamo-cases.ts';
import { notifyStatusReport } from '../src/use-cases/notify-status-report.ts';
import { recordingMailer } from './fakes.ts';
import { seeder } from './seed-items.ts';

const report = { caseId: 'c1', caseNumber: 'NYB-2026-0142', reportId: 'r-1', kind: 'follow-up' as const };

const depsWith = async (failFirst = 0) => {
  const { db, tables } = await freshTables();
  await seeder(db, tables.main).case({ caseId: 'c1', caseNumber: 'NYB-2026-0142' });
  const mailer = recordingMailer(failFirst);
  return {
    mailer,
    deps: {
      ledger: dynamoSendLedger(db, tables.main),
      cases: dynamoCases(db, tables.main),
      mailer,
      clock: fixedClock('2027-01-25T09:00:00Z'),
      links: { webOrigin: 'https://app.kommune.example' },
    },
  };
};

describe('status report emails (DynamoDB Local)', () => {
  it('tell the caseworker at once, once however often the event arrives: number, kind, date, link, no text', async () => {
    const { deps, mailer } = await depsWith();
    // 23:30Z on 31 December is already 1 January in Copenhagen.
    expect(await notifyStatusReport(deps, report, '2026-12-31T23:30:00Z')).toBe('sent');
    expect(await notifyStatusReport(deps, report, '2026-12-31T23:30:00Z')).toBe('already-sent');
    expect(mailer.sent).toHaveLength(1);
    const m = mailer.sent[0]!;
    expect(m.to).toBe('sagsbehandler@kommune.example');
    expect(m.subject).toBe('Statusrapport modtaget i sag NYB-2026-0142');
    expect(m.text).toContain('fredag den 1. januar 2027');
    expect(m.text).toContain('https://app.kommune.example/sager/c1');
    expect(m.text + m.html).not.toMatch(/Ida|forudsigelig/);
  });

  it('name a final letter as the afsluttende statusskrivelse', async () => {
    const { deps, mailer } = await depsWith();
    await notifyStatusReport(deps, { ...report, reportId: 'r-2', kind: 'final' }, '2027-01-25T09:00:00Z');
    expect(mailer.sent[0]?.subject).toBe('Afsluttende statusskrivelse modtaget i sag NYB-2026-0142');
  });

  it('are sent by the retry after SES refused the first attempt', async () => {
    const { deps, mailer } = await depsWith(1);
    await expect(notifyStatusReport(deps, report, '2027-01-25T09:00:00Z')).rejects.toThrow();
    await notifyStatusReport(deps, report, '2027-01-25T09:00:00Z');
    expect(mailer.sent).toHaveLength(1);
  });
});
