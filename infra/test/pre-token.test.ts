import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { principalFromClaims } from '@hjemmestotte/lambda-kit';
import type { PreTokenEvent } from '@hjemmestotte/lambda-kit/pre-token';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { providerClientName, providerIdOfClientName } from '../src/admin/names.ts';
import { handler } from '../src/pre-token/handler.ts';

/** A V3_0 event as Cognito sends it (developer guide, "Pre token generation Lambda trigger"). */
const event = (
  triggerSource: string,
  clientId: string,
  userAttributes: Record<string, string> = {},
  groups: string[] = [],
): PreTokenEvent => ({
  version: '3',
  triggerSource,
  region: 'eu-north-1',
  userPoolId: 'eu-north-1_pool',
  ...(triggerSource === 'TokenGeneration_ClientCredentials' ? {} : { userName: 'a1b2c3' }),
  callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId },
  request: {
    userAttributes,
    groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [], preferredRole: null },
    scopes: ['openid', 'email', 'hjemmestotte-api/user'],
  },
  response: { claimsAndScopeOverrideDetails: null },
});

/** The API's verifier settings for this pool: its resource server and its web client. */
const api = { audience: 'hjemmestotte-api', webClientId: 'webclient' };

/** The access token Cognito mints for a user of the web client: no email (developer guide). */
const cognitoUserAccessToken = {
  sub: 'a1b2c3',
  'cognito:groups': ['caseworker'],
  iss: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_pool',
  version: 2,
  client_id: 'webclient',
  origin_jti: 'o1',
  event_id: 'e1',
  token_use: 'access',
  scope: 'openid email hjemmestotte-api/user',
  auth_time: 1_700_000_000,
  exp: 1_700_003_600,
  iat: 1_700_000_000,
  jti: 'j1',
  username: 'a1b2c3',
};

describe('the pre-token-generation trigger (AWS adapter)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads back the provider id from the client name onboarding gives it', () => {
    expect(providerIdOfClientName(providerClientName('hjemmebasen'))).toBe('hjemmebasen');
    expect(providerIdOfClientName('web')).toBeUndefined();
    expect(providerIdOfClientName('provider-')).toBeUndefined();
  });

  it('adds provider_id to a provider client-credentials token', async () => {
    vi.spyOn(CognitoIdentityProviderClient.prototype, 'send').mockResolvedValue({
      UserPoolClient: { ClientName: 'provider-familiehuset' },
    } as never);
    const out = await handler(event('TokenGeneration_ClientCredentials', 'client-a'));
    expect(out.response).toEqual({
      claimsAndScopeOverrideDetails: {
        accessTokenGeneration: { claimsToAddOrOverride: { provider_id: 'familiehuset' } },
      },
    });
  });

  it('adds nothing to a client that is not a provider, and asks Cognito once per client', async () => {
    const send = vi
      .spyOn(CognitoIdentityProviderClient.prototype, 'send')
      .mockResolvedValue({ UserPoolClient: { ClientName: 'web' } } as never);
    const first = await handler(event('TokenGeneration_ClientCredentials', 'client-b'));
    await handler(event('TokenGeneration_ClientCredentials', 'client-b'));
    expect(first.response).toEqual({ claimsAndScopeOverrideDetails: {} });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it.each([
    'TokenGeneration_HostedAuth',
    'TokenGeneration_Authentication',
    'TokenGeneration_RefreshTokens',
    'TokenGeneration_AuthenticateDevice',
    'TokenGeneration_NewPasswordChallenge',
  ])('adds the lower-cased email to a user access token on %s, without asking Cognito', async (source) => {
    const send = vi.spyOn(CognitoIdentityProviderClient.prototype, 'send');
    const out = await handler(
      event(source, 'webclient', { sub: 'a1b2c3', email: 'Sagsbehandler@Nordby.DK', email_verified: 'true' }),
    );
    expect(out.response.claimsAndScopeOverrideDetails).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { email: 'sagsbehandler@nordby.dk' } },
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('makes a Cognito user access token acceptable to the API, which refuses it without the trigger', async () => {
    expect(() => principalFromClaims(cognitoUserAccessToken, api)).toThrow(
      expect.objectContaining({ status: 401 }),
    );
    const out = await handler(
      event('TokenGeneration_HostedAuth', 'webclient', { sub: 'a1b2c3', email: 'cw@nordby.dk' }, [
        'caseworker',
      ]),
    );
    const added = out.response.claimsAndScopeOverrideDetails?.accessTokenGeneration?.claimsToAddOrOverride;
    expect(principalFromClaims({ ...cognitoUserAccessToken, ...added }, api)).toEqual({
      kind: 'user',
      sub: 'a1b2c3',
      email: 'cw@nordby.dk',
      roles: ['caseworker'],
    });
  });
});
