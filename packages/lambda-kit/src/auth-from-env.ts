import { createTokenVerifier, type TokenVerifier } from './auth.ts';
import { env, loadConfig } from './config.ts';

let verifier: TokenVerifier | undefined;

/** The token verifier for this function, configured once from AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL. */
export const verifierFromEnv = (): TokenVerifier => {
  if (!verifier) {
    const c = loadConfig({ AUTH_ISSUER: env.url, AUTH_AUDIENCE: env.table, AUTH_JWKS_URL: env.url });
    verifier = createTokenVerifier({
      issuer: c.AUTH_ISSUER,
      audience: c.AUTH_AUDIENCE,
      jwksUrl: c.AUTH_JWKS_URL,
    });
  }
  return verifier;
};
