import { loadMunicipality, type MunicipalityConfig, municipalityConfigSchema } from '@hjemmestotte/wiring';
import { describe, expect, it } from 'vitest';
import { municipalityIds } from '../src/app.ts';
import { resourcesOf, synthConfig, synthMunicipality } from './synth.ts';

// biome-ignore lint/suspicious/noExplicitAny: walking untyped CloudFormation JSON; the assertions are the type check.
type Props = Record<string, any>;

describe.each(municipalityIds())('the %s identity', (id) => {
  const { template } = synthMunicipality(id);
  const pools = Object.values(resourcesOf(template, 'AWS::Cognito::UserPool')) as { Properties: Props }[];

  it('lets the pre-token trigger add claims to access tokens (Essentials or Plus, event V2_0 or V3_0)', () => {
    expect(pools).toHaveLength(1);
    const pool = pools[0]!.Properties;
    // Cognito customizes access tokens only on these feature plans and trigger versions; V3_0 also covers
    // client-credentials tokens, where provider_id is added.
    expect(['ESSENTIALS', 'PLUS']).toContain(pool.UserPoolTier);
    expect(pool.LambdaConfig.PreTokenGenerationConfig.LambdaVersion).toBe('V3_0');
    expect(pool.LambdaConfig.PreTokenGenerationConfig.LambdaArn).toBeDefined();
  });
});

describe('federation: the municipality’s own IdP behind the managed login (issue 13)', () => {
  const base = loadMunicipality('demo');
  const federated = (federation: NonNullable<MunicipalityConfig['identity']['federation']>) => {
    const { template } = synthConfig({ ...base, identity: { kind: 'cognito', federation } });
    const all = (type: string) =>
      Object.values(resourcesOf(template, type)).map((r) => r.Properties as Props);
    return { all };
  };
  const oidc = federated({
    type: 'oidc',
    name: 'KommuneAD',
    issuer: 'https://login.example.dk/v2.0',
    clientId: 'hjemmestotte',
    clientSecretName: 'hjemmestotte/idp-client-secret',
    groupsClaim: 'groups',
    roleMapping: { 'sg-sagsbehandlere': 'caseworker', 'sg-teamledere': 'teamleader' },
  });

  it('maps the IdP’s email and groups claim into the pool, the secret read from Secrets Manager at deploy', () => {
    const [idp] = oidc.all('AWS::Cognito::UserPoolIdentityProvider');
    expect(idp?.ProviderType).toBe('OIDC');
    expect(idp?.AttributeMapping).toEqual({ email: 'email', 'custom:idp_groups': 'groups' });
    expect(JSON.stringify(idp?.ProviderDetails.client_secret)).toContain(
      'resolve:secretsmanager:hjemmestotte/idp-client-secret',
    );
    const [pool] = oidc.all('AWS::Cognito::UserPool');
    const names = ((pool?.Schema ?? []) as { Name: string }[]).map((a) => a.Name);
    expect(names).toEqual(expect.arrayContaining(['idp_groups', 'provider_id']));
  });

  it('gives the trigger the role mapping and lets the web client sign in there and sign out', () => {
    const trigger = oidc
      .all('AWS::Lambda::Function')
      .find((f) => String(f.FunctionName).endsWith('-pre-token-generation'));
    expect(JSON.parse(trigger?.Environment.Variables.ROLE_MAPPING)).toEqual({
      'sg-sagsbehandlere': 'caseworker',
      'sg-teamledere': 'teamleader',
    });
    const web = oidc.all('AWS::Cognito::UserPoolClient').find((c) => c.ClientName === 'web');
    expect(web?.SupportedIdentityProviders[0]).toBe('COGNITO');
    expect(JSON.stringify(web?.SupportedIdentityProviders[1])).toContain('IdentityFederation');
    expect(JSON.stringify(web?.LogoutURLs)).toContain('EdgeDistribution');
    expect(web?.AllowedOAuthFlows).toEqual(['code']);
  });

  it('lets a user write no attribute that decides their rights, and offers no SDK sign-in that could', () => {
    const web = oidc.all('AWS::Cognito::UserPoolClient').find((c) => c.ClientName === 'web');
    // Federation needs its mapped attributes writable; custom:provider_id is never.
    expect(web?.WriteAttributes.sort()).toEqual(['custom:idp_groups', 'email']);
    for (const flow of web?.ExplicitAuthFlows ?? []) expect(flow).not.toMatch(/SRP|PASSWORD|CUSTOM_AUTH/);
    expect(web?.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
    const plain = Object.values(
      resourcesOf(synthMunicipality('demo').template, 'AWS::Cognito::UserPoolClient'),
    )
      .map((c) => c.Properties as Props)
      .find((c) => c.ClientName === 'web');
    expect(plain?.WriteAttributes).toEqual(['email']);
  });

  it('takes SAML too, its groups attribute mapped the same way', () => {
    const saml = federated({
      type: 'saml',
      name: 'KommuneSAML',
      metadataUrl: 'https://adfs.kommune.example/FederationMetadata/2007-06/FederationMetadata.xml',
      groupsAttribute: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
      roleMapping: { Teamledere: 'teamleader' },
    });
    const [idp] = saml.all('AWS::Cognito::UserPoolIdentityProvider');
    expect(idp?.ProviderType).toBe('SAML');
    expect(idp?.AttributeMapping['custom:idp_groups']).toBe(
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
    );
  });

  it('has a provider group for small providers’ web users, and refuses the old direct-OIDC setting', () => {
    const groups = oidc.all('AWS::Cognito::UserPoolGroup').map((g) => g.GroupName);
    expect(groups.sort()).toEqual(['admin', 'caseworker', 'provider', 'teamleader']);
    const old = { kind: 'oidc', issuer: 'https://x.example', audience: 'a', jwksUrl: 'https://x.example/k' };
    const parsed = municipalityConfigSchema.safeParse({ ...base, identity: old });
    expect(parsed.success).toBe(false);
  });
});
