import { apiPathPatterns, securityHeaders } from '@hjemmestotte/wiring';
import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge } from './nag.ts';

export interface EdgeProps {
  prefix: string;
  /** `https://<id>.execute-api.<region>.amazonaws.com`: the HTTP API's default endpoint. */
  apiEndpoint: string;
  /** The WAF web ACL (us-east-1) with the edge's rate limits. */
  webAclArn: string;
  /** Where the app sends its token requests and sign-in forms: the Cognito managed-login origin. */
  authOrigins: string[];
  /** The municipality's own address and its us-east-1 certificate; none: CloudFront's own address. */
  domain?: { origin: string; certificateArn: string };
  /** The built web app (packages/web/dist) and what its `/config.json` says. */
  web: { assetsDir: string; config: Record<string, string> };
}

/** Serves a path without a file extension as the app's index.html, so deep links (`/sager/<id>`) load the app. */
const spaRewrite = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/**
 * One origin for the web app and the API (no CORS): CloudFront serves the app's static files from a private
 * bucket (origin access control) and sends `/v1/*` and `/openapi.json` to the HTTP API uncached. The WAF web
 * ACL limits each client; every answer carries the security headers of the edge description.
 */
export class Edge extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: EdgeProps) {
    super(scope, id);
    const logs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes through bucket ACLs.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(logs, 'AwsSolutions-S1', 'This is the access-log bucket; logging it to itself would loop.');

    // The app's files are public by nature (they are what every browser downloads): S3-managed encryption
    // suffices; case data never lands here.
    this.bucket = new s3.Bucket(this, 'WebApp', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'web-app-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = securityHeaders(props.authOrigins);
    const { 'strict-transport-security': _hsts, 'content-security-policy': csp, ...rest } = headers;
    const responseHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      responseHeadersPolicyName: `${props.prefix}-security-headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: csp ?? '', override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: rest['permissions-policy'] ?? '', override: true },
        ],
      },
    });

    const api = new origins.HttpOrigin(Fn.select(2, Fn.split('/', props.apiEndpoint)), {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
    });
    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: api,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      // Answers depend on the token and hold case data: never cached at the edge.
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: responseHeaders,
    };

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `${props.prefix}: web app and API`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: responseHeaders,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: new cloudfront.Function(this, 'SpaRewrite', {
              code: cloudfront.FunctionCode.fromInline(spaRewrite),
              runtime: cloudfront.FunctionRuntime.JS_2_0,
            }),
          },
        ],
      },
      additionalBehaviors: Object.fromEntries(apiPathPatterns.map((p) => [p, apiBehavior])),
      webAclId: props.webAclArn,
      ...(props.domain
        ? {
            domainNames: [new URL(props.domain.origin).host],
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      // Europe and North America edges only; the API's answers are never cached anywhere.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
    });
    // The app and its configuration, replaced whole on each deploy; the distribution's copies invalidated.
    const deployment = new s3deploy.BucketDeployment(this, 'WebAppFiles', {
      destinationBucket: this.bucket,
      sources: [
        s3deploy.Source.asset(props.web.assetsDir),
        s3deploy.Source.jsonData('config.json', props.web.config),
      ],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 512,
    });
    this.acknowledgeDeploymentHandler(deployment);
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'Staff and providers work from anywhere (travel, home); access is by token, not by country.',
    );
    if (!props.domain)
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'CloudFront’s own *.cloudfront.net certificate has a fixed TLSv1 policy; with the municipality’s own webOrigin and certificate the distribution requires TLSv1.2_2021.',
      );
    this.domain = props.domain;
  }

  /**
   * CDK's bucket-deployment handler: a singleton custom-resource function at the stack's root, run by
   * CloudFormation during deploys only, with the policy CDK writes for it. Each finding acknowledged on that
   * function and its role alone, never stack-wide.
   */
  private acknowledgeDeploymentHandler(deployment: s3deploy.BucketDeployment) {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('the bucket deployment handler was not found');
    const deployOnly =
      'CDK’s bucket-deployment handler runs only during a deploy, invoked synchronously by CloudFormation';
    const s3 = (what: string) =>
      `${what}: CDK’s own grant for copying the app from the asset bucket into the app bucket (read assets, write and prune the app).`;
    for (const action of ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'])
      acknowledge(handler, `AwsSolutions-IAM5[Action::${action}]`, s3(action));
    acknowledge(
      handler,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*]`,
      s3('The CDK asset bucket'),
    );
    acknowledge(
      handler,
      `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/*]`,
      s3('The app bucket’s objects'),
    );
    acknowledge(
      handler,
      'AwsSolutions-IAM5[Resource::*]',
      'cloudfront:CreateInvalidation/GetInvalidation, which CDK grants for the invalidation after each deploy.',
    );
    acknowledge(
      handler,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      `${deployOnly}; the managed policy only lets it write its own logs.`,
    );
    acknowledge(
      handler,
      'AwsSolutions-L1',
      `${deployOnly}; CDK pins its runtime and updates it with aws-cdk-lib.`,
    );
    acknowledge(handler, 'Serverless-LambdaLatestVersion', `${deployOnly}; CDK pins its runtime.`);
    acknowledge(handler, 'Serverless-LambdaDLQ', `${deployOnly}; CloudFormation reports a failure itself.`);
    acknowledge(
      handler,
      'Serverless-LambdaTracing',
      `${deployOnly}; BucketDeployment offers no tracing option.`,
    );
    return deployment;
  }

  private readonly domain?: { origin: string };

  /** Where the app is: the municipality's own origin, else CloudFront's address. */
  get url(): string {
    if (this.domain) return this.domain.origin;
    return `https://${this.distribution.distributionDomainName}`;
  }
}
