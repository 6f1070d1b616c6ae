import { randomBytes } from 'node:crypto';
import {
  AddUserPoolClientSecretCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolClientSecretCommand,
  ListUserPoolClientSecretsCommand,
  ListUserPoolClientsCommand,
  type UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { PROVIDER_SCOPE, providerClientName, providerIdOfClientName } from './names.ts';

/** A provider's client-credentials login: shown once to the admin, who hands it to the provider. */
export interface ProviderCredentials {
  providerId: string;
  clientId: string;
  clientSecret: string;
  tokenUrl: string;
  scope: string;
  /** Set by rotation: the id to pass to `--finish` once the provider uses the new secret. */
  secretId?: string;
}

/** Where provider app clients live: Cognito in AWS, the local token issuer on this machine. */
export interface ProviderCredentialsAdmin {
  create(providerId: string): Promise<ProviderCredentials>;
  /** Adds a second secret; the old one keeps working until `revokeOldSecrets`. */
  rotate(providerId: string): Promise<ProviderCredentials>;
  revokeOldSecrets(providerId: string, keepSecretId: string): Promise<number>;
  remove(providerId: string): Promise<void>;
  /** Exchanges credentials for an access token, as the provider's system will. */
  token(credentials: ProviderCredentials): Promise<string>;
  /** The client ids the API's JWT authorizer must accept (for `deploy`). */
  providerClientIds(): Promise<string[]>;
}

/** The local stack has no app clients: its issuer signs provider tokens for any registered id. */
export const localCredentials = (apiUrl: string): ProviderCredentialsAdmin => {
  const creds = (providerId: string): ProviderCredentials => ({
    providerId,
    clientId: `local-${providerId}`,
    // Not checked locally; printed so the flow looks like the real one.
    clientSecret: randomBytes(24).toString('base64url'),
    tokenUrl: `${apiUrl}/_local/token`,
    scope: PROVIDER_SCOPE,
  });
  return {
    create: async (id) => creds(id),
    rotate: async (id) => creds(id),
    revokeOldSecrets: async () => 0,
    remove: async () => undefined,
    async token(c) {
      const res = await fetch(c.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'provider', providerId: c.providerId }),
      });
      if (!res.ok) throw new Error(`local token: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { access_token: string }).access_token;
    },
    providerClientIds: async () => [],
  };
};

export const cognitoCredentials = (opts: {
  userPoolId: string;
  /** `https://hjemmestotte-<id>.auth.<region>.amazoncognito.com` */
  domainUrl: string;
  client?: CognitoIdentityProviderClient;
}): ProviderCredentialsAdmin => {
  const cognito = opts.client ?? new CognitoIdentityProviderClient({});
  const tokenUrl = `${opts.domainUrl}/oauth2/token`;
  const listClients = async () => {
    const out: UserPoolClientType[] = [];
    let NextToken: string | undefined;
    do {
      const page = await cognito.send(
        new ListUserPoolClientsCommand({ UserPoolId: opts.userPoolId, MaxResults: 60, NextToken }),
      );
      out.push(...((page.UserPoolClients ?? []) as UserPoolClientType[]));
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  };
  const clientOf = async (providerId: string) => {
    const hit = (await listClients()).find((c) => c.ClientName === providerClientName(providerId));
    if (!hit?.ClientId) throw new Error(`provider ${providerId} has no app client`);
    return hit.ClientId;
  };
  return {
    async create(providerId) {
      if ((await listClients()).some((c) => c.ClientName === providerClientName(providerId)))
        throw new Error(`provider ${providerId} already has an app client: rotate its secret instead`);
      const out = await cognito.send(
        new CreateUserPoolClientCommand({
          UserPoolId: opts.userPoolId,
          ClientName: providerClientName(providerId),
          GenerateSecret: true,
          AllowedOAuthFlowsUserPoolClient: true,
          AllowedOAuthFlows: ['client_credentials'],
          AllowedOAuthScopes: [PROVIDER_SCOPE],
          AccessTokenValidity: 60,
          TokenValidityUnits: { AccessToken: 'minutes' },
          EnableTokenRevocation: true,
        }),
      );
      const c = out.UserPoolClient;
      if (!c?.ClientId || !c.ClientSecret) throw new Error('Cognito returned no client secret');
      return {
        providerId,
        clientId: c.ClientId,
        clientSecret: c.ClientSecret,
        tokenUrl,
        scope: PROVIDER_SCOPE,
      };
    },
    async rotate(providerId) {
      const clientId = await clientOf(providerId);
      const out = await cognito.send(
        new AddUserPoolClientSecretCommand({ UserPoolId: opts.userPoolId, ClientId: clientId }),
      );
      const secret = out.ClientSecretDescriptor?.ClientSecretValue;
      if (!secret) throw new Error('Cognito returned no secret');
      const secretId = out.ClientSecretDescriptor?.ClientSecretId;
      return {
        providerId,
        clientId,
        clientSecret: secret,
        tokenUrl,
        scope: PROVIDER_SCOPE,
        ...(secretId ? { secretId } : {}),
      };
    },
    async revokeOldSecrets(providerId, keepSecretId) {
      const clientId = await clientOf(providerId);
      const list = await cognito.send(
        new ListUserPoolClientSecretsCommand({ UserPoolId: opts.userPoolId, ClientId: clientId }),
      );
      let revoked = 0;
      for (const s of list.ClientSecrets ?? []) {
        if (!s.ClientSecretId || s.ClientSecretId === keepSecretId) continue;
        await cognito.send(
          new DeleteUserPoolClientSecretCommand({
            UserPoolId: opts.userPoolId,
            ClientId: clientId,
            ClientSecretId: s.ClientSecretId,
          }),
        );
        revoked++;
      }
      return revoked;
    },
    async remove(providerId) {
      const clientId = await clientOf(providerId);
      await cognito.send(
        new DeleteUserPoolClientCommand({ UserPoolId: opts.userPoolId, ClientId: clientId }),
      );
    },
    async token(c) {
      const res = await fetch(c.tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: c.scope }).toString(),
      });
      if (!res.ok) throw new Error(`Cognito token: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { access_token: string }).access_token;
    },
    async providerClientIds() {
      return (await listClients())
        .filter((c) => providerIdOfClientName(c.ClientName))
        .map((c) => c.ClientId!)
        .filter(Boolean);
    },
  };
};
