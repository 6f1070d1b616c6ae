import { describe, expect, it } from 'vitest';
import { type PreTokenEvent, parseIdpGroups, preTokenOverrides } from '../src/cognito/pre-token.ts';

const userEvent = (attributes: Record<string, string>, groups: string[] = []): PreTokenEvent => ({
  version: '2',
  triggerSource: 'TokenGeneration_HostedAuth',
  region: 'eu-north-1',
  userPoolId: 'eu-north-1_pool',
  userName: 'u1',
  callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'web' },
  request: {
    userAttributes: attributes,
    groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [], preferredRole: null },
  },
  response: { claimsAndScopeOverrideDetails: null },
});

// What Cognito puts in `identities` for a user who signed in through an external IdP.
const federatedAs = JSON.stringify([{ providerName: 'KommuneAD', providerType: 'OIDC', userId: 'x' }]);

const clientEvent = (): PreTokenEvent => ({
  ...userEvent({}),
  version: '3',
  triggerSource: 'TokenGeneration_ClientCredentials',
});

describe('the pre-token core', () => {
  it('adds the email, lower-cased and trimmed, to a user access token', () => {
    expect(preTokenOverrides(userEvent({ email: ' TL@Nordby.dk ' }))).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { email: 'tl@nordby.dk' } },
    });
  });

  it('adds nothing to a user without an email (the API then refuses the token)', () => {
    expect(preTokenOverrides(userEvent({ sub: 'u1' }))).toEqual({});
  });

  it('adds provider_id only to a provider client, and nothing from user attributes', () => {
    expect(preTokenOverrides(clientEvent(), { clientName: 'provider-hjemmebasen' })).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { provider_id: 'hjemmebasen' } },
    });
    expect(preTokenOverrides(clientEvent(), { clientName: 'web' })).toEqual({});
    expect(preTokenOverrides(clientEvent())).toEqual({});
  });

  it("maps a federated user's IdP groups to our roles through the group override", () => {
    const mapping = { 'SG-Familie-Sagsbehandlere': 'caseworker', 'SG-Familie-Ledere': 'teamleader' } as const;
    const out = preTokenOverrides(
      userEvent(
        {
          email: 'a@nordby.dk',
          'custom:idp_groups': '["SG-Familie-Ledere","Alle"]',
          identities: federatedAs,
        },
        ['admin'],
      ),
      { roleMapping: mapping },
    );
    expect(out.groupOverrideDetails?.groupsToOverride).toEqual(['admin', 'teamleader']);
    expect(out.accessTokenGeneration?.claimsToAddOrOverride).toEqual({ email: 'a@nordby.dk' });
  });

  it('maps no role from unmapped groups nor from names of object properties', () => {
    const out = preTokenOverrides(
      userEvent({
        email: 'a@nordby.dk',
        'custom:idp_groups': '[constructor, __proto__, toString, Alle]',
        identities: federatedAs,
      }),
      { roleMapping: { Ledere: 'teamleader' } },
    );
    expect(out.groupOverrideDetails).toBeUndefined();
  });

  it('maps no role for a pool user who did not sign in through the IdP, whatever custom:idp_groups says', () => {
    const out = preTokenOverrides(
      userEvent({ email: 'a@nordby.dk', 'custom:idp_groups': '["SG-Familie-Ledere"]' }, ['caseworker']),
      { roleMapping: { 'SG-Familie-Ledere': 'teamleader' } },
    );
    expect(out.groupOverrideDetails).toBeUndefined();
  });

  it('reads the group list in the forms Cognito passes a multi-valued claim', () => {
    expect(parseIdpGroups('["a","b c"]')).toEqual(['a', 'b c']);
    expect(parseIdpGroups('[a, b]')).toEqual(['a', 'b']);
    expect(parseIdpGroups('a,b')).toEqual(['a', 'b']);
    expect(parseIdpGroups('a b')).toEqual(['a', 'b']);
    expect(parseIdpGroups('')).toEqual([]);
    expect(parseIdpGroups(undefined)).toEqual([]);
  });
});

describe("the pre-token core for a provider's staff in the web app", () => {
  it('turns a user of group provider with a provider id into the provider, without the staff scope', () => {
    const event = userEvent({ email: 'x@hjemmebasen.dk', 'custom:provider_id': 'hjemmebasen' }, ['provider']);
    event.request.scopes = ['openid', 'hjemmestotte-api/user'];
    expect(preTokenOverrides(event)).toEqual({
      accessTokenGeneration: {
        claimsToAddOrOverride: { provider_id: 'hjemmebasen' },
        scopesToAdd: ['hjemmestotte-api/provider'],
        scopesToSuppress: ['hjemmestotte-api/user'],
      },
    });
  });

  it('ignores a provider id attribute on a user outside the provider group', () => {
    const event = userEvent({ email: 'x@nordby.dk', 'custom:provider_id': 'hjemmebasen' }, ['caseworker']);
    event.request.scopes = ['hjemmestotte-api/user'];
    expect(preTokenOverrides(event)).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { email: 'x@nordby.dk' } },
    });
  });
});
