import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderConcern } from '../src/email/concern.ts';
import { type DigestLine, renderDigest } from '../src/email/digest.ts';
import { renderFeedbackAlert } from '../src/email/feedback-alert.ts';
import type { Links } from '../src/email/links.ts';
import type { OutgoingEmail } from '../src/ports.ts';
import type { AgendaEntry, Notice } from '../src/stages/notice.ts';

// The committed samples show a reviewer exactly what each recipient gets. A change of wording fails here;
// `UPDATE_SAMPLES=1 npx vitest run --project unit services/reminders/test/samples.test.ts` rewrites them.
const dir = fileURLToPath(new URL('../samples/', import.meta.url));
const update = process.env.UPDATE_SAMPLES === '1';
// The demo's own case-system link for staff; providers always get the web app's provider page.
const LINKS: Links = {
  webOrigin: 'https://hjemmestotte.demo.kommune.example',
  caseLinkTemplate: 'https://sager.demo.kommune.example/sag/{caseNumber}',
};
const NOW = new Date('2027-01-25T06:00:00Z');

const entry = (over: Partial<AgendaEntry>): AgendaEntry => ({
  kind: 'follow-up',
  caseId: '6f1c2a9e-0000-4000-8000-000000000001',
  caseNumber: 'NYB-2026-0142',
  itemId: 'fu-1',
  dueOn: '2027-02-05',
  followUpKind: 'first',
  ...over,
});
const line = (n: Partial<Notice> & Pick<Notice, 'stage' | 'to'>, sequence = 0): DigestLine => ({
  notice: { entry: entry({}), ...n },
  sequence,
});
const investigation = (over: Partial<AgendaEntry>) =>
  entry({ kind: 'investigation', itemId: 'investigation', followUpKind: undefined, ...over });
const overdueEntry = entry({
  caseId: '6f1c2a9e-0000-4000-8000-000000000002',
  caseNumber: 'NYB-2026-0107',
  itemId: 'fu-2',
  dueOn: '2027-01-18',
  followUpKind: 'regular',
});

const samples: Record<string, OutgoingEmail> = {
  'digest-caseworker': renderDigest(
    'sagsbehandler@demo.kommune.example',
    [
      line({ stage: 'follow-up-approaching', to: 'caseworker' }),
      line({ entry: overdueEntry, stage: 'follow-up-overdue', to: 'caseworker' }, 1),
      line({
        entry: entry({ kind: 'plan', itemId: 'plan', dueOn: '2027-02-02' }),
        stage: 'plan-approaching',
        to: 'caseworker',
      }),
      line({
        entry: entry({ kind: 'plan', caseNumber: 'NYB-2026-0099', itemId: 'plan', dueOn: '2027-01-20' }),
        stage: 'plan-passed',
        to: 'caseworker',
      }),
      line({
        entry: entry({ kind: 'end', caseNumber: 'NYB-2026-0031', itemId: 'end', dueOn: '2027-02-03' }),
        stage: 'end-approaching',
        to: 'caseworker',
      }),
      line({
        entry: investigation({ caseNumber: 'NYB-2026-0150', dueOn: '2027-02-03' }),
        stage: 'investigation-approaching',
        to: 'caseworker',
      }),
      line({
        entry: investigation({ caseNumber: 'NYB-2026-0120', dueOn: '2027-01-15' }),
        stage: 'investigation-overdue',
        to: 'caseworker',
        occurrence: 1,
      }),
    ],
    LINKS,
    'demo',
    NOW,
  ),
  'digest-team-leader': renderDigest(
    'teamleder@demo.kommune.example',
    [
      line(
        { entry: overdueEntry, stage: 'follow-up-escalation', to: 'teamLeader', workingDaysOverdue: 5 },
        1,
      ),
      line({
        entry: investigation({ caseNumber: 'NYB-2026-0120', dueOn: '2027-01-15' }),
        stage: 'investigation-escalation',
        to: 'teamLeader',
        workingDaysOverdue: 6,
      }),
      line({
        entry: entry({ kind: 'plan', caseNumber: 'NYB-2026-0099', itemId: 'plan', dueOn: '2027-01-15' }),
        stage: 'plan-escalation',
        to: 'teamLeader',
        workingDaysOverdue: 6,
      }),
    ],
    LINKS,
    'demo',
    NOW,
  ),
  'digest-provider': renderDigest(
    'kontakt@hjemmebasen.example',
    [
      line({ stage: 'status-report-request', to: 'provider' }),
      line({
        entry: entry({ kind: 'end', caseNumber: 'NYB-2026-0031', itemId: 'end', dueOn: '2027-02-03' }),
        stage: 'end-approaching',
        to: 'provider',
      }),
    ],
    LINKS,
    'demo',
    NOW,
  ),
  concern: renderConcern(
    'sagsbehandler@demo.kommune.example',
    {
      caseId: '6f1c2a9e-0000-4000-8000-000000000001',
      caseNumber: 'NYB-2026-0142',
      providerId: 'hjemmebasen',
      level: 'acute',
      // Summer time: 05:05Z is 07.05 in Copenhagen.
      raisedAt: '2027-06-14T05:05:00Z',
    },
    LINKS,
  ),
  'concern-web-app-link': renderConcern(
    'teamleder@demo.kommune.example',
    {
      caseId: '6f1c2a9e-0000-4000-8000-000000000001',
      caseNumber: 'NYB-2026-0142',
      providerId: 'hjemmebasen',
      level: 'non-acute',
      // Winter time: 22:30Z is 23.30 in Copenhagen, still 31 December.
      raisedAt: '2026-12-31T22:30:00Z',
    },
    { webOrigin: LINKS.webOrigin },
  ),
  'bounce-alert': renderFeedbackAlert('it-drift@demo.kommune.example', {
    kind: 'bounce',
    bounceType: 'Permanent',
    addresses: ['tidligere.sagsbehandler@demo.kommune.example'],
  }),
  'complaint-alert': renderFeedbackAlert('it-drift@demo.kommune.example', {
    kind: 'complaint',
    addresses: ['kontakt@hjemmebasen.example'],
  }),
};

const files = (name: string, m: OutgoingEmail) => ({
  [`${name}.txt`]: `To: ${m.to}\nSubject: ${m.subject}\n\n${m.text}`,
  [`${name}.html`]: m.html,
  ...(m.attachments[0] ? { [`${name}.ics`]: m.attachments[0].content } : {}),
});

describe('committed email samples', () => {
  for (const [name, email] of Object.entries(samples)) {
    it(`renders the ${name} email exactly as committed`, () => {
      mkdirSync(dir, { recursive: true });
      for (const [file, content] of Object.entries(files(name, email))) {
        const path = `${dir}${file}`;
        if (update || !existsSync(path)) writeFileSync(path, content);
        expect(content, file).toBe(readFileSync(path, 'utf8'));
      }
    });
  }

  it('keep every personal detail out of every sample', () => {
    for (const email of Object.values(samples)) {
      expect(email.text + email.html).not.toMatch(/Ida|2025-03-14|fødselsdato|formål/i);
    }
  });
});
