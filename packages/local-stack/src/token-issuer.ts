import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { z } from 'zod';

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

export interface TokenIssuer {
  issuer: string;
  audience: string;
  jwks: { keys: JWK[] };
  issue(request: TokenRequest): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }>;
}

/**
 * The local stand-in for Cognito: RS256 tokens shaped like Cognito access tokens (groups for users, a
 * client id and `provider_id` for provider clients), checked by the handlers' own verifier via its JWKS.
 */
export const createTokenIssuer = async (issuer: string, audience: string): Promise<TokenIssuer> => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const expiresIn = 3600;
  return {
    issuer,
    audience,
    jwks: { keys: [jwk] },
    async issue(r) {
      const claims =
        r.role === 'provider'
          ? { client_id: `local-${r.providerId}`, provider_id: r.providerId, scope: `${audience}/provider` }
          : { client_id: 'local-web', email: r.email, 'cognito:groups': [r.role], scope: `${audience}/user` };
      const subject = r.role === 'provider' ? `local-${r.providerId}` : `local-${r.email}`;
      const token = await new SignJWT({ ...claims, token_use: 'access' })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(issuer)
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime(`${expiresIn}s`)
        .setJti(randomUUID())
        .sign(privateKey);
      return { access_token: token, token_type: 'Bearer', expires_in: expiresIn };
    },
  };
};
