import type { MunicipalityConfig } from '@hjemmestotte/wiring';

type Federation = NonNullable<MunicipalityConfig['identity']['federation']>;

import { Duration, RemovalPolicy, SecretValue, Stack, Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { RESOURCE_SERVER } from './admin/names.ts';
import { type LambdaOptions, nodeFunction } from './lambda-defaults.ts';
import { acknowledge } from './nag.ts';

/** How cdk-nag prints a value in a finding id: a pseudo parameter when unresolved, else the value. */
const nagValue = (v: string, pseudo: string) => (Token.isUnresolved(v) ? `<${pseudo}>` : v);

export interface IdentityProps {
  municipality: MunicipalityConfig;
  prefix: string;
  webCallbackUrls: string[];
  /** Where the managed login may send a signed-out user back to (the web app's origin). */
  webLogoutUrls: string[];
  options: LambdaOptions;
}

/**
 * Who may call the API. Cognito by default: a user pool (MFA, threat protection) with the groups the
 * handlers map to roles, the `hjemmestotte-api` resource server (scopes `user`, `provider`), a web client
 * for caseworkers and a pre-token trigger that puts `provider_id` into provider tokens.
 * With `identity.federation` staff sign in at the municipality's own IdP (OIDC or SAML) through Cognito.
 */
export class Identity extends Construct {
  readonly issuer: string;
  readonly jwksUrl: string;
  /** The resource server identifier: the handlers check scopes `<audience>/user|provider`. */
  readonly audience: string;
  readonly userPool?: cognito.UserPool;
  /** The managed login's origin (authorize, token and logout endpoints), for the web app's CSP. */
  readonly loginOrigin?: string;
  /** The public web app client (authorization code with PKCE). */
  readonly webClientId: string;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    const m = props.municipality;
    const pool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `${props.prefix}-users`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Plus: threat protection (compromised credentials, adaptive auth) and v3 pre-token triggers for M2M.
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Filled by federation (the IdP's groups) and for a small provider's web users (its provider id); the
      // pre-token trigger reads both (packages/lambda-kit/src/cognito/pre-token.ts).
      customAttributes: {
        idp_groups: new cognito.StringAttribute({ minLen: 0, maxLen: 2048, mutable: true }),
        provider_id: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
    });
    this.userPool = pool;
    // `provider`: a small provider's staff using the web app; with `custom:provider_id` they get provider tokens.
    for (const group of ['caseworker', 'teamleader', 'admin', 'provider']) {
      new cognito.CfnUserPoolGroup(this, `Group-${group}`, { userPoolId: pool.userPoolId, groupName: group });
    }
    const userScope = new cognito.ResourceServerScope({
      scopeName: 'user',
      scopeDescription: 'Municipality staff',
    });
    const providerScope = new cognito.ResourceServerScope({
      scopeName: 'provider',
      scopeDescription: 'Support providers (client credentials)',
    });
    const server = pool.addResourceServer('ResourceServer', {
      identifier: RESOURCE_SERVER,
      scopes: [userScope, providerScope],
    });
    // The token endpoint for client credentials and the hosted login for staff.
    const domain = pool.addDomain('Domain', { cognitoDomain: { domainPrefix: `hjemmestotte-${m.id}` } });
    this.loginOrigin = domain.baseUrl();
    const federation = m.identity.federation;
    const idp = federation ? this.federate(pool, federation) : undefined;
    const web = pool.addClient('WebClient', {
      userPoolClientName: 'web',
      generateSecret: false,
      // Managed login only: no SRP sign-in through the SDK, whose tokens carry aws.cognito.signin.user.admin
      // and would let a user rewrite their own attributes (custom:provider_id, custom:idp_groups).
      authFlows: { userSrp: false, userPassword: false, adminUserPassword: false, custom: false },
      // What a signed-in user may write of their own: nothing but what federation maps in, which Cognito
      // requires to be writable by the client. custom:provider_id is the admin's alone.
      writeAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true })
        .withCustomAttributes(...(m.identity.federation ? ['idp_groups'] : [])),
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [
          cognito.OAuthScope.OPENID,
          cognito.OAuthScope.EMAIL,
          cognito.OAuthScope.resourceServer(server, userScope),
        ],
        callbackUrls: props.webCallbackUrls,
        logoutUrls: props.webLogoutUrls,
      },
      supportedIdentityProviders: [
        cognito.UserPoolClientIdentityProvider.COGNITO,
        ...(idp ? [cognito.UserPoolClientIdentityProvider.custom(idp.providerName)] : []),
      ],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.minutes(60),
    });
    if (idp) web.node.addDependency(idp);

    const trigger = nodeFunction(this, 'PreTokenGeneration', {
      functionName: `${props.prefix}-pre-token-generation`,
      entry: 'infra/src/pre-token/handler.ts',
      description: 'Adds provider_id to provider client-credentials tokens',
      memoryMb: 256,
      timeoutSeconds: 5,
      // IdP group → role, from the municipality file; {} without federation.
      environment: { ROLE_MAPPING: JSON.stringify(federation?.roleMapping ?? {}) },
      options: props.options,
    });
    pool.addTrigger(
      cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      trigger.fn,
      cognito.LambdaVersion.V3_0,
    );
    // The pool references the trigger, so the trigger's policy cannot reference the pool without a cycle:
    // it may describe clients of the pools in this account and region (read-only, names only).
    const poolsHere = `arn:${Stack.of(this).partition}:cognito-idp:${Stack.of(this).region}:${Stack.of(this).account}:userpool/*`;
    trigger.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['cognito-idp:DescribeUserPoolClient'], resources: [poolsHere] }),
    );
    acknowledge(
      trigger.role,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cognito-idp:${nagValue(Stack.of(this).region, 'AWS::Region')}:${nagValue(Stack.of(this).account, 'AWS::AccountId')}:userpool/*]`,
      'The user pool references this trigger, so naming the pool here would be a cycle; the one action is read-only DescribeUserPoolClient.',
    );
    if (props.options.tracing) {
      acknowledge(
        trigger.role,
        'AwsSolutions-IAM5[Resource::*]',
        'X-Ray PutTraceSegments/PutTelemetryRecords: these actions support no resource-level permissions.',
      );
    }
    const sync =
      'Invoked synchronously by Cognito during token issue; Cognito fails the token request on error.';
    acknowledge(trigger.fn, 'Serverless-LambdaDLQ', sync);
    acknowledge(trigger.fn, 'Serverless-LambdaAsyncFailureDestination', sync);

    this.issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${pool.userPoolId}`;
    this.jwksUrl = `${this.issuer}/.well-known/jwks.json`;
    this.audience = RESOURCE_SERVER;
    this.webClientId = web.userPoolClientId;
  }

  /** The municipality's own IdP behind the managed login; its groups land in `custom:idp_groups`. */
  private federate(pool: cognito.UserPool, f: Federation): cognito.IUserPoolIdentityProvider {
    // Cognito names a custom attribute `custom:<name>` in an attribute mapping.
    const custom = (name: string) => ({ 'custom:idp_groups': cognito.ProviderAttribute.other(name) });
    if (f.type === 'oidc')
      return new cognito.UserPoolIdentityProviderOidc(this, 'Federation', {
        userPool: pool,
        name: f.name,
        issuerUrl: f.issuer,
        clientId: f.clientId,
        // A dynamic reference ({{resolve:secretsmanager:…}}): CloudFormation reads the secret at deploy time,
        // so it is never in the template or this repository.
        clientSecret: SecretValue.secretsManager(f.clientSecretName).unsafeUnwrap(),
        scopes: ['openid', 'email', 'profile'],
        attributeRequestMethod: cognito.OidcAttributeRequestMethod.GET,
        attributeMapping: { email: cognito.ProviderAttribute.other('email'), custom: custom(f.groupsClaim) },
      });
    return new cognito.UserPoolIdentityProviderSaml(this, 'Federation', {
      userPool: pool,
      name: f.name,
      metadata: cognito.UserPoolIdentityProviderSamlMetadata.url(f.metadataUrl),
      attributeMapping: {
        email: cognito.ProviderAttribute.other(
          'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        ),
        custom: custom(f.groupsAttribute),
      },
    });
  }
}
