import { dynamoClient, eventBridgeClient, sesClient } from '@hjemmestotte/lambda-kit';
import type { LocalStack } from '../../packages/local-stack/src/stack.ts';
import { injectFault, pass } from '../support/fault-injection.ts';

/** What one phase cost in billable requests, as the handlers made them (counted on their own SDK clients). */
export interface Meter {
  apiRequests: number;
  lambdaInvocations: number;
  lambdaMs: number;
  /** On-demand units, assuming items under 1 KB: a write 1 WRU, a transactional write 2 WRU per item. */
  wru: number;
  /** A read 0.5 RRU (eventually consistent) per item read; a Query counted at one item per 4 KB, at least 1. */
  rru: number;
  events: number;
  emails: number;
  calls: Record<string, number>;
}

const empty = (): Meter => ({
  apiRequests: 0,
  lambdaInvocations: 0,
  lambdaMs: 0,
  wru: 0,
  rru: 0,
  events: 0,
  emails: 0,
  calls: {},
});

/** Starts counting; `stop()` answers the meter. Wraps the runtime's invoke and the three SDK clients. */
export const startMeter = (stack: LocalStack) => {
  const m = empty();
  const count = (name: string) => {
    m.calls[name] = (m.calls[name] ?? 0) + 1;
  };
  const db = injectFault(dynamoClient(), (call) => {
    count(call.commandName);
    const n = call.commandName;
    if (n.startsWith('TransactWrite')) m.wru += 2 * ((call.input.TransactItems as unknown[])?.length ?? 1);
    else if (/^(Put|Update|Delete)/.test(n)) m.wru += 1;
    else if (n.startsWith('BatchWrite'))
      m.wru += Object.values(call.input.RequestItems as Record<string, unknown[]>).flat().length;
    else if (n.startsWith('TransactGet')) m.rru += 2 * ((call.input.TransactItems as unknown[])?.length ?? 1);
    else if (n.startsWith('BatchGet'))
      m.rru +=
        0.5 *
        Object.values(call.input.RequestItems as Record<string, { Keys: unknown[] }>).reduce(
          (s, r) => s + r.Keys.length,
          0,
        );
    else if (/^(Get|Query|Scan)/.test(n)) m.rru += call.input.ConsistentRead ? 1 : 0.5;
    return pass();
  });
  const eb = injectFault(eventBridgeClient(), (call) => {
    count(call.commandName);
    m.events += (call.input.Entries as unknown[])?.length ?? 0;
    return pass();
  });
  const ses = injectFault(sesClient(), (call) => {
    count(call.commandName);
    if (call.commandName.startsWith('Send')) m.emails++;
    return pass();
  });
  const invoke = stack.runtime.invoke;
  stack.runtime.invoke = async (id, event) => {
    m.lambdaInvocations++;
    if ((event as { version?: string }).version === '2.0') m.apiRequests++;
    const t = performance.now();
    try {
      return await invoke(id, event);
    } finally {
      m.lambdaMs += performance.now() - t;
    }
  };
  return {
    stop(): Meter {
      db.clear();
      eb.clear();
      ses.clear();
      stack.runtime.invoke = invoke;
      return m;
    },
  };
};

export const scale = (m: Meter, factor: number): Meter => ({
  apiRequests: m.apiRequests * factor,
  lambdaInvocations: m.lambdaInvocations * factor,
  lambdaMs: m.lambdaMs * factor,
  wru: m.wru * factor,
  rru: m.rru * factor,
  events: m.events * factor,
  emails: m.emails * factor,
  calls: Object.fromEntries(Object.entries(m.calls).map(([k, v]) => [k, v * factor])),
});

export const add = (...ms: Meter[]): Meter =>
  ms.reduce(
    (a, b) => ({
      apiRequests: a.apiRequests + b.apiRequests,
      lambdaInvocations: a.lambdaInvocations + b.lambdaInvocations,
      lambdaMs: a.lambdaMs + b.lambdaMs,
      wru: a.wru + b.wru,
      rru: a.rru + b.rru,
      events: a.events + b.events,
      emails: a.emails + b.emails,
      calls: {},
    }),
    empty(),
  );
