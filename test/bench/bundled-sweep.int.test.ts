import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { functions, repoRoot } from '@hjemmestotte/wiring';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CASEWORKER,
  PROVIDER,
  seedJanuary,
  sweepFixture,
  TEAM_LEADER,
} from '../../services/reminders/test/sweep-fixture.ts';
import { type Bundle, bundle } from './bundle-size.ts';
import { benchEnvironment } from './cold-init.ts';

interface StoredEmail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string };
  attachments: { filename?: string; content?: string }[];
}

const store = async (): Promise<StoredEmail[]> =>
  ((await (await fetch(`${inject('sesEndpoint')}/store`)).json()) as { emails: StoredEmail[] }).emails;

/**
 * The largest function as deployed (the real esbuild flags, the credential alias included), run as Lambda
 * would run it: a fresh process, credentials only in the environment, against DynamoDB Local and the SES
 * emulator. Proves the bundle still works, not only that it is small.
 */
describe('the bundled reminders-sweep', () => {
  let sweep: Bundle;
  beforeAll(async () => {
    const spec = functions.find((f) => f.id === 'reminders-sweep');
    if (!spec) throw new Error('no reminders-sweep in the wiring');
    sweep = await bundle(spec.id, join(repoRoot, spec.entry), mkdtempSync(join(tmpdir(), 'bundled-')));
  }, 120_000);

  const invoke = (tables: Parameters<typeof benchEnvironment>[1], credentials: Record<string, string>) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(process.argv[1]);
console.log(JSON.stringify(await m.handler({ schedule: 'daily', scheduledAt: '2027-01-25T06:00:00Z' })));`,
        pathToFileURL(sweep.file).href,
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: mkdtempSync(join(tmpdir(), 'home-')), // no ~/.aws files to fall back on
          AWS_REGION: 'eu-north-1',
          AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
          AWS_ENDPOINT_URL_SES: inject('sesEndpoint'),
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          ...benchEnvironment('reminders-sweep', tables),
          ...credentials,
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );

  it('sends the day’s digests with the role’s credentials taken from the environment, as Lambda sets them', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);
    const before = (await store()).length;

    // DynamoDB Local keeps tables per access key (and region): the key the fixture created them with.
    const r = invoke(f.tables, {
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local-secret',
      AWS_SESSION_TOKEN: 'local-session-token',
    });

    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(summary).toMatchObject({ today: '2027-01-25', itemsDue: 7, emailsSent: 3, emailsFailed: 0 });
    const sent = (await store())
      .slice(before)
      .filter((e) => [CASEWORKER, TEAM_LEADER, PROVIDER].includes(e.destination.to[0] ?? ''));
    expect(sent.map((e) => e.subject).sort()).toEqual(
      [
        'Hjemmestøtte: 1 opfølgning overskredet, 1 opfølgning nærmer sig, 1 plan skal foreligge, 1 afslutning nærmer sig',
        'Hjemmestøtte: 1 opfølgning over fristen',
        'Hjemmestøtte: 1 statusrapport ønskes, 1 afslutning nærmer sig',
      ].sort(),
    );
    const toCaseworker = sent.find((e) => e.destination.to[0] === CASEWORKER);
    expect(toCaseworker?.attachments.map((a) => a.filename)).toEqual(['opfoelgninger.ics']);
    const ics = Buffer.from(String(toCaseworker?.attachments[0]?.content), 'base64').toString('utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:a-fu-1@demo.hjemmestotte');
  }, 120_000);

  it('looks for credentials in the environment only: without them it fails at once, trying no other source', async () => {
    const f = await sweepFixture();
    await seedJanuary(f.seed);

    const r = invoke(f.tables, {});

    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Unable to find environment variable credentials');
    // The SDK's full chain would go on to files, SSO, web identity and the instance metadata service.
    expect(r.stderr).not.toContain('Could not load credentials from any providers');
  }, 120_000);
});
