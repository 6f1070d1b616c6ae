/**
 * How a provider's Cognito app client is named: the rule lives with the pre-token trigger's core, which reads
 * the provider id back from the name, so onboarding, rotation, offboarding and the trigger share it.
 */
export { providerClientName, providerIdOfClientName } from '@hjemmestotte/lambda-kit/pre-token';

/** The resource server of the API and its two scopes (the handlers check `<identifier>/<scope>`). */
export const RESOURCE_SERVER = 'hjemmestotte-api';
export const PROVIDER_SCOPE = `${RESOURCE_SERVER}/provider`;
