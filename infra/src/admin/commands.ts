import { apiCall } from './api-client.ts';
import type { ProviderCredentials } from './credentials.ts';
import { parse, resolveTarget } from './target.ts';

type Print = (line: string) => void;

const required = (values: Record<string, string | boolean | undefined>, name: string): string => {
  const v = values[name];
  if (typeof v !== 'string' || !v) throw new Error(`--${name} is required`);
  return v;
};

/** Exactly what the provider's developer needs, and a request that works as printed (README "For providers"). */
const printCredentials = (print: Print, c: ProviderCredentials, apiUrl: string) => {
  print(`provider:      ${c.providerId}`);
  print(`client id:     ${c.clientId}`);
  print(`client secret: ${c.clientSecret}`);
  print(`token URL:     ${c.tokenUrl}`);
  print(`scope:         ${c.scope}`);
  print(`API URL:       ${apiUrl}   (OpenAPI: ${apiUrl}/openapi.json)`);
  if (c.secretId) print(`secret id:     ${c.secretId}`);
  print('A token (OAuth2 client credentials, RFC 6749 § 4.4; valid 1 hour):');
  print(
    `curl -s -u '${c.clientId}:${c.clientSecret}' -d grant_type=client_credentials -d scope=${c.scope} ${c.tokenUrl}`,
  );
  print('The secret is shown this once: hand it to the provider over a secure channel, do not store it.');
};

/**
 * Registers the provider record through the API (as admin), then creates its client-credentials app client.
 * Registration first: if it is refused, no credentials exist for a provider the API does not know.
 */
export const onboardProvider = async (argv: string[], print: Print = console.log) => {
  const values = parse(argv, {
    'provider-id': { type: 'string' },
    name: { type: 'string' },
    'contact-email': { type: 'string' },
  });
  const target = await resolveTarget(values);
  const providerId = required(values, 'provider-id');
  const registered = await apiCall(target.apiUrl, target.adminToken, 'POST', '/v1/providers', {
    providerId,
    name: required(values, 'name'),
    contactEmail: required(values, 'contact-email'),
  });
  if (registered.status !== 201) {
    throw new Error(
      `registering ${providerId} failed: ${registered.status} ${JSON.stringify(registered.body)}`,
    );
  }
  const credentials = await target.credentials.create(providerId);
  // No deploy needed: the API accepts the new client's tokens at once (infra/src/api.ts).
  printCredentials(print, credentials, target.apiUrl);
  return credentials;
};

/** Adds a new secret next to the old one; `--finish <secretId>` later revokes every other secret. */
export const rotateProviderSecret = async (argv: string[], print: Print = console.log) => {
  const values = parse(argv, { 'provider-id': { type: 'string' }, finish: { type: 'string' } });
  const target = await resolveTarget(values);
  const providerId = required(values, 'provider-id');
  if (typeof values.finish === 'string') {
    const n = await target.credentials.revokeOldSecrets(providerId, values.finish);
    print(`revoked ${n} old secret(s) of ${providerId}`);
    return undefined;
  }
  const credentials = await target.credentials.rotate(providerId);
  printCredentials(print, credentials, target.apiUrl);
  print('The old secret keeps working until you run this again with --finish <secret id>.');
  return credentials;
};

/** Deletes the provider's app client: no new tokens; issued tokens expire within their hour. */
export const offboardProvider = async (argv: string[], print: Print = console.log) => {
  const values = parse(argv, { 'provider-id': { type: 'string' } });
  const target = await resolveTarget(values);
  const providerId = required(values, 'provider-id');
  // Deactivate first: from then on no case can be given to it and no reminder mails it, even if deleting
  // the app client fails and the command is run again.
  const deactivated = await apiCall(
    target.apiUrl,
    target.adminToken,
    'PATCH',
    `/v1/providers/${providerId}`,
    {
      active: false,
    },
  );
  if (deactivated.status !== 200) {
    throw new Error(
      `deactivating ${providerId} failed: ${deactivated.status} ${JSON.stringify(deactivated.body)}`,
    );
  }
  print(`deactivated ${providerId}: no new cases, no more mail to it.`);
  await target.credentials.remove(providerId);
  print(
    target.kind === 'local'
      ? `local stack: deleted the local client of ${providerId}; its secret no longer gets a token.`
      : `deleted the app client of ${providerId}; its tokens stop working within an hour. Reassign its active cases.`,
  );
};
