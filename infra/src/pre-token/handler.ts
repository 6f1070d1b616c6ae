import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { providerIdOfClientName } from '../admin/names.ts';

/**
 * Cognito pre-token-generation trigger (event version 3, which also runs for client-credentials tokens):
 * adds `provider_id` to a provider client's access token, read from the client's name
 * (`provider-<providerId>`). The API maps a provider token to its provider by this claim.
 */
interface PreTokenEvent {
  triggerSource: string;
  userPoolId: string;
  callerContext: { clientId: string };
  response: Record<string, unknown>;
}

const cognito = new CognitoIdentityProviderClient({});
// Client names never change after onboarding, so a warm container asks Cognito once per client.
const names = new Map<string, string | undefined>();

export const handler = async (event: PreTokenEvent): Promise<PreTokenEvent> => {
  if (event.triggerSource !== 'TokenGeneration_ClientCredentials') return event;
  const { clientId } = event.callerContext;
  if (!names.has(clientId)) {
    const out = await cognito.send(
      new DescribeUserPoolClientCommand({ UserPoolId: event.userPoolId, ClientId: clientId }),
    );
    names.set(clientId, out.UserPoolClient?.ClientName);
  }
  const providerId = providerIdOfClientName(names.get(clientId));
  // A client that is not a provider's gets no provider_id: the API then refuses its provider scope.
  if (!providerId) return event;
  event.response = {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: { claimsToAddOrOverride: { provider_id: providerId } },
    },
  };
  return event;
};
