import { type RateLimit, rateLimitedResponse, rateLimits } from '@hjemmestotte/wiring';
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

const visibility = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: false,
  metricName,
});

/** A rate-based statement of the edge description: per bearer token or per source address. */
const rateStatement = (r: RateLimit): wafv2.CfnWebACL.StatementProperty => ({
  rateBasedStatement: {
    limit: r.limit,
    evaluationWindowSec: r.windowSeconds,
    ...(r.key === 'ip'
      ? { aggregateKeyType: 'IP' }
      : {
          aggregateKeyType: 'CUSTOM_KEYS',
          customKeys: [
            { header: { name: 'authorization', textTransformations: [{ priority: 0, type: 'NONE' }] } },
          ],
        }),
    ...(r.pathPrefix
      ? {
          scopeDownStatement: {
            byteMatchStatement: {
              fieldToMatch: { uriPath: {} },
              positionalConstraint: 'STARTS_WITH',
              searchString: r.pathPrefix,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
        }
      : {}),
  },
});

const managed = (name: string, priority: number): wafv2.CfnWebACL.RuleProperty => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
  visibilityConfig: visibility(name),
});

export interface EdgeWafStackProps extends StackProps {
  prefix: string;
}

/**
 * The web ACL in front of the municipality's CloudFront distribution. CloudFront only takes web ACLs made in
 * us-east-1, so this small stack lives there; it holds rules, never case data. The municipality stack reads
 * its ARN through CDK's cross-region references.
 */
export class EdgeWafStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeWafStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const acl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: `${props.prefix}-edge`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${props.prefix}-edge`),
      customResponseBodies: {
        'rate-limited': { contentType: 'APPLICATION_JSON', content: rateLimitedResponse.body },
      },
      rules: [
        ...rateLimits.map(
          (r, i): wafv2.CfnWebACL.RuleProperty => ({
            name: r.name,
            priority: i,
            statement: rateStatement(r),
            action: {
              block: {
                customResponse: {
                  responseCode: rateLimitedResponse.status,
                  customResponseBodyKey: 'rate-limited',
                  responseHeaders: [
                    { name: 'retry-after', value: String(rateLimitedResponse.retryAfterSeconds) },
                  ],
                },
              },
            },
            visibilityConfig: visibility(r.name),
          }),
        ),
        managed('AWSManagedRulesCommonRuleSet', rateLimits.length),
        managed('AWSManagedRulesKnownBadInputsRuleSet', rateLimits.length + 1),
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}
