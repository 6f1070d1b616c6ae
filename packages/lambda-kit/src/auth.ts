import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import * as z from 'zod';
import { type Principal, type UserRole, userRoles } from './principal.ts';
import { unauthorized } from './problem.ts';

export interface AuthConfig {
  issuer: string;
  /** The resource server identifier: tokens must carry a scope `<audience>/user` or `<audience>/provider`. */
  audience: string;
  jwksUrl: string;
  /**
   * The app client staff sign in through (the web client). A user's token from any other client of the pool
   * is refused: this is the client check an API Gateway JWT authorizer's audience list made (the API has none,
   * see infra/src/api.ts). Provider clients need no list: only they get `provider_id` (pre-token trigger).
   */
  webClientId: string;
}

/**
 * Access-token claims as Cognito mints them and the pre-token trigger (`./cognito/pre-token.ts`) completes
 * them: Cognito gives users `cognito:groups` but never `email`, which the trigger adds from the user's
 * attributes; provider clients (client credentials) carry `client_id`, and the trigger adds `provider_id`.
 * The local issuer mints the same claims and runs the same trigger code.
 */
const claimsSchema = z.object({
  sub: z.string().min(1),
  token_use: z.literal('access'),
  scope: z.string(),
  client_id: z.string().optional(),
  username: z.string().optional(),
  email: z.email().optional(),
  'cognito:groups': z.array(z.string()).optional(),
  provider_id: z.string().optional(),
});

export const principalFromClaims = (
  payload: JWTPayload,
  { audience, webClientId }: Pick<AuthConfig, 'audience' | 'webClientId'>,
): Principal => {
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) throw unauthorized('The token lacks required claims.');
  const c = parsed.data;
  // A client-credentials token is the client's own: `sub` is its client id and there is no `username`.
  // Every other token is a signed-in user's, and users sign in through the web client only.
  const clientsOwn = c.client_id !== undefined && c.sub === c.client_id && c.username === undefined;
  if (!clientsOwn && c.client_id !== webClientId) throw unauthorized('The token is from another app client.');
  const scopes = c.scope.split(' ');
  if (scopes.includes(`${audience}/provider`)) {
    if (!c.provider_id || !c.client_id) throw unauthorized('The provider token has no provider.');
    return { kind: 'provider', sub: c.sub, clientId: c.client_id, providerId: c.provider_id };
  }
  if (scopes.includes(`${audience}/user`) && !clientsOwn) {
    const roles = (c['cognito:groups'] ?? []).filter((g): g is UserRole => userRoles.includes(g as UserRole));
    if (!c.email) throw unauthorized('The user token has no email.');
    return { kind: 'user', sub: c.sub, email: c.email.toLowerCase(), roles };
  }
  throw unauthorized('The token has no scope for this API.');
};

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal>;

export const createTokenVerifier = (config: AuthConfig, keys?: JWTVerifyGetKey): TokenVerifier => {
  const getKey = keys ?? createRemoteJWKSet(new URL(config.jwksUrl), { cacheMaxAge: 10 * 60_000 });
  return async (authorization) => {
    // The auth scheme is case-insensitive (RFC 7235 § 2.1): `bearer`, `BEARER` and `Bearer` are one scheme.
    const match = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw unauthorized();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], getKey, {
        issuer: config.issuer,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      }));
    } catch {
      throw unauthorized('The token is invalid or expired.');
    }
    return principalFromClaims(payload, config);
  };
};
