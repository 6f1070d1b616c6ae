import { type FunctionSpec, routesOf } from '@hjemmestotte/wiring';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Functions } from './functions.ts';
import { acknowledge } from './nag.ts';

export interface ApiProps {
  prefix: string;
  specs: FunctionSpec[];
  functions: Functions;
  logRetention: logs.RetentionDays;
}

/**
 * The HTTP API: every route of the wiring description to its function, with no gateway authorizer.
 *
 * The functions verify the token themselves (packages/lambda-kit/src/auth.ts: signature against the user
 * pool's JWKS, issuer, expiry, `token_use: access`, the `user`/`provider` scope, a user's token only from
 * the web client, and for providers the `provider_id` the pre-token trigger adds to onboarding's clients).
 *
 * Why no gateway JWT authorizer: API Gateway documents that such an authorizer answers a missing or bad
 * token itself with `401 {"message":"Unauthorized"}` and a `www-authenticate` header ("Troubleshooting
 * issues with HTTP API JWT authorizers", https://docs.aws.amazon.com/apigateway/latest/developerguide/
 * http-api-troubleshooting-jwt.html), not with the contract's problem+json, and HTTP APIs have no gateway
 * responses to change that. The same page: the token's `aud`, or `client_id` when there is no `aud` (Cognito
 * access tokens), "must match one of the audience entries that's configured for the authorizer": a list
 * fixed at deploy, so a provider client made by onboarding would be refused until the next deploy.
 *
 * The cost: a request without a valid token now runs a function (which refuses it before any read; the JWKS
 * is cached). The WAF at CloudFront rate-limits callers per token and per IP, and the stage throttle below bounds
 * requests sent to the execute-api address directly, past the WAF.
 */
export class Api extends Construct {
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      apiName: `${props.prefix}-api`,
      createDefaultStage: false,
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new apigwv2.HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      // Standard fields only: request id, ip, method, path, status, latency; never a body or a claim.
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: apigw.AccessLogFormat.jsonWithStandardFields(),
      },
    });
    const integrationOf = new Map<string, integrations.HttpLambdaIntegration>();
    for (const route of routesOf(props.specs)) {
      const target = props.functions.byId.get(route.functionId);
      if (!target) throw new Error(`route ${route.routeKey}: no function ${route.functionId}`);
      let integration = integrationOf.get(route.functionId);
      if (!integration) {
        integration = new integrations.HttpLambdaIntegration(`Integration-${route.functionId}`, target.fn);
        integrationOf.set(route.functionId, integration);
      }
      const routes = this.httpApi.addRoutes({
        path: route.path,
        methods: [route.method as apigwv2.HttpMethod],
        integration,
        authorizer: new apigwv2.HttpNoneAuthorizer(),
      });
      const reason =
        route.auth === 'none'
          ? `${route.routeKey} is public by design (contract: anyone).`
          : `${route.routeKey}: the function verifies the bearer token (signature, issuer, expiry, scope, client) and answers 401 problem+json as the contract requires, which a gateway JWT authorizer cannot; the WAF and the stage throttle bound the cost.`;
      for (const r of routes) acknowledge(r, 'AwsSolutions-APIG4', reason);
    }
  }

  get url(): string {
    return this.stage.url;
  }
}
