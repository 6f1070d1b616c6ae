import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { FunctionRuntime } from './function-runtime.ts';
import { readBody, sendJson } from './read-body.ts';

interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Time?: number;
}

export interface DeliveredEvent {
  id: string;
  source: string;
  detailType: string;
  detail: unknown;
  time: string;
}

export interface LocalEventBus {
  endpoint: string;
  /** Every accepted event, in order: tests read it to prove what was (not) emitted. */
  accepted: DeliveredEvent[];
  /** Events whose consumer failed three times (Lambda's async retries), as a DLQ would hold them. */
  deadLetters: { functionId: string; event: DeliveredEvent; error: string }[];
  /** Resolves when no delivery is in flight. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Stand-in for EventBridge (no emulator exists): answers the SDK's real PutEvents call and delivers each
 * entry asynchronously to the functions whose subscriptions (source + detail-type) match, with retries.
 */
export const startEventBus = async (runtime: FunctionRuntime, busName: string): Promise<LocalEventBus> => {
  const accepted: DeliveredEvent[] = [];
  const deadLetters: LocalEventBus['deadLetters'] = [];
  const inFlight = new Set<Promise<void>>();

  const deliver = async (functionId: string, ev: DeliveredEvent) => {
    const event = {
      version: '0',
      id: ev.id,
      'detail-type': ev.detailType,
      source: ev.source,
      account: '000000000000',
      time: ev.time,
      region: 'eu-north-1',
      resources: [],
      detail: ev.detail,
    };
    let lastError = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await runtime.invoke(functionId, event);
        return;
      } catch (e) {
        lastError = (e as Error).message;
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
    deadLetters.push({ functionId, event: ev, error: lastError });
    console.error(`[event-bus] ${ev.detailType} to ${functionId} failed three times: ${lastError}`);
  };

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req, 1024 * 1024);
    if (req.method !== 'POST' || req.headers['x-amz-target'] !== 'AWSEvents.PutEvents' || raw === undefined) {
      return sendJson(res, 400, { __type: 'ValidationException', message: 'only PutEvents is supported' });
    }
    const { Entries = [] } = JSON.parse(raw) as { Entries?: PutEventsEntry[] };
    const results = Entries.map((e) => {
      if (e.EventBusName !== busName || !e.Source || !e.DetailType || !e.Detail) {
        return {
          ErrorCode: 'MalformedDetail',
          ErrorMessage: 'bus, source, detail-type and detail are required',
        };
      }
      const ev: DeliveredEvent = {
        id: randomUUID(),
        source: e.Source,
        detailType: e.DetailType,
        detail: JSON.parse(e.Detail),
        time: new Date((e.Time ?? Date.now() / 1000) * 1000).toISOString(),
      };
      accepted.push(ev);
      for (const spec of runtime.specs) {
        if (spec.subscriptions?.some((s) => s.source === ev.source && s.detailType === ev.detailType)) {
          const p = deliver(spec.id, ev).finally(() => inFlight.delete(p));
          inFlight.add(p);
        }
      }
      return { EventId: ev.id };
    });
    const failed = results.filter((r) => 'ErrorCode' in r).length;
    sendJson(res, 200, { FailedEntryCount: failed, Entries: results }, 'application/x-amz-json-1.1');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accepted,
    deadLetters,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
