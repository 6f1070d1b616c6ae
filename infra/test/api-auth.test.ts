import {
  environmentOf,
  type FunctionSpec,
  functions,
  loadMunicipality,
  routesOf,
} from '@hjemmestotte/wiring';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { refId, resourcesOf, synthMunicipality } from './synth.ts';

// The contract: every error is problem+json, and 401 is "no or bad token". An HTTP API JWT authorizer
// answers a missing or bad token itself with `401 {"message":"Unauthorized"}` (API Gateway developer guide,
// "Troubleshooting issues with HTTP API JWT authorizers",
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html), and HTTP APIs have no gateway responses to
// change that. So no route may have one; the function behind it must refuse the token itself.

// biome-ignore lint/suspicious/noExplicitAny: walking untyped CloudFormation JSON; the assertions are the type check.
type Props = Record<string, any>;

describe('who refuses a bad token in AWS', () => {
  const { template } = synthMunicipality('demo');
  const guarded = functions.filter((f) => f.routes?.some((r) => r.auth === 'jwt'));

  it('no route has a gateway authorizer or authorization scopes: every request reaches its function', () => {
    expect(Object.keys(resourcesOf(template, 'AWS::ApiGatewayV2::Authorizer'))).toEqual([]);
    const routes = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Route')) as {
      Properties: Props;
    }[];
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(
      routesOf()
        .map((r) => r.routeKey)
        .sort(),
    );
    for (const r of routes) {
      expect(r.Properties.AuthorizationType ?? 'NONE', r.Properties.RouteKey).toBe('NONE');
      expect(r.Properties.AuthorizerId, r.Properties.RouteKey).toBeUndefined();
      expect(r.Properties.AuthorizationScopes, r.Properties.RouteKey).toBeUndefined();
    }
  });

  // The client check the authorizer's audience list made now lives in the functions: each guarded function
  // is told the pool's web client, the one client users' tokens may come from.
  it('tells every function that verifies tokens the web client of its own pool', () => {
    const clients = Object.entries(resourcesOf(template, 'AWS::Cognito::UserPoolClient'));
    const web = clients.find(([, c]) => c.Properties?.ClientName === 'web');
    expect(web).toBeDefined();
    const fns = Object.values(resourcesOf(template, 'AWS::Lambda::Function')) as { Properties: Props }[];
    const verifying = fns.filter((f) => f.Properties.Environment?.Variables?.AUTH_ISSUER);
    expect(verifying.length).toBeGreaterThanOrEqual(guarded.length);
    for (const f of verifying) {
      expect(refId(f.Properties.Environment.Variables.AUTH_WEB_CLIENT_ID), f.Properties.FunctionName).toBe(
        web![0],
      );
    }
  });

  // The deployed entry modules themselves, configured as CDK configures them (the variable names are pinned
  // against the template in stack.test.ts), called with the payload 2.0 event API Gateway sends.
  const policy = loadMunicipality('demo').policy;
  const issuer = 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_Example';
  const environment = (spec: FunctionSpec) =>
    environmentOf(spec, {
      tableNames: { main: 'main', audit: 'audit', idempotency: 'idempotency' },
      eventBusName: 'bus',
      senderEmail: 'noreply@kommune.example',
      sesConfigurationSet: 'set',
      auth: {
        issuer,
        audience: 'hjemmestotte-api',
        jwksUrl: `${issuer}/.well-known/jwks.json`,
        webClientId: 'web-client',
      },
      common: {
        MUNICIPALITY_ID: 'demo',
        MUNICIPALITY_POLICY: JSON.stringify(policy),
        CASE_LINK_TEMPLATE: '',
        WEB_ORIGIN: 'https://app.kommune.example',
        DEFAULT_TEAM_LEADER_EMAIL: 'teamleder@kommune.example',
        ADMIN_EMAIL: 'admin@kommune.example',
        OAUTH_BASE_URL: 'https://login.kommune.example',
      },
    });

  it.each(guarded.map((f) => [f.id, f] as const))(
    '%s answers no token, another scheme and a malformed token with 401 problem+json on every guarded route',
    async (_id, spec) => {
      Object.assign(process.env, environment(spec));
      const entry = new URL(`../../${spec.entry}`, import.meta.url).href;
      const { handler } = (await import(/* @vite-ignore */ entry)) as {
        handler: (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;
      };
      for (const r of spec.routes!.filter((x) => x.auth === 'jwt')) {
        for (const authorization of [undefined, 'Basic YTpi', 'Bearer not.a.jwt']) {
          const out = await handler(
            {
              version: '2.0',
              routeKey: `${r.method} ${r.path}`,
              rawPath: r.path,
              headers: {
                'content-type': 'application/json',
                ...(authorization ? { authorization } : {}),
              },
              pathParameters: Object.fromEntries(
                [...r.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, 'x1']),
              ),
              body: r.method === 'GET' ? undefined : '{}',
              isBase64Encoded: false,
            } as unknown as APIGatewayProxyEventV2,
            { awsRequestId: 'req-1' } as Context,
          );
          const label = `${r.method} ${r.path} with ${authorization ?? 'no token'}`;
          expect(out.statusCode, label).toBe(401);
          expect(out.headers?.['content-type'], label).toBe('application/problem+json');
          expect(JSON.parse(out.body!), label).toMatchObject({ status: 401, title: 'Unauthorized' });
        }
      }
    },
  );
});
