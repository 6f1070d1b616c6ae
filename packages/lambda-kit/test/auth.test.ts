import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, type TokenVerifier } from '../src/auth.ts';

const issuer = 'https://issuer.example/local';
const audience = 'hjemmestotte-api';
let verify: TokenVerifier;
let sign: (
  claims: Record<string, unknown>,
  opts?: { iss?: string; exp?: string; sub?: string },
) => Promise<string>;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
  verify = createTokenVerifier(
    { issuer, audience, jwksUrl: 'https://unused.example', webClientId: 'web' },
    createLocalJWKSet({ keys: [jwk] }),
  );
  sign = (claims, opts = {}) =>
    // A user's token by default: Cognito's `username` and the web client's id.
    new SignJWT({ token_use: 'access', client_id: 'web', username: 's1', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(opts.iss ?? issuer)
      .setSubject(opts.sub ?? 's1')
      .setIssuedAt()
      .setExpirationTime(opts.exp ?? '5m')
      .sign(privateKey);
});

/** A client-credentials token as Cognito mints it: `sub` is the client id, no `username`. */
const signClient = (clientId: string, claims: Record<string, unknown>) =>
  sign({ ...claims, client_id: clientId, username: undefined }, { sub: clientId });

const status = async (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: { status?: number }) => e.status,
  );

describe('token verification', () => {
  it('reads a caseworker from a user token with groups and email', async () => {
    const token = await sign({
      scope: `${audience}/user`,
      email: 'CW@Kommune.example',
      'cognito:groups': ['caseworker', 'other'],
    });
    expect(await verify(`Bearer ${token}`)).toEqual({
      kind: 'user',
      sub: 's1',
      email: 'cw@kommune.example',
      roles: ['caseworker'],
    });
  });

  it('reads a provider from a client-credentials token of any client, made after deploy too', async () => {
    const token = await signClient('c-9', { scope: `${audience}/provider`, provider_id: 'hjemmebasen' });
    expect(await verify(`Bearer ${token}`)).toEqual({
      kind: 'provider',
      sub: 'c-9',
      clientId: 'c-9',
      providerId: 'hjemmebasen',
    });
  });

  // What an API Gateway JWT authorizer's audience list checked: users come through the web client only.
  it("refuses a user's token from another app client of the pool, as staff and as a provider's staff", async () => {
    const asStaff = { scope: `${audience}/user`, email: 'a@b.dk', 'cognito:groups': ['admin'] };
    expect((await verify(`Bearer ${await sign(asStaff)}`)).kind).toBe('user');
    expect(await status(verify(`Bearer ${await sign({ ...asStaff, client_id: 'other' })}`))).toBe(401);
    expect(await status(verify(`Bearer ${await sign({ ...asStaff, client_id: undefined })}`))).toBe(401);
    const asProviderStaff = {
      scope: `${audience}/user ${audience}/provider`,
      email: 'a@b.dk',
      provider_id: 'hjemmebasen',
    };
    expect((await verify(`Bearer ${await sign(asProviderStaff)}`)).kind).toBe('provider');
    expect(await status(verify(`Bearer ${await sign({ ...asProviderStaff, client_id: 'other' })}`))).toBe(
      401,
    );
  });

  it('never reads a client-credentials token as staff', async () => {
    const token = await signClient('c-9', { scope: `${audience}/user`, email: 'a@b.dk' });
    expect(await status(verify(`Bearer ${token}`))).toBe(401);
  });

  it('accepts the bearer scheme in any case (RFC 7235 § 2.1)', async () => {
    const token = await signClient('c-9', { scope: `${audience}/provider`, provider_id: 'hjemmebasen' });
    for (const scheme of ['bearer', 'BEARER', 'bEaReR'])
      expect((await verify(`${scheme} ${token}`)).kind).toBe('provider');
    expect(await status(verify(`Bearer${token}`))).toBe(401);
  });

  it('refuses a missing header, another scheme, a wrong issuer, an expired token, a foreign scope and a provider token without provider', async () => {
    expect(await status(verify(undefined))).toBe(401);
    expect(await status(verify('Basic abc'))).toBe(401);
    expect(
      await status(
        verify(
          `Bearer ${await sign({ scope: `${audience}/user`, email: 'a@b.dk' }, { iss: 'https://evil.example' })}`,
        ),
      ),
    ).toBe(401);
    expect(
      await status(
        verify(`Bearer ${await sign({ scope: `${audience}/user`, email: 'a@b.dk' }, { exp: '-1m' })}`),
      ),
    ).toBe(401);
    expect(await status(verify(`Bearer ${await sign({ scope: 'other-api/user', email: 'a@b.dk' })}`))).toBe(
      401,
    );
    expect(await status(verify(`Bearer ${await signClient('c', { scope: `${audience}/provider` })}`))).toBe(
      401,
    );
  });

  it('refuses an unsigned (alg none) token', async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const none = `${b64({ alg: 'none' })}.${b64({ iss: issuer, sub: 's', token_use: 'access', scope: `${audience}/user`, email: 'a@b.dk', exp: 9999999999 })}.`;
    expect(await status(verify(`Bearer ${none}`))).toBe(401);
  });
});
