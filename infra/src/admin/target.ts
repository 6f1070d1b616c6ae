import { parseArgs } from 'node:util';
import {
  CognitoIdentityProviderClient,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { loadMunicipality } from '@hjemmestotte/wiring';
import { localToken } from './api-client.ts';
import { cognitoCredentials, localCredentials, type ProviderCredentialsAdmin } from './credentials.ts';

/** What every provider command works against: the API, an admin token and the credential store. */
export interface AdminTarget {
  apiUrl: string;
  adminToken: string;
  credentials: ProviderCredentialsAdmin;
  kind: 'local' | 'aws';
}

export const commonOptions = {
  municipality: { type: 'string' },
  local: { type: 'string' },
  'api-url': { type: 'string' },
  'admin-token': { type: 'string' },
} as const;

export const parse = <O extends Record<string, { type: 'string' | 'boolean' }>>(argv: string[], options: O) =>
  parseArgs({ args: argv, options: { ...commonOptions, ...options }, strict: true }).values as Record<
    string,
    string | boolean | undefined
  >;

/** The user pool of a municipality's stack, found by the name the stack gives it. */
export const findUserPoolId = async (cognito: CognitoIdentityProviderClient, municipalityId: string) => {
  let NextToken: string | undefined;
  do {
    const page = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
    const hit = page.UserPools?.find((p) => p.Name === `hjemmestotte-${municipalityId}-users`);
    if (hit?.Id) return hit.Id;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
};

/**
 * `--local http://127.0.0.1:3000`: the local stack (admin token from its issuer, no app clients).
 * Otherwise AWS: `--municipality`, `--api-url` (stack output ApiUrl) and an admin's access token
 * (`--admin-token` or HJEMMESTOTTE_ADMIN_TOKEN, from the web login of a user in the `admin` group).
 */
export const resolveTarget = async (
  values: Record<string, string | boolean | undefined>,
): Promise<AdminTarget> => {
  const local = values.local;
  if (typeof local === 'string') {
    const apiUrl = local.replace(/\/$/, '');
    return {
      kind: 'local',
      apiUrl,
      adminToken: await localToken(apiUrl, { role: 'admin', email: 'admin@local.invalid' }),
      credentials: localCredentials(apiUrl),
    };
  }
  const id = values.municipality;
  const apiUrl = values['api-url'];
  const adminToken = values['admin-token'] ?? process.env.HJEMMESTOTTE_ADMIN_TOKEN;
  if (typeof id !== 'string' || typeof apiUrl !== 'string' || typeof adminToken !== 'string') {
    throw new Error(
      'need --local <url>, or --municipality, --api-url and --admin-token (or HJEMMESTOTTE_ADMIN_TOKEN)',
    );
  }
  const m = loadMunicipality(id);
  const cognito = new CognitoIdentityProviderClient({ region: m.region });
  const userPoolId = await findUserPoolId(cognito, id);
  if (!userPoolId) throw new Error(`no user pool hjemmestotte-${id}-users in ${m.region}: deploy first`);
  return {
    kind: 'aws',
    apiUrl: apiUrl.replace(/\/$/, ''),
    adminToken,
    credentials: cognitoCredentials({
      userPoolId,
      domainUrl: `https://hjemmestotte-${id}.auth.${m.region}.amazoncognito.com`,
      client: cognito,
    }),
  };
};
