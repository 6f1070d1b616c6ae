import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions } from '@hjemmestotte/wiring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { type Bundle, bundleAll, printBundles } from '../bench/bundle-size.ts';
import { measureColdInit, printColdInit } from '../bench/cold-init.ts';
import { estimate, printEstimate } from '../bench/cost-estimate.ts';
import { printIngest, visitIngest } from '../bench/visit-ingest.ts';

/** Each benchmark at a reduced size, so the test command proves they run and measure something. */
describe('benchmarks at a reduced size', () => {
  let stack: LocalStack;
  let bundles: Bundle[];
  beforeAll(async () => {
    stack = await startLocalStack({});
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('bundles every function of the wiring and sizes it', async () => {
    bundles = await bundleAll(functions, mkdtempSync(join(tmpdir(), 'smoke-bundles-')));
    printBundles(bundles);
    expect(bundles.map((b) => b.id)).toEqual(['hello-world', ...functions.map((f) => f.id)]);
    const hello = bundles[0]!.bytes;
    for (const b of bundles.slice(1)) expect(b.bytes, b.id).toBeGreaterThan(hello);
  });

  it('times the cold init of every bundle against hello-world in fresh processes', () => {
    const rows = measureColdInit(bundles, 1);
    printColdInit(rows, 1);
    expect(rows).toHaveLength(bundles.length);
    for (const r of rows) expect(r.medianMs, r.id).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === 'hello-world')?.ratio).toBe(1);
  });

  it('measures visit ingest through the gateway against a raw conditional put', async () => {
    const r = await visitIngest(20, 4, 2, stack);
    printIngest(r);
    expect(r.dynamoCallsPerVisit).toBe(2);
    for (const l of [r.gateway, r.raw, r.floorRead, r.floorWrite, r.floorVisit]) {
      expect(l.n).toBe(20);
      expect(l.failures).toBe(0);
      expect(l.p50).toBeGreaterThan(0);
      expect(l.p99).toBeGreaterThanOrEqual(l.p50);
      expect(l.perSecond).toBeGreaterThan(0);
    }
  });

  it('estimates the monthly cost from counted requests', async () => {
    const e = await estimate(1, stack);
    printEstimate(e);
    expect(e.perVisit.apiRequests).toBe(1);
    expect(e.perVisit.wru).toBeGreaterThan(0);
    expect(e.perVisit.events).toBeGreaterThanOrEqual(1);
    expect(e.sweepMonth.lambdaInvocations).toBeGreaterThan(0);
    const totals = e.rows.map((r) => r.total);
    expect(totals[0]).toBeGreaterThan(0);
    expect(totals[1]).toBeGreaterThan(totals[0]!);
    expect(totals[2]).toBeGreaterThan(totals[1]!);
  });
});
