import { localDateOf, systemClock } from '@hjemmestotte/domain';
import {
  createHttpHandler,
  dynamoClient,
  env,
  loadConfig,
  logger,
  municipalityEnv,
  route,
  verifierFromEnv,
} from '@hjemmestotte/lambda-kit';
import { dynamoSupervisionStore } from '../supervision/adapters/dynamo-supervision-store.ts';
import { parseMonthQuery, reportView, supervisionReport } from '../supervision/get-report.ts';

const config = loadConfig({ ...municipalityEnv, TABLE_MAIN: env.table });
const deps = {
  store: dynamoSupervisionStore(dynamoClient(), config.TABLE_MAIN),
  clock: systemClock,
  timeZone: config.MUNICIPALITY_POLICY.timeZone,
};

// Route × role as in the contract; the route key matches packages/wiring/src/services/planning.ts.
export const handler = createHttpHandler({
  verifier: verifierFromEnv,
  routes: {
    'GET /v1/reports/supervision': route({
      roles: ['teamleader'],
      run: async ({ query }) => {
        const month = parseMonthQuery(query, localDateOf(deps.clock.now(), deps.timeZone));
        const { figures, itemsRead } = await supervisionReport(deps, month);
        logger.info('supervision report', { month, itemsRead });
        return { status: 200, body: reportView(figures) };
      },
    }),
  },
});
