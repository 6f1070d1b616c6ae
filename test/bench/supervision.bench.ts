// Items read by the supervision report of one month at N cases in DynamoDB Local, against a Scan of the
// table. Run: `npx tsx test/bench/supervision.bench.ts [cases]` (default 20000).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { startDynamoDbLocal } from '../../packages/local-stack/src/dynamodb-local.ts';
import { benchSupervision } from './supervision-bench.ts';

const count = Number(process.argv[2] ?? 20_000);
const dynamo = await startDynamoDbLocal();
try {
  const f = await benchSupervision(dynamo.endpoint, count, (line) => console.error(line));
  const s = (n: number) => n.toFixed(1);
  console.log(
    `cases: ${f.cases} (${f.openCases} open, ${f.closedCases} closed with ${f.monthCopies} month copies; seeded in ${s(f.seedSeconds)} s)`,
  );
  console.log(
    `report ${f.report.month}: items read ${f.report.itemsRead} (open cases + the month's closed cases + provider counters = ${f.report.expectedItems}), follow-ups due ${f.report.due}, ${s(f.report.seconds)} s`,
  );
  console.log(`scan of the table:  items read ${f.scan.itemsRead}, ${s(f.scan.seconds)} s`);
} finally {
  await dynamo.stop();
}
