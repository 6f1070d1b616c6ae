// Items read against items due for one sweep over N scheduled follow-ups in DynamoDB Local, and the same
// question by a Scan. Run: `npx tsx test/bench/sweep.bench.ts [count]` (default 100000).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { startDynamoDbLocal } from '../../packages/local-stack/src/dynamodb-local.ts';
import { benchSweep } from './sweep-bench.ts';

const count = Number(process.argv[2] ?? 100_000);
const dynamo = await startDynamoDbLocal();
try {
  const f = await benchSweep(dynamo.endpoint, count);
  const s = (n: number) => n.toFixed(1);
  console.log(`scheduled follow-ups (and as many cases): ${f.scheduled} (seeded in ${s(f.seedSeconds)} s)`);
  console.log(
    `sweep (agenda index query): items read ${f.sweep.itemsRead}, notices due ${f.sweep.itemsDue}, digests ${f.sweep.emailsSent}, ${s(f.sweep.seconds)} s`,
  );
  console.log(
    `scan of the table:          items read ${f.scan.itemsRead}, follow-ups matched ${f.scan.itemsDue}, ${s(f.scan.seconds)} s`,
  );
} finally {
  await dynamo.stop();
}
