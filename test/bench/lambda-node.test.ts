import { readFileSync } from 'node:fs';
import { lambdaBundling } from '@hjemmestotte/wiring';
import { describe, expect, it } from 'vitest';

describe('the Node the benchmarks run on', () => {
  it('is the major the functions are bundled for and deployed on', () => {
    const launcher = readFileSync(new URL('./lambda-node.mjs', import.meta.url), 'utf8');
    const version = launcher.match(/LAMBDA_NODE_VERSION = '(\d+)\.\d+\.\d+'/)?.[1];
    expect(Number(version)).toBe(lambdaBundling.nodeMajor);
  });
});
