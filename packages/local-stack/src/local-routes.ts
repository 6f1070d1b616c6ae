import { fieldErrors } from '@hjemmestotte/lambda-kit';
import * as z from 'zod';
import type { LocalRoutes } from './gateway.ts';
import type { OAuth2 } from './oauth2.ts';
import type { createScheduler } from './scheduler.ts';
import { type TokenIssuer, tokenRequestSchema } from './token-issuer.ts';

const runSchema = z.object({ at: z.iso.datetime({ offset: true }) }).strict();
const clientSchema = z.object({ providerId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/) }).strict();

const problem = (status: number, detail: string, errors?: unknown) => ({
  type: 'about:blank',
  title: status === 404 ? 'Not found' : 'Invalid request',
  status,
  detail,
  ...(errors ? { errors } : {}),
});

/** The endpoints that exist only in the local stack (contract: "The local stack"). */
export const localRoutes = (
  issuer: TokenIssuer,
  scheduler: ReturnType<typeof createScheduler>,
  oauth2: OAuth2,
): LocalRoutes => ({
  'POST /_local/token': async (body) => {
    const parsed = tokenRequestSchema.safeParse(body);
    if (!parsed.success) return [400, problem(400, 'invalid token request', fieldErrors(parsed.error))];
    return [200, await issuer.issue(parsed.data)];
  },
  'GET /_local/jwks.json': async () => [200, issuer.jwks],
  // Where Cognito serves the keys, relative to the issuer (`<iss>/.well-known/jwks.json`).
  'GET /_local/.well-known/jwks.json': async () => [200, issuer.jwks],
  // Like Cognito's CreateUserPoolClient for a provider: a client-credentials client with a new secret.
  'POST /_local/clients': async (body) => {
    const parsed = clientSchema.safeParse(body);
    if (!parsed.success) return [400, problem(400, 'invalid client request', fieldErrors(parsed.error))];
    return [
      201,
      { ...oauth2.registerProviderClient(parsed.data.providerId), providerId: parsed.data.providerId },
    ];
  },
  // Like DeleteUserPoolClient (offboarding): the client's secret gets no token any more.
  'DELETE /_local/clients/{providerId}': async (_body, params) =>
    oauth2.removeProviderClient(params.providerId ?? '')
      ? [204, undefined]
      : [404, problem(404, 'no such client')],
  'POST /_local/schedules/{name}/run': async (body, params) => {
    const parsed = runSchema.safeParse(body);
    if (!parsed.success)
      return [400, problem(400, 'at must be an ISO 8601 instant', fieldErrors(parsed.error))];
    const summary = await scheduler.run(params.name ?? '', parsed.data.at);
    if (summary === undefined) return [404, problem(404, `no schedule ${params.name}`)];
    return [200, summary];
  },
});
