// Items read and written by the sweeps of two working days over N scheduled follow-ups in DynamoDB Local,
// and the same question by a Scan. Run: `npx tsx test/bench/sweep.bench.ts [count]` (default 100000).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { startDynamoDbLocal } from '../../packages/local-stack/src/dynamodb-local.ts';
import { benchSweep } from './sweep-bench.ts';

const count = Number(process.argv[2] ?? 100_000);
const dynamo = await startDynamoDbLocal();
try {
  const f = await benchSweep(dynamo.endpoint, count);
  const s = (n: number) => n.toFixed(1);
  const r = (n: number) => n.toFixed(3);
  console.log(`scheduled follow-ups (and as many cases): ${f.scheduled} (seeded in ${s(f.seedSeconds)} s)`);
  for (const w of f.sweeps) {
    const { summary: x, dynamo: d } = w;
    console.log(
      `sweep ${w.today}: ${x.agendaItems} agenda items due of ${x.cases} cases; ${x.itemsDue} notices sent in ${x.emailsSent} digests; ${s(w.seconds)} s`,
    );
    console.log(
      `  items read ${d.itemsRead} = ${r(w.readsPerDue)} × (items due + cases) [${d.readUnits} RCU]; items written ${d.itemsWritten} = ${r(w.writesPerNotice)} per notice sent [${d.writeUnits} WCU with index copies = ${r(d.writeUnits / Math.max(1, x.itemsDue))} per notice]; ${d.requests} requests`,
    );
  }
  console.log(
    `scan of the table (first day): items read ${f.scan.itemsRead}, follow-ups matched ${f.scan.itemsDue}, ${s(f.scan.seconds)} s`,
  );
} finally {
  await dynamo.stop();
}
