import { loadMunicipality, type MunicipalityConfig } from '@hjemmestotte/wiring';
import type { Stack } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { municipalityIds } from '../src/app.ts';
import { synthConfig, synthMunicipality } from './synth.ts';

describe('cdk-nag (AwsSolutions and Serverless packs)', () => {
  it('finds at least the two example municipalities', () => {
    expect(municipalityIds()).toEqual(expect.arrayContaining(['demo', 'nordby']));
  });

  it.each(municipalityIds())('synthesizes %s with no unacknowledged finding, error or warning', (id) => {
    const { report } = synthMunicipality(id);
    const open = report.pluginReports.flatMap((p) =>
      p.violations.map((v) => `${p.pluginName}: ${v.ruleName}`),
    );
    expect(open).toEqual([]);
  });

  it.each<NonNullable<MunicipalityConfig['identity']['federation']>>([
    {
      type: 'oidc',
      name: 'KommuneAD',
      issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
      clientId: 'hjemmestotte',
      clientSecretName: 'hjemmestotte/idp-client-secret',
      groupsClaim: 'groups',
      roleMapping: { 'sg-sagsbehandlere': 'caseworker' },
    },
    {
      type: 'saml',
      name: 'KommuneSAML',
      metadataUrl: 'https://adfs.kommune.example/FederationMetadata/2007-06/FederationMetadata.xml',
      groupsAttribute: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
      roleMapping: { Teamledere: 'teamleader' },
    },
  ])('synthesizes a federated $type identity provider with no unacknowledged finding', (federation) => {
    const m = loadMunicipality('demo');
    const { report } = synthConfig({ ...m, identity: { kind: 'cognito', federation } });
    expect(report.pluginReports.flatMap((p) => p.violations)).toEqual([]);
  });

  // Proves the check above is live: the same synthesis refuses an unencrypted, unacknowledged queue.
  it('fails the synthesis when a resource breaks a rule nobody acknowledged', () => {
    const m = loadMunicipality('demo');
    expect(() =>
      synthConfig(m, (stack: Stack) => {
        new sqs.Queue(stack, 'CarelessQueue', { encryption: sqs.QueueEncryption.UNENCRYPTED });
      }),
    ).toThrow(/AwsSolutions-SQS4[\s\S]*CarelessQueue|CarelessQueue[\s\S]*AwsSolutions-SQS/);
  });

  it('fails the synthesis on an unacknowledged warning too (a function without tracing)', () => {
    expect(() => synthConfig(loadMunicipality('demo'), undefined, { tracing: false })).toThrow(
      /Serverless-LambdaTracing/,
    );
  });
});
