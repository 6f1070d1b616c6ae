import { describe, expect, it } from 'vitest';
import { municipalityIds } from '../src/app.ts';
import { resourcesOf, synthMunicipality } from './synth.ts';

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
