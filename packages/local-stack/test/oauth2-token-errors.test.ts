import type { IncomingMessage } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOAuth2, type OAuth2 } from '../src/oauth2.ts';
import { createTokenIssuer } from '../src/token-issuer.ts';

// The local /oauth2/token's refusals, as Cognito documents them (developer guide, "Token endpoint", examples
// of negative responses: 400 with {"error": invalid_request | invalid_client | invalid_grant |
// unauthorized_client | unsupported_grant_type}) and as RFC 6749 requires (§ 2.3 one client authentication
// method, § 3.2 no repeated parameter). A bad request is never a 500 and never gets a token.

const origin = 'http://127.0.0.1:3999';
let oauth2: OAuth2;
let client: { clientId: string; clientSecret: string };

beforeAll(async () => {
  oauth2 = createOAuth2(await createTokenIssuer(`${origin}/_local`, 'hjemmestotte-api'), origin);
  client = oauth2.registerProviderClient('hjemmebasen');
});

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const basic = (id: string, secret: string) => `Basic ${b64(`${id}:${secret}`)}`;

const post = async (body: string, authorization?: string) => {
  const req = {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(authorization !== undefined ? { authorization } : {}),
    },
  } as unknown as IncomingMessage;
  const res = await oauth2.handle(req, new URL(`${origin}/oauth2/token`), body);
  if (!res) throw new Error('the token endpoint did not answer');
  return { status: res.status, body: JSON.parse(res.body) as Record<string, unknown> };
};

describe('the local token endpoint refuses like Cognito', () => {
  it('gives the well-formed request a token (the control for every refusal below)', async () => {
    const res = await post('grant_type=client_credentials', basic(client.clientId, client.clientSecret));
    expect(res.status).toBe(200);
    expect(res.body.access_token).toEqual(expect.any(String));
  });

  it.each([
    ['bad base64', 'Basic !!!!'],
    ['base64 of the wrong length', 'Basic YWJj='],
    ['no colon', `Basic ${b64('just-an-id')}`],
    ['an empty client id', `Basic ${b64(':secret')}`],
    ['a broken %-escape in the id', `Basic ${b64('%E0%A4%A:secret')}`],
    ['a broken %-escape in the secret', `Basic ${b64('local-hjemmebasen:%')}`],
    ['bytes that are not UTF-8', `Basic ${b64(Buffer.from([0xff, 0xfe, 0x3a, 0x61]))}`],
    ['no credentials after the scheme', 'Basic '],
    ['another scheme', 'Bearer abc'],
  ])('answers malformed HTTP Basic (%s) with 400 invalid_client, not 500', async (_label, authorization) => {
    const res = await post('grant_type=client_credentials', authorization);
    expect(res).toEqual({ status: 400, body: expect.objectContaining({ error: 'invalid_client' }) });
  });

  it('answers a wrong secret and an unknown client with 400 invalid_client, as Cognito does', async () => {
    for (const authorization of [basic(client.clientId, `${client.clientSecret}x`), basic('nobody', 'x')]) {
      const res = await post('grant_type=client_credentials', authorization);
      expect(res).toEqual({ status: 400, body: expect.objectContaining({ error: 'invalid_client' }) });
    }
  });

  it('refuses client credentials sent both in Basic and in the body (RFC 6749 § 2.3) with invalid_request', async () => {
    const both = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
    }).toString();
    const res = await post(both, basic(client.clientId, client.clientSecret));
    expect(res).toEqual({ status: 400, body: expect.objectContaining({ error: 'invalid_request' }) });
    // Each method alone works: client_secret_post, and Basic with the same client_id in the body.
    expect((await post(both)).status).toBe(200);
    const idBeside = `grant_type=client_credentials&client_id=${client.clientId}`;
    expect((await post(idBeside, basic(client.clientId, client.clientSecret))).status).toBe(200);
    const otherId = 'grant_type=client_credentials&client_id=web';
    expect((await post(otherId, basic(client.clientId, client.clientSecret))).body.error).toBe(
      'invalid_client',
    );
  });

  it.each([
    ['grant_type', 'grant_type=client_credentials&grant_type=client_credentials'],
    [
      'scope',
      'grant_type=client_credentials&scope=hjemmestotte-api/provider&scope=hjemmestotte-api/provider',
    ],
    ['client_id', 'grant_type=client_credentials&client_id=a&client_id=b'],
  ])('refuses a repeated parameter (%s, RFC 6749 § 3.2) with invalid_request', async (_name, body) => {
    const res = await post(body, basic(client.clientId, client.clientSecret));
    expect(res).toEqual({ status: 400, body: expect.objectContaining({ error: 'invalid_request' }) });
  });

  it('answers each documented error with 400: missing parameters, wrong flow, unknown grant, foreign scope', async () => {
    const provider = basic(client.clientId, client.clientSecret);
    const cases: [string, string | undefined, string][] = [
      ['', provider, 'invalid_request'],
      ['grant_type=authorization_code&client_id=web', undefined, 'invalid_request'],
      ['grant_type=refresh_token&client_id=web', undefined, 'invalid_request'],
      ['grant_type=authorization_code&client_id=web&code=nope', undefined, 'invalid_grant'],
      ['grant_type=refresh_token&client_id=web&refresh_token=nope', undefined, 'invalid_grant'],
      ['grant_type=authorization_code&code=x', provider, 'unauthorized_client'],
      ['grant_type=refresh_token&refresh_token=x', provider, 'unauthorized_client'],
      ['grant_type=client_credentials&client_id=web', undefined, 'unauthorized_client'],
      ['grant_type=password', provider, 'unsupported_grant_type'],
      ['grant_type=client_credentials&scope=hjemmestotte-api/user', provider, 'invalid_scope'],
    ];
    for (const [body, authorization, error] of cases) {
      const res = await post(body, authorization);
      expect(res, `${body} → ${error}`).toEqual({ status: 400, body: expect.objectContaining({ error }) });
    }
  });
});
