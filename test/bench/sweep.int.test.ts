import { describe, expect, inject, it } from 'vitest';
import { benchSweep } from './sweep-bench.ts';

// The benchmark at a reduced size (2,000 follow-ups) so the test command keeps it working; the full run is
// `npx tsx test/bench/sweep.bench.ts` (100,000).
describe('sweep benchmark (reduced)', () => {
  it('reads only the follow-ups inside the reminder window, while a scan reads every item', async () => {
    const f = await benchSweep(inject('dynamoEndpoint'), 2000);

    // Due dates spread over 740 days from 10 days ago: 10 past + today + 10 working days (14 calendar days).
    expect(f.sweep.itemsRead).toBe(f.scan.itemsDue);
    expect(f.sweep.itemsRead).toBeLessThan(100);
    expect(f.scan.itemsRead).toBe(2 * 2000 + 1);
    // Each follow-up in the window: overdue (caseworker), or approaching (caseworker) + status request (provider).
    expect(f.sweep.itemsDue).toBeGreaterThan(f.sweep.itemsRead);
    expect(f.sweep.emailsSent).toBeGreaterThan(0);
  }, 120_000);
});
