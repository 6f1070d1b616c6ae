import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '@hjemmestotte/lambda-kit';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { createCaseWorld, visitBody } from '../security/case-world.ts';
import { injectFault, pass } from '../support/fault-injection.ts';

export interface Latencies {
  n: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  failures: number;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs `n` calls of `op` with at most `concurrency` in flight; latency of each and overall throughput. */
export const measure = async (
  n: number,
  concurrency: number,
  op: (i: number) => Promise<boolean>,
): Promise<Latencies> => {
  const times: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const t = performance.now();
      if (!(await op(i))) failures++;
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    n,
    concurrency,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    perSecond: n / seconds,
    failures,
  };
};

/** Visits through the local gateway (token check, idempotency, outbox transaction) vs a bare conditional put. */
export const visitIngest = async (n: number, concurrency: number, given?: LocalStack) => {
  // Measures the handlers, not the edge: the per-client rate limit would refuse a long run from one token.
  const stack = given ?? (await startLocalStack({ rateLimits: [] }));
  try {
    const world = await createCaseWorld(stack);
    const url = `${stack.apiUrl}/v1/cases/${world.caseId}/visits`;
    // The visits handler's own DynamoDB calls: the requests that touch the case's partition or the
    // idempotency table (other services' work in the background, such as the outbox relay, is left out).
    let visitCalls = 0;
    const meter = injectFault(dynamoClient(), (call) => {
      if (/^(BatchGetItem|TransactWriteItems|GetItem)Command$/.test(call.commandName)) {
        const text = JSON.stringify(call.input);
        if (text.includes(`CASE#${world.caseId}`) && text.includes(stack.tableNames.idempotency))
          visitCalls++;
        else if (call.commandName === 'GetItemCommand' && text.includes(stack.tableNames.idempotency))
          visitCalls++;
      }
      return pass();
    });
    const gateway = await measure(n, concurrency, async (i) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${world.tokens.providerOfCase}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(visitBody(10 + (i % 5000))),
      });
      await res.text();
      return res.status === 201;
    });
    meter.clear();
    const db = new DynamoDBClient({
      endpoint: stack.dynamoEndpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const raw = await measure(n, concurrency, async () => {
      await db.send(
        new PutItemCommand({
          TableName: stack.tableNames.main,
          Item: { pk: { S: `BENCH#${randomUUID()}` }, sk: { S: 'VISIT' }, note: { S: 'x'.repeat(200) } },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    });
    db.destroy();
    await stack.settle();
    return {
      gateway,
      raw,
      dynamoCallsPerVisit: visitCalls / n,
      ratioP50: gateway.p50 / raw.p50,
      ratioThroughput: raw.perSecond / gateway.perSecond,
    };
  } finally {
    if (!given) await stack.stop();
  }
};

export const printIngest = (r: Awaited<ReturnType<typeof visitIngest>>) => {
  const row = (name: string, l: Latencies) =>
    `  ${name.padEnd(44)} p50 ${l.p50.toFixed(1)} ms  p95 ${l.p95.toFixed(1)} ms  p99 ${l.p99.toFixed(1)} ms  ${l.perSecond.toFixed(0)}/s  failures ${l.failures}`;
  console.log(
    `visit ingest, ${r.gateway.n} requests, concurrency ${r.gateway.concurrency} (local stack, DynamoDB Local)`,
  );
  console.log(row('POST /v1/cases/{caseId}/visits via gateway', r.gateway));
  console.log(row('raw DynamoDB Local conditional PutItem', r.raw));
  console.log(`  DynamoDB requests per visit by the visits handler: ${r.dynamoCallsPerVisit.toFixed(2)}`);
  console.log(
    `  ratio: p50 ${r.ratioP50.toFixed(1)}× the raw put; raw throughput ${r.ratioThroughput.toFixed(1)}× the gateway's`,
  );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printIngest(await visitIngest(Number(process.argv[2] ?? 500), Number(process.argv[3] ?? 10)));
  process.exit(0);
}
