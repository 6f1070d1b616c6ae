import type { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineEvent } from '../src/define-event.ts';
import { EventPublishError, MAX_ENTRY_BYTES, publishEvents } from '../src/publish.ts';

const Pinged = defineEvent({
  source: 'hjemmestotte.intake',
  detailType: 'Pinged',
  version: 1,
  description: 'test event',
  producer: 'intake',
  consumers: [],
  data: z.object({ n: z.number(), pad: z.string().optional() }),
});

/** A PutEvents stand-in that fails the listed entry indexes on each call in turn, and records what it got. */
const fakeBus = (failures: number[][]) => {
  const calls: string[][] = [];
  const client = {
    send: async (cmd: PutEventsCommand) => {
      const entries = cmd.input.Entries ?? [];
      calls.push(entries.map((e) => JSON.parse(e.Detail ?? '{}').data.n));
      const fail = failures.shift() ?? [];
      return {
        FailedEntryCount: fail.length,
        Entries: entries.map((_, i) =>
          fail.includes(i) ? { ErrorCode: 'ThrottlingException' } : { EventId: `e${i}` },
        ),
      };
    },
  } as unknown as EventBridgeClient;
  return { client, calls };
};

const events = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ definition: Pinged, data: { n } }));

describe('publishEvents', () => {
  it('sends at most ten entries per call', async () => {
    const bus = fakeBus([]);
    await publishEvents(bus.client, 'bus', events(23));
    expect(bus.calls.map((c) => c.length)).toEqual([10, 10, 3]);
  });

  it('retries only the entries PutEvents reports failed', async () => {
    const bus = fakeBus([[1, 3], [0]]);
    await publishEvents(bus.client, 'bus', events(4), { baseDelayMs: 1 });
    expect(bus.calls).toEqual([[0, 1, 2, 3], [1, 3], [1]]);
  });

  it('throws, naming the failures, when entries still fail after the last attempt', async () => {
    const bus = fakeBus([[0], [0], [0]]);
    await expect(
      publishEvents(bus.client, 'bus', events(1), { attempts: 3, baseDelayMs: 1 }),
    ).rejects.toBeInstanceOf(EventPublishError);
    expect(bus.calls).toHaveLength(3);
  });

  it('refuses an event over 256 KB before sending anything', async () => {
    const bus = fakeBus([]);
    const huge = [{ definition: Pinged, data: { n: 1, pad: 'x'.repeat(MAX_ENTRY_BYTES) } }];
    await expect(publishEvents(bus.client, 'bus', huge)).rejects.toThrow(/256 KB/);
    expect(bus.calls).toEqual([]);
  });

  it('refuses data that does not match the catalog schema', async () => {
    const bus = fakeBus([]);
    await expect(
      publishEvents(bus.client, 'bus', [{ definition: Pinged, data: { n: 'one' } }]),
    ).rejects.toThrow();
    expect(bus.calls).toEqual([]);
  });
});
