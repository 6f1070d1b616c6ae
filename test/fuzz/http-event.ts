import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** An API Gateway HTTP API payload 2.0 event, as the gateway (local or AWS) hands it to the function. */
export const httpEvent = (
  routeKey: string,
  path: string,
  params: Record<string, string>,
  headers: Record<string, string>,
  body: string | undefined,
): APIGatewayProxyEventV2 => {
  const [method = 'GET'] = routeKey.split(' ');
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    pathParameters: Object.keys(params).length ? params : undefined,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'fuzz',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'fuzz' },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
  };
};

/** The path parameters a route's template names, filled from `values`. */
export const paramsOf = (template: string, values: Record<string, string>) =>
  Object.fromEntries(
    [...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, values[name!] ?? 'missing']),
  );
