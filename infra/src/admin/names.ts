/**
 * How a provider's Cognito app client is named. The pre-token-generation trigger reads the provider id
 * back from the name, so onboarding, rotation, offboarding and the trigger share this one rule.
 */
const PREFIX = 'provider-';

export const providerClientName = (providerId: string): string => `${PREFIX}${providerId}`;

export const providerIdOfClientName = (clientName: string | undefined): string | undefined =>
  clientName?.startsWith(PREFIX) && clientName.length > PREFIX.length
    ? clientName.slice(PREFIX.length)
    : undefined;

/** The resource server of the API and its two scopes (the handlers check `<identifier>/<scope>`). */
export const RESOURCE_SERVER = 'hjemmestotte-api';
export const PROVIDER_SCOPE = `${RESOURCE_SERVER}/provider`;
export const USER_SCOPE = `${RESOURCE_SERVER}/user`;
