import './quiet-logs.ts';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '@hjemmestotte/lambda-kit';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { createCaseWorld, visitBody } from '../security/case-world.ts';
import { keepAliveClient } from './keep-alive-client.ts';
import { type Latencies, measure, percentiles, phase } from './latency.ts';
import { visitFloor } from './visit-ingest-floor.ts';

/**
 * Visits through the local gateway (token check, validation, case guard, idempotency, audit, outbox
 * transaction) against DynamoDB's own cost on the same stack: a bare conditional put, and the handler's two
 * requests sent raw (`visit-ingest-floor.ts`). After a warm-up, the kinds take turns in `rounds` rounds, each
 * run from a settled stack (no event delivery or stream batch left from the run before) at the same
 * concurrency; a gateway run includes the work its own visits cause meanwhile (outbox relay, event
 * consumers), as the stack does it.
 */
export const visitIngest = async (n: number, concurrency: number, rounds = 3, given?: LocalStack) => {
  // Measures the handlers, not the edge: the per-client rate limit would refuse a long run from one token.
  const stack = given ?? (await startLocalStack({ rateLimits: [] }));
  try {
    const world = await createCaseWorld(stack);
    const client = keepAliveClient(stack.apiUrl);
    const visit = async (i: number) => {
      const res = await client.post(
        `/v1/cases/${world.caseId}/visits`,
        {
          authorization: `Bearer ${world.tokens.providerOfCase}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        JSON.stringify(visitBody(10 + (i % 5000))),
      );
      return res.status === 201;
    };
    const db = new DynamoDBClient({
      endpoint: stack.dynamoEndpoint,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const put = async () => {
      await db.send(
        new PutItemCommand({
          TableName: stack.tableNames.main,
          Item: { pk: { S: `BENCH#${randomUUID()}` }, sk: { S: 'VISIT' }, note: { S: 'x'.repeat(200) } },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    };
    const floor = await visitFloor(stack, world);
    // Loads every handler module, JIT-compiles the hot paths and opens the connections before measuring.
    const warmUp = Math.min(50, n);
    for (const op of [visit, put, floor.read, floor.write, floor.visit])
      await measure(warmUp, concurrency, op);
    await stack.settle();

    // The visits handler's own DynamoDB calls (the requests naming the case and the idempotency table),
    // timed from the handler's SDK client; background work such as the outbox relay is left out.
    const handlerCalls: Record<string, number[]> = {};
    const timer =
      (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) =>
      async (args: { input: unknown }) => {
        const started = performance.now();
        const out = await next(args);
        const text = JSON.stringify(args.input);
        const name = (context.commandName ?? '').replace(/Command$/, '');
        if (
          text.includes(stack.tableNames.idempotency) &&
          (name === 'GetItem' || text.includes(`CASE#${world.caseId}`))
        ) {
          const times = handlerCalls[name] ?? [];
          times.push(performance.now() - started);
          handlerCalls[name] = times;
        }
        return out;
      };
    const phases = {
      gateway: phase(concurrency),
      raw: phase(concurrency),
      floorRead: phase(concurrency),
      floorWrite: phase(concurrency),
      floorVisit: phase(concurrency),
    };
    for (let round = 0; round < rounds; round++) {
      // The rounds share the n calls of each row out: 300 in 3 rounds are 100, 100, 100.
      const size = Math.floor((n * (round + 1)) / rounds) - Math.floor((n * round) / rounds);
      dynamoClient().middlewareStack.add(timer as never, { step: 'initialize', name: 'benchTimer' });
      await phases.gateway.run(size, visit);
      dynamoClient().middlewareStack.remove('benchTimer');
      for (const [name, op] of [
        ['raw', put],
        ['floorRead', floor.read],
        ['floorWrite', floor.write],
        ['floorVisit', floor.visit],
      ] as const) {
        await stack.settle();
        await phases[name].run(size, op);
      }
      await stack.settle();
    }
    const [gateway, raw, floorRead, floorWrite, floorVisit] = [
      phases.gateway,
      phases.raw,
      phases.floorRead,
      phases.floorWrite,
      phases.floorVisit,
    ].map((p) => p.result()) as [Latencies, Latencies, Latencies, Latencies, Latencies];
    db.destroy();
    floor.destroy();
    client.destroy();
    const visitCalls = Object.values(handlerCalls).reduce((sum, t) => sum + t.length, 0);
    return {
      gateway,
      raw,
      floorRead,
      floorWrite,
      floorVisit,
      handlerCalls: Object.fromEntries(Object.entries(handlerCalls).map(([k, t]) => [k, percentiles(t)])),
      dynamoCallsPerVisit: visitCalls / n,
      ratioP50: gateway.p50 / raw.p50,
      floorRatioP50: floorVisit.p50 / raw.p50,
      ratioThroughput: raw.perSecond / gateway.perSecond,
      rounds,
      loadAverage: loadavg(),
    };
  } finally {
    if (!given) await stack.stop();
  }
};

export const printIngest = (r: Awaited<ReturnType<typeof visitIngest>>) => {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const cpu = (l: Latencies) =>
    l.cpuPerOp
      ? `  CPU each: Node ${ms(l.cpuPerOp.nodeMs)}${l.cpuPerOp.dynamoMs === undefined ? '' : `, DynamoDB Local ${ms(l.cpuPerOp.dynamoMs)}`}`
      : '';
  const row = (name: string, l: Latencies) =>
    `  ${name.padEnd(50)} p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}  ${l.perSecond.toFixed(0)}/s  failures ${l.failures}${cpu(l)}`;
  console.log(
    `visit ingest, ${r.gateway.n} requests per row in ${r.rounds} alternating rounds, concurrency ${r.gateway.concurrency} (local stack, DynamoDB Local); load average ${r.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
  );
  console.log(row('POST /v1/cases/{caseId}/visits via gateway', r.gateway));
  for (const [name, l] of Object.entries(r.handlerCalls))
    console.log(
      `    of which the handler's ${name.padEnd(26)} p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  (${l.n} calls)`,
    );
  console.log(row('raw conditional PutItem', r.raw));
  console.log(row("floor: raw BatchGetItem, the handler's keys", r.floorRead));
  console.log(row('floor: raw TransactWriteItems, same 5 items', r.floorWrite));
  console.log(row('floor: both in sequence (a visit without the API)', r.floorVisit));
  console.log(`  DynamoDB requests per visit by the visits handler: ${r.dynamoCallsPerVisit.toFixed(2)}`);
  console.log(
    `  ratio: gateway p50 ${r.ratioP50.toFixed(1)}× the raw put (target ≤ 3×); floor (both in sequence) ${r.floorRatioP50.toFixed(1)}× the raw put; the API adds ${ms(r.gateway.p50 - r.floorVisit.p50)} at p50 above it; raw put throughput ${r.ratioThroughput.toFixed(1)}× the gateway's`,
  );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printIngest(
    await visitIngest(
      Number(process.argv[2] ?? 300),
      Number(process.argv[3] ?? 10),
      Number(process.argv[4] ?? 3),
    ),
  );
  process.exit(0);
}
