import { fixedClock } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { freshTables } from '../../../test/support/local-tables.ts';
import { dynamoLedger } from '../src/adapters/dynamo-ledger.ts';
import { alertAdmin } from '../src/use-cases/alert-admin.ts';
import { notifyConcern } from '../src/use-cases/notify-concern.ts';
import { recordingMailer } from './fakes.ts';

const concern = {
  caseNumber: 'NYB-2026-0142',
  visitId: 'v-1',
  level: 'acute' as const,
  caseworkerEmail: 'Sagsbehandler@kommune.example',
  teamLeaderEmail: 'teamleder@kommune.example',
};

const depsWith = async (failFirst = 0) => {
  const { db, tables } = await freshTables();
  const mailer = recordingMailer(failFirst);
  return {
    mailer,
    deps: {
      ledger: dynamoLedger(db, tables.main),
      mailer,
      clock: fixedClock('2027-01-25T09:00:00Z'),
      caseLinkTemplate: 'https://sager.kommune.example/sag/{caseNumber}',
      adminEmail: 'it-drift@kommune.example',
    },
  };
};

describe('concern emails', () => {
  it('tell the caseworker and the team leader once, however often the event arrives', async () => {
    const { deps, mailer } = await depsWith();

    await notifyConcern(deps, concern);
    await notifyConcern(deps, concern);

    expect(mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      ['sagsbehandler@kommune.example', 'Bekymring i sag NYB-2026-0142 (akut)'],
      ['teamleder@kommune.example', 'Bekymring i sag NYB-2026-0142 (akut)'],
    ]);
    expect(mailer.sent[0]?.text).toContain('https://sager.kommune.example/sag/NYB-2026-0142');
  });

  it('are sent by the retry after SES refused the first attempt', async () => {
    const { deps, mailer } = await depsWith(1);

    await expect(notifyConcern(deps, concern)).rejects.toThrow('Maximum sending rate');
    await notifyConcern(deps, concern);

    expect(mailer.sent.map((m) => m.to)).toEqual([
      'sagsbehandler@kommune.example',
      'teamleder@kommune.example',
    ]);
  });
});

describe('bounce and complaint alerts', () => {
  it('tell the admin which address bounced, once per SES message', async () => {
    const { deps, mailer } = await depsWith();
    const bounce = {
      kind: 'bounce' as const,
      bounceType: 'Permanent',
      addresses: ['gammel@kommune.example'],
    };

    await alertAdmin(deps, 'ses-msg-1', bounce);
    await alertAdmin(deps, 'ses-msg-1', bounce);

    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to).toBe('it-drift@kommune.example');
    expect(mailer.sent[0]?.subject).toBe('Hjemmestøtte: en modtageradresse afviser påmindelser');
    expect(mailer.sent[0]?.text).toContain('- gammel@kommune.example');
  });

  it('never alert the admin about the admin address itself (no mail loop)', async () => {
    const { deps, mailer } = await depsWith();

    const result = await alertAdmin(deps, 'ses-msg-2', {
      kind: 'complaint',
      addresses: ['IT-drift@kommune.example'],
    });

    expect(result).toBe('nothing-to-tell');
    expect(mailer.sent).toEqual([]);
  });
});
