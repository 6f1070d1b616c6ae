import { describe, expect, inject, it } from 'vitest';
import { benchSupervision } from './supervision-bench.ts';

// The benchmark at a reduced size (300 cases) so the test command keeps it working; the full run is
// `npx tsx test/bench/supervision.bench.ts 20000`.
describe('supervision benchmark (reduced)', () => {
  it("reads the open cases, the month's closed cases and counters only, while a scan reads every item", async () => {
    const f = await benchSupervision(inject('dynamoEndpoint'), 300);
    expect(f.report.itemsRead).toBe(f.report.expectedItems);
    // Most cases are closed before November 2026: the report reads far fewer items than there are cases.
    expect(f.report.itemsRead).toBeLessThan(f.cases / 2);
    expect(f.scan.itemsRead).toBe(f.cases + f.openCases + f.monthCopies + 35 * 10);
    expect(f.report.due).toBeGreaterThan(0);
  }, 120_000);
});
