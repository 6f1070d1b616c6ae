import { loadMunicipality } from '@hjemmestotte/wiring';
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

  it('synthesizes an external OIDC identity provider with no unacknowledged finding', () => {
    const m = loadMunicipality('demo');
    const { report } = synthConfig({
      ...m,
      identity: {
        kind: 'oidc',
        issuer: 'https://login.example.dk/realms/kommune',
        audience: 'hjemmestotte-api',
        jwksUrl: 'https://login.example.dk/realms/kommune/certs',
      },
    });
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
