import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { anyPathParamSchema, pathParamSchemas, requestBodySchemas } from '@hjemmestotte/domain';
import { MAX_BODY_BYTES } from '@hjemmestotte/lambda-kit';
import { type RouteSpec, routesOf } from '@hjemmestotte/wiring';
import * as z from 'zod';
import { requestExamples } from './examples.ts';
import { operationIdOf, tags, tagsOf } from './operations.ts';
import { responseExamples } from './response-examples.ts';
import { problemSchema } from './response-schemas.ts';
import { type RouteDoc, routeDocs } from './route-docs.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const errorResponses = (r: RouteSpec, doc: RouteDoc | undefined) => {
  const hasBody = doc?.body !== undefined;
  return {
    ...(hasBody || doc?.idempotent ? { 400: problem('Malformed JSON, wrong types or unknown fields') } : {}),
    ...(r.auth === 'jwt'
      ? { 401: problem('No or bad token'), 403: problem('Authenticated, but the role may not do this') }
      : {}),
    ...(r.path.includes('{') ? { 404: problem('Not found, or not the calling provider’s case') } : {}),
    ...(doc?.idempotent || doc?.conflict
      ? { 409: problem('Conflict (or the same Idempotency-Key still in progress)') }
      : {}),
    ...(hasBody ? { 413: problem(`Body over ${MAX_BODY_BYTES} bytes`) } : {}),
    ...(hasBody ? { 415: problem('The body is not application/json') } : {}),
    ...(hasBody || doc?.idempotent
      ? { 422: problem('Well-formed but breaks a rule (or an Idempotency-Key reused with another body)') }
      : {}),
    429: problem('Too many requests from this client at the edge; wait `Retry-After` seconds'),
    500: problem('Something went wrong on our side'),
  };
};

const pathParams = (path: string) => {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  // The same formats the HTTP edge checks (a malformed id answers 404).
  const schemaOf = (n: string) => pathParamSchemas[n] ?? anyPathParamSchema;
  return names.length ? z.object(Object.fromEntries(names.map((n) => [n, schemaOf(n)]))) : undefined;
};

export const USER_SCOPE = 'hjemmestotte-api/user';
export const PROVIDER_SCOPE = 'hjemmestotte-api/provider';

/** Staff sign in (authorization code); providers use client credentials: the scope says which. */
const securityOf = (r: RouteSpec, who: string) => {
  if (r.auth === 'none') return [];
  const out: Record<string, string[]>[] = [];
  if (/caseworker|teamleader|admin/.test(who)) out.push({ oauth2: [USER_SCOPE] });
  if (/provider/.test(who)) out.push({ oauth2: [PROVIDER_SCOPE] });
  return out.length ? out : [{ oauth2: [] }];
};

const IDEMPOTENCY = `Required: a key you choose per write (a UUID), kept with the record in your system until the API
has answered. Same key and body again: the first answer, nothing stored twice (\`Idempotent-Replayed: true\`).
Same key, other body: 422. The first request still running: 409, retry shortly with the same key. A refused
request (400/422) frees its key. Keys live 24 hours and are private to your provider.`;

const operationOf = (r: RouteSpec): RouteConfig => {
  const doc = routeDocs[`${r.method} ${r.path}`];
  // A route wired without a doc still appears, with an answer that says nothing (the completeness test fails).
  const success = doc?.success;
  const routeKey = `${r.method} ${r.path}`;
  const params = pathParams(r.path);
  const who = doc?.who ?? 'see the contract';
  const bodyName = doc?.body
    ? Object.entries(requestBodySchemas).find(([, s]) => s === doc.body)?.[0]
    : undefined;
  return {
    method: r.method.toLowerCase() as RouteConfig['method'],
    path: r.path,
    operationId: operationIdOf(r),
    tags: tagsOf(r),
    summary: doc?.summary ?? `${r.method} ${r.path}`,
    description: `${doc?.summary ?? ''}.\n\nWho may call it: ${who}.`,
    security: securityOf(r, who),
    request: {
      ...(params ? { params } : {}),
      ...(doc?.query ? { query: doc.query } : {}),
      ...(doc?.idempotent
        ? {
            headers: z.object({
              'Idempotency-Key': z
                .string()
                .min(1)
                .max(255)
                .meta({ description: IDEMPOTENCY, example: '0b9f6a3e-2f4c-4d8e-9a51-7f3c2d1e5b60' }),
            }),
          }
        : {}),
      ...(doc?.body
        ? {
            body: {
              required: true,
              description: `The request body (${bodyName ?? 'JSON'}); unknown fields are refused (400).`,
              content: {
                'application/json': {
                  schema: doc.body,
                  ...(bodyName && requestExamples[bodyName] ? { example: requestExamples[bodyName] } : {}),
                },
              },
            },
          }
        : {}),
    },
    responses: {
      [success?.status ?? 200]: {
        description: (success && z.globalRegistry.get(success.schema)?.description) ?? 'Success',
        ...(doc?.idempotent
          ? {
              headers: {
                'Idempotent-Replayed': {
                  description: '`true` when this is the stored first answer to the same key and body.',
                  schema: { type: 'string', enum: ['true'] },
                },
              },
            }
          : {}),
        ...(success
          ? {
              content: {
                'application/json': {
                  schema: success.schema,
                  ...(routeKey in responseExamples ? { example: responseExamples[routeKey] } : {}),
                },
              },
            }
          : {}),
      },
      ...errorResponses(r, doc),
    },
  };
};

export interface DocumentOptions {
  routes?: RouteSpec[];
  /** The OAuth2 endpoints' origin: the Cognito managed login in AWS, the local issuer locally. */
  oauthBaseUrl?: string;
}

/** The OpenAPI 3.1 document of every route in the wiring description, with the domain's own schemas. */
export const openApiDocument = ({ routes = routesOf(), oauthBaseUrl = '' }: DocumentOptions = {}) => {
  const registry = new OpenAPIRegistry();
  const tokenUrl = `${oauthBaseUrl}/oauth2/token`;
  registry.registerComponent('securitySchemes', 'oauth2', {
    type: 'oauth2',
    description:
      'A bearer token in `Authorization: Bearer <token>`. Providers: OAuth2 client credentials (RFC 6749 § 4.4), one client per provider issued by the municipality, id and secret in HTTP Basic. Staff: the municipality’s sign-in (authorization code with PKCE).',
    flows: {
      clientCredentials: {
        tokenUrl,
        scopes: { [PROVIDER_SCOPE]: 'A provider’s own cases: visit logs and status letters' },
      },
      authorizationCode: {
        authorizationUrl: `${oauthBaseUrl}/oauth2/authorize`,
        tokenUrl,
        scopes: {
          [USER_SCOPE]: 'Municipality staff: caseworkers, team leaders, admins',
          openid: 'Sign-in identity',
          email: 'The staff member’s work address',
        },
      },
    },
  });
  for (const r of routes) registry.registerPath(operationOf(r));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Hjemmestøtte API',
      version: '1.0.0',
      description:
        'Home support for families with children (Barnets Lov § 32, stk. 1, nr. 2): cases, the follow-ups the law requires, visit logs and status letters from providers. Errors are `application/problem+json` (RFC 9457) naming each refused field.',
      contact: { name: 'Hjemmestøtte, run by the municipality whose address served this document' },
    },
    servers: [{ url: '/', description: 'This installation: the origin that served this document' }],
    tags: [...tags],
    security: [{ oauth2: [] }],
  });
};
