import { createHash, randomUUID } from 'node:crypto';
import { preTokenOverrides, providerClientName, type RoleMapping } from '@hjemmestotte/lambda-kit/pre-token';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import * as z from 'zod';
import {
  applyOverrides,
  type Claims,
  clientAccessClaims,
  type LocalUser,
  newSession,
  preTokenEvent,
  type Session,
  userAccessClaims,
  userIdClaims,
} from './cognito-claims.ts';

/** What `POST /_local/token` takes. */
export const tokenRequestSchema = z
  .object({
    role: z.enum(['caseworker', 'teamleader', 'admin', 'provider']),
    email: z.email().optional(),
    providerId: z.string().min(1).optional(),
  })
  .strict()
  .refine((r) => r.role !== 'provider' || r.providerId, {
    message: 'providerId is required',
    path: ['providerId'],
  })
  .refine((r) => r.role === 'provider' || r.email, { message: 'email is required', path: ['email'] });

export type TokenRequest = z.infer<typeof tokenRequestSchema>;

/** The local user pool's public web client (authorization code with PKCE, no secret), as in AWS. */
export const WEB_CLIENT_ID = 'web';
/** The local provider app client of a provider (Cognito generates the id in AWS). */
export const localProviderClientId = (providerId: string) => `local-${providerId}`;

/** A Cognito-style user for a local sign-in: a stable UUID `sub` (= username) per email, one group. */
export const localUser = (email: string, role: string): LocalUser => {
  const h = createHash('sha256').update(email.toLowerCase()).digest('hex');
  const sub = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return { sub, username: sub, attributes: { sub, email, email_verified: 'true' }, groups: [role] };
};

export interface UserTokens {
  access_token: string;
  id_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

export interface TokenIssuer {
  issuer: string;
  audience: string;
  jwks: { keys: JWK[] };
  /** `POST /_local/token`: a user sign-in or a provider's client credentials, minted like Cognito. */
  issue(request: TokenRequest): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }>;
  /** A user's tokens for a client, as Cognito mints them after sign-in or refresh. */
  issueUser(
    clientId: string,
    user: LocalUser,
    scopes: string[],
    triggerSource: string,
    session: Session,
  ): Promise<UserTokens>;
  /** A client-credentials access token; `clientName` decides `provider_id` through the trigger. */
  issueClient(
    clientId: string,
    clientName: string,
    scopes: string[],
  ): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }>;
  /** The claims Cognito would sign (before and after the trigger), for tests that pin the claim set. */
  claimsFor(
    clientId: string,
    user: LocalUser | undefined,
    clientName: string | undefined,
    scopes: string[],
    triggerSource: string,
  ): { before: Claims; after: Claims };
}

/**
 * The local stand-in for Cognito: RS256 tokens with exactly the claims Cognito mints, then the same
 * pre-token-generation trigger code AWS runs (`@hjemmestotte/lambda-kit/pre-token`), checked by the
 * handlers' own verifier via this issuer's JWKS.
 */
export const createTokenIssuer = async (
  issuer: string,
  audience: string,
  roleMapping: RoleMapping = {},
): Promise<TokenIssuer> => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const expiresIn = 3600;
  const userPoolId = 'local_pool';
  const sign = (claims: Claims) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
  const seconds = () => Math.floor(Date.now() / 1000);

  const claimsFor: TokenIssuer['claimsFor'] = (clientId, user, clientName, scopes, triggerSource) => {
    const now = seconds();
    const before = user
      ? userAccessClaims(issuer, clientId, user, scopes, newSession(now), now, expiresIn)
      : clientAccessClaims(issuer, clientId, scopes, now, expiresIn);
    const event = preTokenEvent(triggerSource, userPoolId, clientId, scopes, user);
    const details = preTokenOverrides(event, { clientName, roleMapping });
    return { before, after: applyOverrides(before, undefined, details).access };
  };

  const issueUser: TokenIssuer['issueUser'] = async (clientId, user, scopes, triggerSource, session) => {
    const now = seconds();
    const event = preTokenEvent(triggerSource, userPoolId, clientId, scopes, user);
    const details = preTokenOverrides(event, { roleMapping });
    const { access, id } = applyOverrides(
      userAccessClaims(issuer, clientId, user, scopes, session, now, expiresIn),
      userIdClaims(issuer, clientId, user, session, now, expiresIn),
      details,
    );
    return {
      access_token: await sign(access),
      id_token: await sign(id ?? {}),
      token_type: 'Bearer',
      expires_in: expiresIn,
    };
  };

  const issueClient: TokenIssuer['issueClient'] = async (clientId, clientName, scopes) => {
    const { after } = claimsFor(clientId, undefined, clientName, scopes, 'TokenGeneration_ClientCredentials');
    return { access_token: await sign(after), token_type: 'Bearer', expires_in: expiresIn };
  };

  return {
    issuer,
    audience,
    jwks: { keys: [jwk] },
    claimsFor,
    issueUser,
    issueClient,
    async issue(r) {
      if (r.role === 'provider') {
        const providerId = r.providerId ?? '';
        return issueClient(localProviderClientId(providerId), providerClientName(providerId), [
          `${audience}/provider`,
        ]);
      }
      const scopes = ['openid', 'email', `${audience}/user`];
      const user = localUser(r.email ?? '', r.role);
      const tokens = await issueUser(
        WEB_CLIENT_ID,
        user,
        scopes,
        'TokenGeneration_HostedAuth',
        newSession(seconds()),
      );
      return { access_token: tokens.access_token, token_type: 'Bearer', expires_in: tokens.expires_in };
    },
  };
};
