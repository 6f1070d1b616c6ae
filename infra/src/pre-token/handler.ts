import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { type PreTokenEvent, preTokenOverrides, type RoleMapping } from '@hjemmestotte/lambda-kit/pre-token';

/**
 * The AWS adapter of the pre-token-generation trigger (event version V3_0, which also runs for
 * client-credentials tokens). The rules are in `@hjemmestotte/lambda-kit/pre-token`, shared with the local
 * token issuer; this adapter only looks up what the event lacks: the app client's name.
 */
const cognito = new CognitoIdentityProviderClient({});
// Client names never change after onboarding, so a warm container asks Cognito once per client.
const names = new Map<string, string | undefined>();
// The municipality's IdP group → role mapping, set by infra from the municipality file ({} without federation).
const roleMapping: RoleMapping = JSON.parse(process.env.ROLE_MAPPING ?? '{}');

const clientNameOf = async (event: PreTokenEvent): Promise<string | undefined> => {
  const { clientId } = event.callerContext;
  if (!names.has(clientId)) {
    const out = await cognito.send(
      new DescribeUserPoolClientCommand({ UserPoolId: event.userPoolId, ClientId: clientId }),
    );
    names.set(clientId, out.UserPoolClient?.ClientName);
  }
  return names.get(clientId);
};

export const handler = async (event: PreTokenEvent): Promise<PreTokenEvent> => {
  const clientName =
    event.triggerSource === 'TokenGeneration_ClientCredentials' ? await clientNameOf(event) : undefined;
  event.response = { claimsAndScopeOverrideDetails: preTokenOverrides(event, { clientName, roleMapping }) };
  return event;
};
