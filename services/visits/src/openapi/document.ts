import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { anyPathParamSchema, pathParamSchemas } from '@hjemmestotte/domain';
import { MAX_BODY_BYTES } from '@hjemmestotte/lambda-kit';
import { type RouteSpec, routesOf } from '@hjemmestotte/wiring';
import { z } from 'zod';
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
    500: problem('Something went wrong on our side'),
  };
};

const pathParams = (path: string) => {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  // The same formats the HTTP edge checks (a malformed id answers 404).
  const schemaOf = (n: string) => pathParamSchemas[n] ?? anyPathParamSchema;
  return names.length ? z.object(Object.fromEntries(names.map((n) => [n, schemaOf(n)]))) : undefined;
};

const operationOf = (r: RouteSpec): RouteConfig => {
  const doc = routeDocs[`${r.method} ${r.path}`];
  const success = doc?.success ?? { status: 200 };
  const params = pathParams(r.path);
  return {
    method: r.method.toLowerCase() as RouteConfig['method'],
    path: r.path,
    summary: doc?.summary ?? `${r.method} ${r.path}`,
    description: `Who: ${doc?.who ?? 'see the contract'}.`,
    ...(r.auth === 'none' ? { security: [] } : {}),
    request: {
      ...(params ? { params } : {}),
      ...(doc?.idempotent
        ? {
            headers: z.object({
              'Idempotency-Key': z.string().min(1).max(255).meta({
                description: 'Required. Retry with the same key and body to get the first answer again.',
              }),
            }),
          }
        : {}),
      ...(doc?.body
        ? { body: { required: true, content: { 'application/json': { schema: doc.body } } } }
        : {}),
    },
    responses: {
      [success.status]: {
        description: 'Success',
        content: { 'application/json': { schema: success.schema ?? z.looseObject({}) } },
      },
      ...errorResponses(r, doc),
    },
  };
};

/** The OpenAPI 3.1 document of every route in the wiring description, with the domain's own schemas. */
export const openApiDocument = (routes: RouteSpec[] = routesOf()) => {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'Users: the municipality’s sign-in. Providers: OAuth2 client credentials, one client each.',
  });
  for (const r of routes) registry.registerPath(operationOf(r));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Hjemmestøtte API',
      version: '1.0.0',
      description: 'Home support for families with children: cases, follow-ups, visit logs.',
    },
    security: [{ bearer: [] }],
  });
};
