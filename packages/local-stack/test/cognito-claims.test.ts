import { describe, expect, it } from 'vitest';
import { createTokenIssuer, localUser } from '../src/token-issuer.ts';

/** Cognito's documented access-token claims ("Understanding the access token"). */
const COGNITO_USER_ACCESS = [
  'auth_time',
  'client_id',
  'cognito:groups',
  'event_id',
  'exp',
  'iat',
  'iss',
  'jti',
  'origin_jti',
  'scope',
  'sub',
  'token_use',
  'username',
  'version',
];
const COGNITO_CLIENT_ACCESS = [
  'auth_time',
  'client_id',
  'exp',
  'iat',
  'iss',
  'jti',
  'scope',
  'sub',
  'token_use',
  'version',
];
const sorted = (o: object) => Object.keys(o).sort();

describe('the local Cognito stand-in', () => {
  it("mints a user access token with exactly Cognito's claims, then the trigger adds only the email", async () => {
    const issuer = await createTokenIssuer('http://127.0.0.1:1/_local', 'hjemmestotte-api');
    const user = localUser('Sagsbehandler@Demo.dk', 'caseworker');
    const { before, after } = issuer.claimsFor(
      'web',
      user,
      undefined,
      ['openid', 'hjemmestotte-api/user'],
      'TokenGeneration_HostedAuth',
    );
    expect(sorted(before)).toEqual(COGNITO_USER_ACCESS);
    expect(before).not.toHaveProperty('email');
    expect(before).toMatchObject({
      token_use: 'access',
      version: 2,
      client_id: 'web',
      sub: user.sub,
      username: user.sub,
    });
    expect(sorted(after)).toEqual([...COGNITO_USER_ACCESS, 'email'].sort());
    expect(after.email).toBe('sagsbehandler@demo.dk');
  });

  it("mints a client-credentials token with exactly Cognito's claims, then the trigger adds provider_id", async () => {
    const issuer = await createTokenIssuer('http://127.0.0.1:1/_local', 'hjemmestotte-api');
    const { before, after } = issuer.claimsFor(
      'local-x',
      undefined,
      'provider-x',
      ['hjemmestotte-api/provider'],
      'TokenGeneration_ClientCredentials',
    );
    expect(sorted(before)).toEqual(COGNITO_CLIENT_ACCESS);
    expect(before.sub).toBe('local-x');
    expect(sorted(after)).toEqual([...COGNITO_CLIENT_ACCESS, 'provider_id'].sort());
    expect(after.provider_id).toBe('x');
  });

  it('gives a client that is not a provider no provider_id', async () => {
    const issuer = await createTokenIssuer('http://127.0.0.1:1/_local', 'hjemmestotte-api');
    const { after } = issuer.claimsFor(
      'c',
      undefined,
      'web',
      ['hjemmestotte-api/provider'],
      'TokenGeneration_ClientCredentials',
    );
    expect(sorted(after)).toEqual(COGNITO_CLIENT_ACCESS);
  });
});
