import { pathToFileURL } from 'node:url';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { createCaseWorld, visitBody } from '../security/case-world.ts';
import { api } from '../support/http.ts';
import { add, type Meter, scale, startMeter } from './request-meter.ts';

// Public on-demand list prices, no free tier, in USD, as the author knew them in 2025 (NOT fetched at run time).
// They are the us-east-1 figures, used for eu-north-1 where no regional difference was known: check
// https://aws.amazon.com/<service>/pricing/ for eu-north-1 before quoting a figure.
export const prices = {
  recordedOn: '2025 (author knowledge, unverified)',
  region: 'eu-north-1 (us-east-1 list prices as stand-in)',
  apiGatewayHttpPerMillion: 1.0,
  lambdaRequestsPerMillion: 0.2,
  lambdaArmGbSecond: 0.0000133334,
  dynamoWruPerMillion: 0.625,
  dynamoRruPerMillion: 0.125,
  eventBridgeEventsPerMillion: 1.0,
  sesPerThousandEmails: 0.1,
};

// Use per active case and month (assumptions, stated in the output).
export const usage = { visitsPerWeek: 3, readsPerMonth: 12, weeksPerMonth: 52 / 12 };
const LAMBDA_GB = 0.5; // infra/src/functions.ts: 512 MB unless a spec says otherwise

export const monthlyCost = (m: Meter) => {
  const lines = {
    apiGateway: (m.apiRequests / 1e6) * prices.apiGatewayHttpPerMillion,
    lambda:
      (m.lambdaInvocations / 1e6) * prices.lambdaRequestsPerMillion +
      (m.lambdaMs / 1000) * LAMBDA_GB * prices.lambdaArmGbSecond,
    dynamodb: (m.wru / 1e6) * prices.dynamoWruPerMillion + (m.rru / 1e6) * prices.dynamoRruPerMillion,
    eventBridge: (m.events / 1e6) * prices.eventBridgeEventsPerMillion,
    ses: (m.emails / 1000) * prices.sesPerThousandEmails,
  };
  return { ...lines, total: Object.values(lines).reduce((a, b) => a + b, 0) };
};

/** Measures each kind of work on `cases` cases in the local stack and answers the per-case figures. */
export const measurePerCase = async (stack: LocalStack, cases = 3) => {
  const worlds = [];
  for (let i = 0; i < cases; i++) worlds.push(await createCaseWorld(stack));
  await stack.settle();

  let meter = startMeter(stack);
  for (const w of worlds)
    for (let v = 0; v < 3; v++)
      await api(stack, w.tokens.providerOfCase, 'POST', `/v1/cases/${w.caseId}/visits`, visitBody(30 + v), {
        'idempotency-key': `${w.caseId}-${v}`,
      });
  await stack.settle();
  const perVisit = scale(meter.stop(), 1 / (cases * 3));

  meter = startMeter(stack);
  for (const w of worlds) {
    await api(stack, w.tokens.caseworker, 'GET', `/v1/cases/${w.caseId}`);
    await api(stack, w.tokens.caseworker, 'GET', `/v1/cases/${w.caseId}/follow-ups`);
    await api(stack, w.tokens.providerOfCase, 'GET', `/v1/cases/${w.caseId}/visits`);
  }
  const perRead = scale(meter.stop(), 1 / (cases * 3));

  // Daily sweeps over the 30 days before the first follow-up (2027-02-09): the month in which a case gets
  // its reminder, so an upper bound for an average month.
  meter = startMeter(stack);
  for (let d = 0; d < 30; d++) {
    const at = new Date(Date.UTC(2027, 0, 12 + d, 6)).toISOString();
    await stack.scheduler.run('reminders', at);
  }
  await stack.settle();
  const sweepMonth = meter.stop();
  // The sweep also sees cases made earlier in this stack: divide by every case it could have read.
  return { perVisit, perRead, sweepMonth, casesSwept: await caseCount(stack) };
};

const caseCount = async (stack: LocalStack) => {
  const db = new DynamoDBClient({
    endpoint: stack.dynamoEndpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const out = await db.send(
    new ScanCommand({
      TableName: stack.tableNames.main,
      Select: 'COUNT',
      FilterExpression: 'sk = :case',
      ExpressionAttributeValues: { ':case': { S: 'CASE' } },
    }),
  );
  db.destroy();
  return out.Count ?? 1;
};

export const estimate = async (cases = 3, given?: LocalStack) => {
  // Measures the handlers, not the edge: the per-client rate limit would refuse a long run from one token.
  const stack = given ?? (await startLocalStack({ rateLimits: [] }));
  try {
    const { perVisit, perRead, sweepMonth, casesSwept } = await measurePerCase(stack, cases);
    const perCaseMonth = add(
      scale(perVisit, usage.visitsPerWeek * usage.weeksPerMonth),
      scale(perRead, usage.readsPerMonth),
      scale(sweepMonth, 1 / casesSwept),
    );
    const rows = [500, 2000, 10_000].map((n) => ({ activeCases: n, ...monthlyCost(scale(perCaseMonth, n)) }));
    return { perVisit, perRead, sweepMonth, casesSwept, perCaseMonth, rows };
  } finally {
    if (!given) await stack.stop();
  }
};

const f = (n: number) => n.toFixed(2);
export const printEstimate = (e: Awaited<ReturnType<typeof estimate>>) => {
  console.log(
    `measured per visit: ${JSON.stringify({ ...e.perVisit, lambdaMs: Math.round(e.perVisit.lambdaMs) })}`,
  );
  console.log(
    `measured per read: ${JSON.stringify({ ...e.perRead, lambdaMs: Math.round(e.perRead.lambdaMs) })}`,
  );
  console.log(
    `measured 30 daily sweeps over ${e.casesSwept} cases: ${JSON.stringify({ ...e.sweepMonth, lambdaMs: Math.round(e.sweepMonth.lambdaMs) })}`,
  );
  console.log(
    `assumptions per active case and month: ${usage.visitsPerWeek} visits/week, ${usage.readsPerMonth} API reads, one reminder month; Lambda arm64 512 MB billed for the handler time measured locally (DynamoDB Local, so high)`,
  );
  console.log(`prices (${prices.region}, USD, recorded ${prices.recordedOn}): ${JSON.stringify(prices)}`);
  console.log(
    'monthly AWS cost per municipality (USD, request-driven services only; no storage, logs or Cognito)',
  );
  for (const r of e.rows)
    console.log(
      `  ${String(r.activeCases).padStart(6)} active cases: total ${f(r.total)}  (API GW ${f(r.apiGateway)}, Lambda ${f(r.lambda)}, DynamoDB ${f(r.dynamodb)}, EventBridge ${f(r.eventBridge)}, SES ${f(r.ses)})`,
    );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printEstimate(await estimate(Number(process.argv[2] ?? 5)));
  process.exit(0);
}
