import { randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import type { paths } from './schema.d.ts';

/** OAuth2 client credentials (RFC 6749 § 4.4): id and secret in HTTP Basic, form-encoded body. */
export const getToken = async (tokenUrl: string, clientId: string, clientSecret: string): Promise<string> => {
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  const body = (await res.json()) as { access_token?: string; error?: string };
  if (!res.ok || !body.access_token) throw new Error(`token: ${res.status} ${body.error ?? ''}`);
  return body.access_token;
};

export interface IntegrationResult {
  caseIds: string[];
  visitId: string;
  replayed: boolean;
  reportId: string;
}

/**
 * A provider's day in the API: its cases, a visit logged and retried with the same key (the API answers
 * the first answer again), and a status letter.
 */
export const runIntegration = async (api: string, token: string): Promise<IntegrationResult> => {
  const client = createClient<paths>({ baseUrl: api, headers: { authorization: `Bearer ${token}` } });
  const cases = await client.GET('/v1/provider/cases');
  if (!cases.data) throw new Error(`cases: ${cases.response.status}`);
  const first = cases.data[0];
  if (!first) throw new Error('no cases assigned to this provider');

  const visit = {
    startedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
    durationMinutes: 60,
    location: 'home' as const,
    staffCount: 1 as const,
    methods: ['guidance' as const],
    note: 'Morgenrutine gennemgået.',
  };
  const key = randomUUID();
  const post = () =>
    client.POST('/v1/cases/{caseId}/visits', {
      params: { path: { caseId: first.caseId }, header: { 'Idempotency-Key': key } },
      body: visit,
    });
  const logged = await post();
  if (!logged.data) throw new Error(`visit: ${logged.response.status}`);
  // A retry after a time-out: same key, same body.
  const again = await post();
  if (again.data?.visitId !== logged.data.visitId) throw new Error('the retry stored a second visit');

  const report = await client.POST('/v1/cases/{caseId}/status-reports', {
    params: { path: { caseId: first.caseId }, header: { 'Idempotency-Key': randomUUID() } },
    body: { kind: 'follow-up', text: 'Familien har faste morgenrutiner.', familyHasRead: true },
  });
  if (!report.data) throw new Error(`status report: ${report.response.status}`);
  return {
    caseIds: cases.data.map((c) => c.caseId),
    visitId: logged.data.visitId,
    replayed: again.response.headers.get('idempotent-replayed') === 'true',
    reportId: report.data.reportId,
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { API = 'http://127.0.0.1:3000', CLIENT_ID = '', CLIENT_SECRET = '' } = process.env;
  const token = await getToken(`${API}/oauth2/token`, CLIENT_ID, CLIENT_SECRET);
  console.log(JSON.stringify(await runIntegration(API, token), null, 2));
}
