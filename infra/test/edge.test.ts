import { apiPathPatterns, loadMunicipality, rateLimitedResponse, rateLimits } from '@hjemmestotte/wiring';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { EdgeWafStack } from '../src/edge-waf-stack.ts';
import { noBundling, refId, resourcesOf } from './synth.ts';

// biome-ignore lint/suspicious/noExplicitAny: walking untyped CloudFormation JSON; the assertions are the type check.
type Props = Record<string, any>;

describe('the edge: one origin for app and API, limited per client (issues 11 and 13)', () => {
  const { app, stacks } = buildApp({ context: { ...noBundling, municipality: 'demo' } });
  const stack = stacks[0]!;
  const template = Template.fromStack(stack);
  const waf = app.node.children.find((c): c is EdgeWafStack => c instanceof EdgeWafStack)!;
  const wafTemplate = Template.fromStack(waf);
  const one = (t: Template, type: string) => {
    const all = Object.entries(resourcesOf(t, type));
    expect(all, type).toHaveLength(1);
    const [id, r] = all[0]!;
    return { id, props: r.Properties as Props };
  };
  const distribution = one(template, 'AWS::CloudFront::Distribution').props.DistributionConfig;

  it('serves the app from a private bucket through origin access control, deep links to index.html', () => {
    const s3Origin = distribution.Origins.find((o: Props) => o.S3OriginConfig);
    expect(refId(s3Origin.OriginAccessControlId)).toBe(
      one(template, 'AWS::CloudFront::OriginAccessControl').id,
    );
    const policies = Object.values(resourcesOf(template, 'AWS::S3::BucketPolicy'));
    const webPolicy = policies.find((p) => JSON.stringify(p.Properties).includes('cloudfront.amazonaws.com'));
    expect(refId((webPolicy?.Properties as Props | undefined)?.Bucket)).toMatch(/^EdgeWebApp/);
    expect(distribution.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const fn = one(template, 'AWS::CloudFront::Function').props;
    expect(fn.FunctionCode).toContain("request.uri = '/index.html'");
  });

  it('sends exactly the API paths to the HTTP API, uncached, HTTPS only', () => {
    const behaviors = distribution.CacheBehaviors as Props[];
    expect(behaviors.map((b) => b.PathPattern).sort()).toEqual([...apiPathPatterns].sort());
    const apiOrigin = distribution.Origins.find((o: Props) => o.CustomOriginConfig);
    expect(apiOrigin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
    expect(JSON.stringify(apiOrigin.DomainName)).toContain('HttpApi');
    for (const b of behaviors) {
      expect(b.TargetOriginId).toBe(apiOrigin.Id);
      // The managed CachingDisabled policy.
      expect(b.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
      expect(b.AllowedMethods).toContain('PATCH');
      expect(b.ViewerProtocolPolicy).toBe('https-only');
    }
  });

  it('puts the security headers on app and API answers alike, the sign-in origin allowed in the CSP', () => {
    const policy = one(template, 'AWS::CloudFront::ResponseHeadersPolicy');
    const config = policy.props.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(config.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/connect-src 'self' https:\/\/.*amazoncognito\.com/);
    expect(config.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    for (const b of [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors])
      expect(refId(b.ResponseHeadersPolicyId)).toBe(policy.id);
  });

  it('attaches the web ACL made in us-east-1, where CloudFront requires it', () => {
    expect(waf.region).toBe('us-east-1');
    expect(distribution.WebACLId).toBeDefined();
    const acl = one(wafTemplate, 'AWS::WAFv2::WebACL').props;
    expect(acl.Scope).toBe('CLOUDFRONT');
  });

  it('limits each bearer token under /v1/ and each address, answering 429 problem+json', () => {
    const acl = one(wafTemplate, 'AWS::WAFv2::WebACL').props;
    const rules = acl.Rules as Props[];
    for (const limit of rateLimits) {
      const rule = rules.find((r) => r.Name === limit.name)!;
      const statement = rule.Statement.RateBasedStatement;
      expect(statement.Limit).toBe(limit.limit);
      expect(statement.EvaluationWindowSec).toBe(limit.windowSeconds);
      if (limit.key === 'authorization') {
        expect(statement.AggregateKeyType).toBe('CUSTOM_KEYS');
        expect(statement.CustomKeys[0].Header.Name).toBe('authorization');
        expect(statement.ScopeDownStatement.ByteMatchStatement.SearchString).toBe(limit.pathPrefix);
      } else expect(statement.AggregateKeyType).toBe('IP');
      expect(rule.Action.Block.CustomResponse.ResponseCode).toBe(429);
    }
    expect(acl.CustomResponseBodies['rate-limited'].Content).toBe(rateLimitedResponse.body);
  });

  it('deploys the built app with a config.json naming the managed login and the web client', () => {
    const deployment = Object.values(resourcesOf(template, 'Custom::CDKBucketDeployment'))[0]
      ?.Properties as Props;
    expect(refId(deployment.DestinationBucketName)).toMatch(/^EdgeWebApp/);
    expect(deployment.SourceObjectKeys).toHaveLength(2);
    const markers = JSON.stringify(deployment.SourceMarkers);
    // The static parts of config.json are in the asset; the deploy-time values are markers: the managed
    // login's domain and the web client's id.
    expect(markers).toMatch(/IdentityUserPoolDomain/);
    expect(markers).toMatch(/IdentityUserPoolWebClient/);
    expect(deployment.DistributionPaths).toEqual(['/*']);
  });

  it('links emails to the distribution when the municipality has no address of its own', () => {
    const fns = Object.values(resourcesOf(template, 'AWS::Lambda::Function')).map(
      (f) => f.Properties as Props,
    );
    const origins = fns.map((f) => f.Environment?.Variables?.WEB_ORIGIN).filter(Boolean);
    expect(origins.length).toBeGreaterThan(0);
    for (const o of origins) expect(JSON.stringify(o)).toContain('EdgeDistribution');
  });

  it("serves the municipality's own address with its certificate, TLS 1.2 at least, and links there", () => {
    const nordby = buildApp({ context: { ...noBundling, municipality: 'nordby' } }).stacks[0]!;
    const config = loadMunicipality('nordby');
    const t = Template.fromStack(nordby);
    const d = one(t, 'AWS::CloudFront::Distribution').props.DistributionConfig;
    expect(d.Aliases).toEqual([new URL(config.webOrigin ?? '').host]);
    expect(d.ViewerCertificate).toMatchObject({
      AcmCertificateArn: config.webCertificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
    const fns = Object.values(resourcesOf(t, 'AWS::Lambda::Function')).map((f) => f.Properties as Props);
    const origins = new Set(fns.map((f) => f.Environment?.Variables?.WEB_ORIGIN).filter(Boolean));
    expect([...origins]).toEqual([config.webOrigin]);
  });

  it('lets the web client sign in back to the distribution', () => {
    const clients = Object.values(resourcesOf(template, 'AWS::Cognito::UserPoolClient'));
    const web = clients.map((c) => c.Properties as Props).find((p) => p.ClientName === 'web');
    const callbacks = JSON.stringify(web?.CallbackURLs);
    expect(callbacks).toContain('/auth/callback');
    expect(callbacks).toContain('EdgeDistribution');
  });
});
