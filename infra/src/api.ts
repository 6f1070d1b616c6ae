import { type FunctionSpec, routesOf } from '@hjemmestotte/wiring';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PROVIDER_SCOPE, USER_SCOPE } from './admin/names.ts';
import type { Functions } from './functions.ts';
import { acknowledge } from './nag.ts';

export interface ApiProps {
  prefix: string;
  specs: FunctionSpec[];
  functions: Functions;
  issuer: string;
  authorizerAudience: string[];
  /** Cognito tokens carry scopes from the resource server; an external OIDC issuer may not. */
  requireScopes: boolean;
  logRetention: logs.RetentionDays;
}

/**
 * The HTTP API: every route of the wiring description to its function. `auth: 'jwt'` routes sit behind the
 * JWT authorizer (the handlers verify the token again and decide the role); `auth: 'none'` routes are public.
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
    const authorizer = new authorizers.HttpJwtAuthorizer('Jwt', props.issuer, {
      jwtAudience: props.authorizerAudience,
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
        ...(route.auth === 'jwt'
          ? {
              authorizer,
              ...(props.requireScopes ? { authorizationScopes: [USER_SCOPE, PROVIDER_SCOPE] } : {}),
            }
          : { authorizer: new apigwv2.HttpNoneAuthorizer() }),
      });
      if (route.auth === 'none') {
        for (const r of routes) {
          acknowledge(r, 'AwsSolutions-APIG4', `${route.routeKey} is public by design (contract: anyone).`);
        }
      }
    }
  }

  get url(): string {
    return this.stage.url;
  }
}
