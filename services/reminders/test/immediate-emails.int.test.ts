import { fixedClock } from '@hjemmestotte/domain';
import { dynamoSendLedger } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { freshTables } from '../../../test/support/local-tables.ts';
import { alertAdmin } from '../src/use-cases/alert-admin.ts';
import { notifyConcern } from '../src/use-cases/notify-concern.ts';
import { recordingMailer } from './fakes.ts';

const concern = {
  caseId: '6f1c2a9e-0000-4000-8000-000000000001',
  caseNumber: 'NYB-2026-0142',
  providerId: 'hjemmebasen',
  visitId: 'v-1',
  level: 'acute' as const,
  caseworkerEmail: 'Sagsbehandler@kommune.example',
  teamLeaderEmail: 'teamleder@kommune.example',
};
/** 09:15Z on 25 January 2027 is 10.15 in Copenhagen (winter time). */
const RAISED_AT = '2027-01-25T09:15:00Z';

const depsWith = async (failFirst = 0) => {
  const { db, tables } = await freshTables();
  const mailer = recordingMailer(failFirst);
  return {
    mailer,
    deps: {
      ledger: dynamoSendLedger(db, tables.main),
      mailer,
      clock: fixedClock('2027-01-25T09:00:00Z'),
      links: {
        webOrigin: 'https://app.kommune.example',
        caseLinkTemplate: 'https://sager.kommune.example/sag/{caseNumber}',
      },
      adminEmail: 'it-drift@kommune.example',
    },
  };
};

describe('concern emails', () => {
  it('tell the caseworker and the team leader once, however often the event arrives', async () => {
    const { deps, mailer } = await depsWith();

    await notifyConcern(deps, concern, RAISED_AT);
    await notifyConcern(deps, concern, RAISED_AT);

    expect(mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      ['sagsbehandler@kommune.example', 'Bekymring i sag NYB-2026-0142 (akut)'],
      ['teamleder@kommune.example', 'Bekymring i sag NYB-2026-0142 (akut)'],
    ]);
    expect(mailer.sent[0]?.text).toContain('https://sager.kommune.example/sag/NYB-2026-0142');
  });

  it('say which provider raised it, when (Copenhagen time) and the level, and link to the case', async () => {
    const { deps, mailer } = await depsWith();
    await notifyConcern(deps, concern, RAISED_AT);
    const text = mailer.sent[0]?.text ?? '';
    expect(text).toContain(
      'Leverandøren hjemmebasen registrerede mandag den 25. januar 2027 kl. 10.15 en bekymring (akut)',
    );
    expect(text).toContain('https://sager.kommune.example/sag/NYB-2026-0142');
  });

  it('link to the web app case page when the municipality has no case-system link', async () => {
    const { deps, mailer } = await depsWith();
    await notifyConcern({ ...deps, links: { webOrigin: 'https://app.kommune.example' } }, concern, RAISED_AT);
    expect(
      mailer.sent.map((m) => m.text.includes(`https://app.kommune.example/sager/${concern.caseId}`)),
    ).toEqual([true, true]);
  });

  it('are sent by the retry after SES refused the first attempt', async () => {
    const { deps, mailer } = await depsWith(1);

    await expect(notifyConcern(deps, concern, RAISED_AT)).rejects.toThrow('Maximum sending rate');
    await notifyConcern(deps, concern, RAISED_AT);

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
