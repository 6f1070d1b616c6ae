import { createHash, randomBytes } from 'node:crypto';
import { type LocalStack, startLocalStack } from '@hjemmestotte/local-stack';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The local stand-in for Cognito's managed login, through the real gateway: the web app's authorization
// code flow with PKCE, refresh and logout, and providers' client credentials with a checked secret.
let stack: LocalStack;
let callback: string;

beforeAll(async () => {
  stack = await startLocalStack();
  callback = `${stack.apiUrl}/auth/callback`;
}, 120_000);
afterAll(async () => stack?.stop());

const b64url = (b: Buffer) => b.toString('base64url');
const pkce = () => {
  const verifier = b64url(randomBytes(32));
  return { verifier, challenge: b64url(createHash('sha256').update(verifier).digest()) };
};
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

const authorizeParams = (challenge: string, extra: Record<string, string> = {}) => ({
  response_type: 'code',
  client_id: 'web',
  redirect_uri: callback,
  scope: 'openid email hjemmestotte-api/user',
  state: 'st-1',
  code_challenge: challenge,
  code_challenge_method: 'S256',
  ...extra,
});

/** Opens the sign-in page, submits the form, and returns the redirect (with the code) and the cookie. */
const signIn = async (challenge: string, who: Record<string, string>) => {
  const params = authorizeParams(challenge);
  const page = await fetch(`${stack.apiUrl}/oauth2/authorize?${form(params)}`);
  expect(page.status).toBe(200);
  const res = await fetch(`${stack.apiUrl}/oauth2/authorize`, {
    method: 'POST',
    headers: formHeaders,
    body: form({ ...params, ...who }),
    redirect: 'manual',
  });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location') ?? '');
  return { location, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
};

const exchange = (code: string, verifier: string, extra: Record<string, string> = {}) =>
  fetch(`${stack.apiUrl}/oauth2/token`, {
    method: 'POST',
    headers: formHeaders,
    body: form({
      grant_type: 'authorization_code',
      client_id: 'web',
      code,
      redirect_uri: callback,
      code_verifier: verifier,
      ...extra,
    }),
  });

describe('local managed login (authorization code with PKCE)', () => {
  it('serves a Danish sign-in page with labelled fields', async () => {
    const res = await fetch(`${stack.apiUrl}/oauth2/authorize?${form(authorizeParams(pkce().challenge))}`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="da">');
    for (const id of ['role', 'email', 'providerId']) expect(html).toContain(`<label for="${id}">`);
  });

  it('signs a caseworker in, swaps the code for Cognito-shaped tokens the API accepts, refreshes, logs out', async () => {
    const { verifier, challenge } = pkce();
    const { location, cookie } = await signIn(challenge, {
      role: 'caseworker',
      email: 'CW@Demo.Kommune.example',
    });
    expect(`${location.origin}${location.pathname}`).toBe(callback);
    expect(location.searchParams.get('state')).toBe('st-1');
    const res = await exchange(location.searchParams.get('code') ?? '', verifier);
    expect(res.status).toBe(200);
    const tokens = (await res.json()) as Record<string, unknown>;
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    for (const t of ['access_token', 'id_token', 'refresh_token']) expect(typeof tokens[t]).toBe('string');
    const access = decodeJwt(tokens.access_token as string);
    expect(access).toMatchObject({ token_use: 'access', client_id: 'web', email: 'cw@demo.kommune.example' });
    expect(access['cognito:groups']).toEqual(['caseworker']);
    expect(decodeJwt(tokens.id_token as string)).toMatchObject({ token_use: 'id', aud: 'web' });
    const providers = await fetch(`${stack.apiUrl}/v1/providers`, {
      headers: { authorization: `bearer ${tokens.access_token}` },
    });
    expect(providers.status).toBe(200);
    expect((await fetch(`${stack.apiUrl}/v1/providers`)).status).toBe(401);

    const refresh = () =>
      fetch(`${stack.apiUrl}/oauth2/token`, {
        method: 'POST',
        headers: formHeaders,
        body: form({
          grant_type: 'refresh_token',
          client_id: 'web',
          refresh_token: tokens.refresh_token as string,
        }),
      });
    const refreshed = await refresh();
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(((await refreshed.json()) as { access_token: string }).access_token).email).toBe(
      'cw@demo.kommune.example',
    );

    const out = await fetch(
      `${stack.apiUrl}/logout?${form({ client_id: 'web', logout_uri: `${stack.apiUrl}/` })}`,
      { headers: { cookie }, redirect: 'manual' },
    );
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe(`${stack.apiUrl}/`);
    const afterLogout = await refresh();
    expect(afterLogout.status).toBe(400);
    expect(await afterLogout.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a wrong code_verifier, and the code is then spent', async () => {
    const { verifier, challenge } = pkce();
    const { location } = await signIn(challenge, { role: 'teamleader', email: 'tl@demo.kommune.example' });
    const code = location.searchParams.get('code') ?? '';
    const wrong = await exchange(code, pkce().verifier);
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    const right = await exchange(code, verifier);
    expect(right.status).toBe(400);
    expect(await right.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a code used twice and a redirect_uri that differs from the authorization request', async () => {
    const { verifier, challenge } = pkce();
    const { location } = await signIn(challenge, { role: 'admin', email: 'admin@demo.kommune.example' });
    const code = location.searchParams.get('code') ?? '';
    expect((await exchange(code, verifier)).status).toBe(200);
    const again = await exchange(code, verifier);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });

    const second = pkce();
    const other = await signIn(second.challenge, { role: 'admin', email: 'admin@demo.kommune.example' });
    const mismatch = await exchange(other.location.searchParams.get('code') ?? '', second.verifier, {
      redirect_uri: `${stack.apiUrl}/`,
    });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses plain and missing PKCE with invalid_request on the redirect, and an unknown redirect_uri with a page', async () => {
    const bad: Record<string, string>[] = [{ code_challenge_method: 'plain' }, { code_challenge: '' }];
    for (const extra of bad) {
      const res = await fetch(
        `${stack.apiUrl}/oauth2/authorize?${form(authorizeParams(pkce().challenge, extra))}`,
        { redirect: 'manual' },
      );
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location') ?? '');
      expect(location.searchParams.get('error')).toBe('invalid_request');
      expect(location.searchParams.get('state')).toBe('st-1');
    }
    const evil = await fetch(
      `${stack.apiUrl}/oauth2/authorize?${form(authorizeParams(pkce().challenge, { redirect_uri: 'https://evil.example/' }))}`,
      { redirect: 'manual' },
    );
    expect(evil.status).toBe(400);
    expect(evil.headers.get('location')).toBeNull();
  });
});

describe('local client credentials (RFC 6749 § 4.4)', () => {
  const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
  const token = (authorization: string, fields: Record<string, string>) =>
    fetch(`${stack.apiUrl}/oauth2/token`, {
      method: 'POST',
      headers: { ...formHeaders, authorization },
      body: form(fields),
    });

  it('gives a registered provider a token (scope optional) its API calls accept', async () => {
    const reg = await fetch(`${stack.apiUrl}/_local/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ providerId: 'hjemmebasen' }),
    });
    expect(reg.status).toBe(201);
    const { clientId, clientSecret } = (await reg.json()) as { clientId: string; clientSecret: string };
    const res = await token(basic(clientId, clientSecret), { grant_type: 'client_credentials' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; token_type: string };
    expect(body.token_type).toBe('Bearer');
    expect(decodeJwt(body.access_token)).toMatchObject({
      sub: clientId,
      client_id: clientId,
      provider_id: 'hjemmebasen',
      scope: 'hjemmestotte-api/provider',
    });
    const cases = await fetch(`${stack.apiUrl}/v1/provider/cases`, {
      headers: { authorization: `bearer ${body.access_token}` },
    });
    expect(cases.status).toBe(200);

    const wrong = await token(basic(clientId, `${clientSecret}x`), { grant_type: 'client_credentials' });
    // Cognito documents 400 for every token endpoint error, invalid_client too (RFC 6749 § 5.2 would allow 401).
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });

    const scope = await token(basic(clientId, clientSecret), {
      grant_type: 'client_credentials',
      scope: 'hjemmestotte-api/user',
    });
    expect(scope.status).toBe(400);
    expect(await scope.json()).toMatchObject({ error: 'invalid_scope' });
    const grant = await token(basic(clientId, clientSecret), { grant_type: 'password' });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('refuses an unknown client and a JSON body', async () => {
    const unknown = await token(basic('nobody', 'x'), { grant_type: 'client_credentials' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_client' });
    const jsonBody = await fetch(`${stack.apiUrl}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(jsonBody.status).toBe(400);
    expect(await jsonBody.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('serves the keys where Cognito does, relative to the issuer', async () => {
    const res = await fetch(`${stack.issuer.issuer}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { keys: unknown[] }).keys).toHaveLength(1);
  });
});
