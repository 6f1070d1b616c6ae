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
import { PROVIDER_SCOPE, providerClientName } from './names.ts';

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
}

/** The client-credentials request (RFC 6749 § 4.4) a provider's system makes: form body, HTTP Basic. */
export const clientCredentialsToken = async (c: ProviderCredentials): Promise<string> => {
  const res = await fetch(c.tokenUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: c.scope }).toString(),
  });
  if (!res.ok) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
};

/**
 * The local stack's issuer keeps provider clients like Cognito's app clients: `POST /_local/clients` creates
 * one with a new secret (which the local `/oauth2/token` checks). A local rotation replaces the secret at
 * once (Cognito keeps the old one until `--finish`); local clients vanish when the stack stops.
 */
export const localCredentials = (apiUrl: string): ProviderCredentialsAdmin => {
  const create = async (providerId: string): Promise<ProviderCredentials> => {
    const res = await fetch(`${apiUrl}/_local/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ providerId }),
    });
    if (res.status !== 201) throw new Error(`local client: ${res.status} ${await res.text()}`);
    const out = (await res.json()) as { clientId: string; clientSecret: string };
    return {
      providerId,
      clientId: out.clientId,
      clientSecret: out.clientSecret,
      tokenUrl: `${apiUrl}/oauth2/token`,
      scope: PROVIDER_SCOPE,
    };
  };
  return {
    create,
    rotate: create,
    revokeOldSecrets: async () => 0,
    async remove(providerId) {
      const res = await fetch(`${apiUrl}/_local/clients/${encodeURIComponent(providerId)}`, {
        method: 'DELETE',
      });
      if (res.status !== 204 && res.status !== 404)
        throw new Error(`local client: ${res.status} ${await res.text()}`);
    },
    token: clientCredentialsToken,
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
    token: clientCredentialsToken,
  };
};
