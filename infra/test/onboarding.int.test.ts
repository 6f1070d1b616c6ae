import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { localToken } from '../src/admin/api-client.ts';
import { offboardProvider, onboardProvider } from '../src/admin/commands.ts';
import { localCredentials } from '../src/admin/credentials.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A case that started a month ago, so a visit an hour ago is inside it. */
const caseFor = (providerId: string) => ({
  caseNumber: `ONB-${Date.now()}`,
  caseworkerEmail: 'sagsbehandler@demo.kommune.example',
  children: [{ firstName: 'Ida', birthDate: day(-3 * 365) }],
  legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
  program: 'home-support',
  assessment: { kind: 'investigation', status: 'completed', completedOn: day(-50) },
  decidedOn: day(-37),
  startsOn: day(-30),
  expectedEndOn: day(200),
  hoursPerWeek: 6,
  providerId,
  planRequired: false,
  purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
});

const post = async (url: string, token: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('provider onboarding against the local stack', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({});
  });
  afterAll(() => stack?.stop());

  it('registers the provider, and the new client gets a token and logs a visit on its case', async () => {
    const printed: string[] = [];
    const credentials = await onboardProvider(
      [
        '--local',
        stack.apiUrl,
        '--provider-id',
        'nyt-hjem',
        '--name',
        'Nyt Hjem ApS',
        '--contact-email',
        'kontakt@nythjem.example',
      ],
      (l) => printed.push(l),
    );
    const out = printed.join('\n');
    expect(out).toContain(`client secret: ${credentials.clientSecret}`);
    expect(out).toContain(`client id:     ${credentials.clientId}`);
    expect(out).toContain(`token URL:     ${stack.apiUrl}/oauth2/token`);
    expect(out).toContain('scope:         hjemmestotte-api/provider');
    expect(out).toContain(`API URL:       ${stack.apiUrl}`);
    // The printed request works verbatim (curl's -u is HTTP Basic, as RFC 6749 § 4.4 asks).
    const curl = printed.find((l) => l.startsWith('curl '));
    expect(curl).toBeDefined();
    // Asynchronously: the stack answers from this same process.
    const { stdout } = await promisify(execFile)('sh', ['-c', curl ?? 'false'], { timeout: 20_000 });
    const answer = JSON.parse(stdout) as {
      access_token: string;
      token_type: string;
    };
    expect(answer.token_type).toBe('Bearer');

    const caseworker = await localToken(stack.apiUrl, {
      role: 'caseworker',
      email: 'sagsbehandler@demo.kommune.example',
    });
    const registered = await post(`${stack.apiUrl}/v1/cases`, caseworker, caseFor('nyt-hjem'));
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);

    const providerToken = answer.access_token;
    expect(await localCredentials(stack.apiUrl).token(credentials)).toMatch(/^ey/);
    await expect(
      localCredentials(stack.apiUrl).token({ ...credentials, clientSecret: 'wrong' }),
    ).rejects.toThrow(/400 .*invalid_client/);
    const visit = await post(
      `${stack.apiUrl}/v1/cases/${registered.body.caseId}/visits`,
      providerToken,
      {
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        durationMinutes: 60,
        location: 'home',
        staffCount: 1,
        methods: ['guidance'],
        goalIds: [],
        note: 'Morgenrutine gennemgået.',
      },
      { 'idempotency-key': 'onboarding-test-1' },
    );
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);
  });

  it('refuses to onboard an id the API refuses, and creates no credentials for it', async () => {
    const printed: string[] = [];
    await expect(
      onboardProvider(
        [
          '--local',
          stack.apiUrl,
          '--provider-id',
          'nyt-hjem',
          '--name',
          'Again',
          '--contact-email',
          'x@y.example',
        ],
        (l) => printed.push(l),
      ),
    ).rejects.toThrow(/registering nyt-hjem failed: 409/);
    expect(printed).toEqual([]);
  });

  it('offboarding deactivates the provider through the API and deletes its client: no new case, no token', async () => {
    const credentials = await localCredentials(stack.apiUrl).create('nyt-hjem');
    expect(await localCredentials(stack.apiUrl).token(credentials)).toMatch(/^ey/);
    const printed: string[] = [];
    await offboardProvider(['--local', stack.apiUrl, '--provider-id', 'nyt-hjem'], (l) => printed.push(l));
    expect(printed.join('\n')).toMatch(/deactivated nyt-hjem/);
    expect(printed.join('\n')).toMatch(/deleted the local client of nyt-hjem/);
    await expect(localCredentials(stack.apiUrl).token(credentials)).rejects.toThrow(/400 .*invalid_client/);
    const caseworker = await localToken(stack.apiUrl, {
      role: 'caseworker',
      email: 'sagsbehandler@demo.kommune.example',
    });
    const providers = await fetch(`${stack.apiUrl}/v1/providers`, {
      headers: { authorization: `Bearer ${caseworker}` },
    });
    const list = (await providers.json()) as { providerId: string; active: boolean }[];
    expect(list.find((p) => p.providerId === 'nyt-hjem')?.active).toBe(false);
    const refused = await post(`${stack.apiUrl}/v1/cases`, caseworker, caseFor('nyt-hjem'));
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('providerId');
  });

  it('offboarding an unknown provider fails on the API and deletes nothing', async () => {
    await expect(
      offboardProvider(['--local', stack.apiUrl, '--provider-id', 'ukendt-hjem'], () => undefined),
    ).rejects.toThrow(/deactivating ukendt-hjem failed: 404/);
  });
});
