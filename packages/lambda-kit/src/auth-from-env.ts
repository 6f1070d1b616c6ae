import * as z from 'zod';
import { createTokenVerifier, type TokenVerifier } from './auth.ts';
import { env, loadConfig } from './config.ts';

let verifier: TokenVerifier | undefined;

/** The token verifier for this function, configured once from AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL, AUTH_WEB_CLIENT_ID. */
export const verifierFromEnv = (): TokenVerifier => {
  if (!verifier) {
    const c = loadConfig({
      AUTH_ISSUER: env.url,
      AUTH_AUDIENCE: env.table,
      AUTH_JWKS_URL: env.url,
      AUTH_WEB_CLIENT_ID: z.string().min(1),
    });
    verifier = createTokenVerifier({
      issuer: c.AUTH_ISSUER,
      audience: c.AUTH_AUDIENCE,
      jwksUrl: c.AUTH_JWKS_URL,
      webClientId: c.AUTH_WEB_CLIENT_ID,
    });
  }
  return verifier;
};
