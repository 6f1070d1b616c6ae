import { describe, expect, inject, it } from 'vitest';
import { benchSweep } from './sweep-bench.ts';

// The benchmark at a reduced size (2,000 follow-ups) so the test command keeps it working; the full run is
// `npx tsx test/bench/sweep.bench.ts` (100,000). Every figure is an item count from the client, not a time.
describe('sweep benchmark (reduced)', () => {
  it('reads only the follow-ups inside the reminder window and their cases, while a scan reads every item', async () => {
    const f = await benchSweep(inject('dynamoEndpoint'), 2000);
    const [first, next] = f.sweeps;
    if (!first || !next) throw new Error('two sweeps expected');

    // Due dates spread over 740 days from 10 days ago: 10 past + today + 10 working days (14 calendar days).
    expect(first.summary.agendaItems).toBe(f.scan.itemsDue);
    expect(first.summary.agendaItems).toBeLessThan(100);
    expect(f.scan.itemsRead).toBe(2 * 2000 + 1);
    for (const w of [first, next]) {
      // The agenda items, their cases and the one provider: nothing else is read.
      expect(w.dynamo.itemsRead).toBe(w.summary.agendaItems + w.summary.cases + 1);
      expect(w.readsPerDue).toBeLessThanOrEqual(1.1);
    }
    // Each follow-up in the window: overdue (caseworker), or approaching (caseworker) + status request (provider).
    expect(first.summary.itemsDue).toBeGreaterThan(first.summary.agendaItems);
    expect(first.summary.emailsSent).toBeGreaterThan(0);
    for (const w of [first, next]) {
      // Per run: the lock taken and freed; per notice: the mark on its item (one role per item and digest).
      expect(w.dynamo.itemsWritten).toBe(w.summary.itemsDue + 2);
      expect(w.writesPerNotice).toBeLessThanOrEqual(1.2);
    }
    // The next day sends only what became due since; nothing of the first day again.
    expect(next.summary.itemsDue).toBeGreaterThan(0);
    expect(next.summary.itemsDue).toBeLessThan(first.summary.itemsDue / 2);
  }, 180_000);
});
