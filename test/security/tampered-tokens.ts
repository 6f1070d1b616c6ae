import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT, UnsecuredJWT } from 'jose';
import type { LocalStack } from '../../packages/local-stack/src/stack.ts';
import { WEB_CLIENT_ID } from '../../packages/local-stack/src/token-issuer.ts';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/**
 * Tokens that must all be refused with 401. To prove each claim check (not just the signature), the test adds
 * a key of its own to the local issuer's JWKS (the stand-in for Cognito's), so a token signed with it
 * differs from a good one in exactly one respect. `control` is such a token with nothing wrong: it must pass.
 */
export const tamperedTokens = async (stack: LocalStack, email: string) => {
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256');
  const kid = `test-${randomUUID()}`;
  stack.issuer.jwks.keys.push({ ...(await exportJWK(trusted.publicKey)), kid, alg: 'RS256', use: 'sig' });
  const { issuer, audience } = stack.issuer;
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = {
    client_id: WEB_CLIENT_ID,
    username: `local-${email}`,
    email,
    'cognito:groups': ['caseworker'],
    scope: `${audience}/user`,
    token_use: 'access',
    iss: issuer,
    sub: `local-${email}`,
    iat: now,
    exp: now + 600,
    jti: randomUUID(),
  };
  const sign = (payload: JWTPayload, key: PrivateKey = trusted.privateKey, header = { alg: 'RS256', kid }) =>
    new SignJWT(payload).setProtectedHeader(header).sign(key);

  const real = (await stack.issuer.issue({ role: 'provider', providerId: 'someone' })).access_token;
  const [h, p, s] = real.split('.') as [string, string, string];
  const upgraded = Buffer.from(
    JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), ...claims }),
  ).toString('base64url');

  const tampered: Record<string, string> = {
    'alg none': new UnsecuredJWT(claims).encode(),
    'alg none with the trusted kid': `${Buffer.from(JSON.stringify({ alg: 'none', kid })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`,
    'HS256 (algorithm confusion)': await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid })
      .sign(new TextEncoder().encode('a-shared-secret-of-enough-length-32b')),
    'wrong issuer': await sign({ ...claims, iss: 'https://issuer.evil.example' }),
    'wrong audience (scope of another API)': await sign({ ...claims, scope: 'other-api/user' }),
    'no scope': await sign({ ...claims, scope: undefined }),
    // What the gateway JWT authorizer's audience list refused; the API has no authorizer (infra/src/api.ts).
    "a user's token from another app client of the pool": await sign({ ...claims, client_id: 'local-other' }),
    'an id token, not an access token': await sign({ ...claims, token_use: 'id' }),
    expired: await sign({ ...claims, iat: now - 7200, exp: now - 3600 }),
    'not valid before an hour from now': await sign({ ...claims, nbf: now + 3600 }),
    'bad signature (another key, trusted kid)': await sign(claims, stranger.privateKey),
    'payload changed after signing': `${h}.${upgraded}.${s}`,
    'signature stripped': `${h}.${p}.`,
    garbage: 'not-a-jwt',
  };
  // Kept apart: the verifier does not yet require `exp` (see the skipped test in security-matrix).
  const withoutExpiry = await sign({ ...claims, exp: undefined });
  return { control: await sign(claims), tampered, withoutExpiry };
};
