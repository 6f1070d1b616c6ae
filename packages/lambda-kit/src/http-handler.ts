import { anyPathParamSchema, cprLikeViolations, pathParamSchemas } from '@hjemmestotte/domain';
import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import type { TokenVerifier } from './auth.ts';
import { logger } from './logger.ts';
import { hasRole, type Principal, type Role } from './principal.ts';
import {
  badRequest,
  forbidden,
  HttpProblem,
  notFound,
  payloadTooLarge,
  problemBody,
  unprocessable,
  unsupportedMediaType,
} from './problem.ts';
import { fieldErrors } from './zod-errors.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export interface HttpRequest<B = unknown, P extends Principal | undefined = Principal> {
  principal: P;
  params: Record<string, string>;
  query: Record<string, string>;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: B;
  /** The body exactly as received, for idempotency fingerprints. */
  rawBody: string | undefined;
  requestId: string;
}

export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A body sent as it is instead of JSON (e.g. CSV); `headers` then carry its content-type. */
  text?: string;
}

export interface RouteDef<S extends z.ZodType | undefined = undefined> {
  /** Who may call it; `public` skips token verification (only `/openapi.json`). */
  roles: readonly Role[] | 'public';
  body?: S;
  /**
   * Path parameter formats where a route differs from the shared table (`pathParamSchemas` in the
   * domain, keyed by name). A parameter that fails its format answers 404: it cannot name anything.
   */
  params?: Readonly<Record<string, z.ZodType<string>>>;
  run(req: HttpRequest<S extends z.ZodType ? z.infer<S> : undefined>, context: Context): Promise<HttpResult>;
}

/** Keeps the body's type attached to its schema at each route definition. */
export const route = <S extends z.ZodType | undefined = undefined>(def: RouteDef<S>): RouteDef<S> => def;

// biome-ignore lint/suspicious/noExplicitAny: a table of routes with differing body types
export type RouteTable = Record<string, RouteDef<any>>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}, problem = false) => ({
  statusCode: status,
  headers: { 'content-type': problem ? 'application/problem+json' : 'application/json', ...headers },
  body: body === undefined ? '' : JSON.stringify(body),
});

/** Maps every thrown error to problem+json in one place; a 5xx never shows internals. */
export const problemErrors = (): MiddlewareObj<
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2
> => ({
  onError: async (request) => {
    const error = request.error;
    if (error instanceof HttpProblem) {
      request.response = json(error.status, problemBody(error), error.headers, true);
      return;
    }
    logger.error('unhandled error', { routeKey: request.event.routeKey, error: error as Error });
    const internal = new HttpProblem(500, 'Internal error', 'Something went wrong on our side.');
    request.response = json(500, problemBody(internal), {}, true);
  },
});

const readBody = (event: APIGatewayProxyEventV2): string | undefined => {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) throw payloadTooLarge(MAX_BODY_BYTES);
  return raw;
};

/**
 * Bodies are JSON and nothing else: `application/json`, optionally with `charset=utf-8` (the only
 * encoding read). A form or text body is refused before it is read, naming the header.
 */
export const isJsonContentType = (value: string | undefined): boolean => {
  if (value === undefined) return false;
  const [type = '', ...parameters] = value.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((p) => {
    const [name, raw = ''] = p.split('=').map((x) => x.trim());
    if (name !== 'charset') return true;
    return raw.replace(/^"(.*)"$/, '$1') === 'utf-8';
  });
};

const parseBody = (schema: z.ZodType, raw: string | undefined): unknown => {
  let value: unknown;
  try {
    value = raw === undefined ? undefined : JSON.parse(raw);
  } catch {
    throw badRequest([{ path: '', message: 'the body is not valid JSON' }], 'Malformed JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequest(fieldErrors(parsed.error));
  return parsed.data;
};

/** Every path parameter checked against its format before anything reads the table with it. */
const checkParams = (
  raw: Record<string, string | undefined> | undefined,
  overrides: RouteDef['params'],
): Record<string, string> => {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    const schema = overrides?.[name] ?? pathParamSchemas[name] ?? anyPathParamSchema;
    const parsed = schema.safeParse(value ?? '');
    // The message names the parameter, never its value (it may be 2,000 characters of anything).
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'malformed';
      throw notFound(`No such ${name}.`, [{ path: name, message }]);
    }
    params[name] = parsed.data;
  }
  return params;
};

/**
 * A query value longer than this is no search anyone means; it would only reach a key or a filter (a
 * 2,048-byte DynamoDB key limit is a 500 waiting to happen). Cursors this API issues are far shorter.
 */
export const MAX_QUERY_VALUE_LENGTH = 1024;

const checkQuery = (raw: Record<string, string | undefined> | undefined): Record<string, string> => {
  const query: Record<string, string> = {};
  for (const [name, value = ''] of Object.entries(raw ?? {})) {
    if (value.length > MAX_QUERY_VALUE_LENGTH || name.length > 64) {
      const path = name.length > 64 ? '(query)' : name;
      throw badRequest([{ path, message: `must be at most ${MAX_QUERY_VALUE_LENGTH} characters` }]);
    }
    query[name] = value;
  }
  return query;
};

const lowerKeys = (h: Record<string, string | undefined> | undefined) =>
  Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k.toLowerCase(), v ?? '']));

export interface HttpHandlerOptions {
  routes: RouteTable;
  /** Created lazily so a public-only function needs no auth configuration. */
  verifier: () => TokenVerifier;
  middlewares?: MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>[];
}

/** The Lambda entry for an API function: a thin adapter from payload 2.0 events to route use cases. */
export const createHttpHandler = ({ routes, verifier, middlewares = [] }: HttpHandlerOptions) => {
  const base = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>().use(problemErrors());
  for (const m of middlewares) base.use(m);
  return base.handler(async (event, context) => {
    const def = routes[event.routeKey];
    if (!def) throw notFound(`No route ${event.routeKey}.`);
    const headers = lowerKeys(event.headers);
    let principal: Principal | undefined;
    if (def.roles !== 'public') {
      principal = await verifier()(headers.authorization);
      if (!hasRole(principal, def.roles)) throw forbidden();
    }
    const params = checkParams(event.pathParameters, def.params);
    const query = checkQuery(event.queryStringParameters);
    if (def.body && !isJsonContentType(headers['content-type'])) throw unsupportedMediaType();
    const rawBody = readBody(event);
    const body = def.body ? parseBody(def.body, rawBody) : undefined;
    // No field anywhere takes a CPR number (the contract): checked once here, so a route that forgets
    // (a provider's name did) cannot store one.
    const cpr = cprLikeViolations(body);
    if (cpr.length > 0) throw unprocessable(cpr);
    const result = await def.run(
      {
        // Public routes get no principal and must not read it.
        principal: principal as Principal,
        params,
        query,
        headers,
        body,
        rawBody,
        requestId: context.awsRequestId,
      },
      context,
    );
    logger.info('request', { routeKey: event.routeKey, status: result.status });
    if (result.text !== undefined) {
      return { statusCode: result.status, headers: { ...result.headers }, body: result.text };
    }
    return json(result.status, result.body, result.headers);
  });
};
