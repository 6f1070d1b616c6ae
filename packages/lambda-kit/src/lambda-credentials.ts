import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles only (an esbuild alias in
 * `lambdaBundling`, packages/wiring/src/bundling.ts). Lambda puts the execution role's credentials in the
 * environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), and the SDK's default chain
 * tries exactly that first; the rest of the chain (SSO, ini files, process, web identity, container and
 * instance metadata, and the STS/SSO clients they nest) can never answer there, yet bundling it costs
 * its code and its static `import "node:http"`, which on Node 24 loads undici at init. Tests and the
 * local stack run the sources, not bundles, and keep the SDK's full chain.
 */
export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}): ReturnType<typeof fromEnv> =>
  fromEnv(init);

// The same exports as the package it replaces, with the same meaning.
interface Expiring {
  expiration?: Date;
}
export const credentialsWillNeedRefresh = (credentials: Expiring | undefined) =>
  credentials?.expiration !== undefined;
export const credentialsTreatedAsExpired = (credentials: Expiring | undefined) =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
