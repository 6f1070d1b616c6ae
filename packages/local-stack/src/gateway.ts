import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type RateLimit, rateLimitedResponse, routesOf, securityHeaders } from '@hjemmestotte/wiring';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { FunctionRuntime } from './function-runtime.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { readBody, sendJson } from './read-body.ts';
import { createRouteMatcher } from './route-match.ts';
import { isApiPath } from './web-files.ts';

/** Serves the web app's files for a non-API GET; false when there is nothing to serve. */
export type WebFiles = (path: string, res: ServerResponse) => Promise<boolean>;

/** Endpoints that answer with any status, headers and body (the local OAuth2 endpoints); undefined: not theirs. */
export type RawEndpoints = (
  req: IncomingMessage,
  url: URL,
  body: string,
) => Promise<{ status: number; headers: Record<string, string>; body: string } | undefined>;

/** Local-only endpoints (`/_local/...`): never part of a deployment. */
export type LocalRoutes = Record<
  string,
  (body: unknown, params: Record<string, string>) => Promise<[number, unknown]>
>;

// API Gateway itself refuses bodies over 10 MB; the handlers enforce the API's own 64 KiB limit.
const GATEWAY_BODY_LIMIT = 10 * 1024 * 1024;

const toEvent = (
  req: IncomingMessage,
  url: URL,
  routeKey: string,
  params: Record<string, string>,
  body: string | undefined,
): APIGatewayProxyEventV2 => {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query = Object.fromEntries(url.searchParams);
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.searchParams.toString(),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: Object.keys(params).length ? params : undefined,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
  };
};

/** Stand-in for API Gateway HTTP API: the wiring's routes become payload 2.0 events for their functions. */
export const startGateway = async (
  port: number,
  runtime: FunctionRuntime,
  local: LocalRoutes,
  /** The edge's rate limits (WAF in AWS): packages/wiring/src/edge.ts. */
  limits: readonly RateLimit[],
  web?: WebFiles,
  /** Cognito's managed-login paths (`/oauth2/*`, `/logout`), served by the local issuer. */
  raw?: RawEndpoints,
): Promise<{ url: string; stop(): Promise<void> }> => {
  const limiter = createRateLimiter(limits);
  // Same origin for app, API and sign-in locally, so the policy needs no other origin.
  const headers = securityHeaders();
  const match = createRouteMatcher(routesOf(runtime.specs));
  const matchLocal = createRouteMatcher(
    Object.keys(local).map((k) => {
      const [method = '', path = ''] = k.split(' ');
      return { method, path, key: k };
    }),
  );
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      const method = req.method ?? 'GET';
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      const client = {
        path: url.pathname,
        authorization: req.headers.authorization,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
      };
      if (limiter.limited(client)) {
        res.writeHead(rateLimitedResponse.status, {
          'content-type': rateLimitedResponse.contentType,
          'retry-after': String(rateLimitedResponse.retryAfterSeconds),
        });
        return res.end(rateLimitedResponse.body);
      }
      const body = await readBody(req, GATEWAY_BODY_LIMIT);
      if (body === undefined) return sendJson(res, 413, { message: 'Request Entity Too Large' });
      const rawOut = raw ? await raw(req, url, body) : undefined;
      if (rawOut) {
        res.writeHead(rawOut.status, rawOut.headers);
        return res.end(rawOut.body);
      }
      const localHit = matchLocal(method, url.pathname);
      if (localHit) {
        let parsed: unknown;
        try {
          parsed = body ? JSON.parse(body) : {};
        } catch {
          return sendJson(res, 400, { message: 'malformed JSON' });
        }
        const [status, out] = await local[localHit.route.key]!(parsed, localHit.params);
        return sendJson(res, status, out);
      }
      const hit = match(method, url.pathname);
      if (!hit && web && (method === 'GET' || method === 'HEAD') && !isApiPath(url.pathname))
        if (await web(url.pathname, res)) return;
      if (!hit) return sendJson(res, 404, { message: 'Not Found' });
      const event = toEvent(req, url, hit.route.routeKey, hit.params, body || undefined);
      const out = (await runtime.invoke(hit.route.functionId, event)) as APIGatewayProxyStructuredResultV2;
      res.writeHead(out.statusCode ?? 200, out.headers as Record<string, string>);
      res.end(out.body ?? '');
    } catch (e) {
      console.error('[gateway]', (e as Error).message);
      sendJson(res, 500, { message: 'Internal Server Error' });
    }
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
