import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { providerClientName, providerIdOfClientName } from '../src/admin/names.ts';
import { handler } from '../src/pre-token/handler.ts';

const event = (clientId: string, triggerSource = 'TokenGeneration_ClientCredentials') => ({
  triggerSource,
  userPoolId: 'eu-north-1_pool',
  callerContext: { clientId },
  response: {},
});

describe('the pre-token-generation trigger', () => {
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
    const out = await handler(event('client-a'));
    expect(out.response).toEqual({
      claimsAndScopeOverrideDetails: {
        accessTokenGeneration: { claimsToAddOrOverride: { provider_id: 'familiehuset' } },
      },
    });
  });

  it('adds nothing for a client that is not a provider, nor for user logins', async () => {
    const send = vi
      .spyOn(CognitoIdentityProviderClient.prototype, 'send')
      .mockResolvedValue({ UserPoolClient: { ClientName: 'web' } } as never);
    expect((await handler(event('client-b'))).response).toEqual({});
    expect((await handler(event('client-c', 'TokenGeneration_HostedAuth'))).response).toEqual({});
    expect(send).toHaveBeenCalledTimes(1);
  });
});
