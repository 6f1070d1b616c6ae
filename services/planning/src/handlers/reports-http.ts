import { localDateOf, systemClock } from '@hjemmestotte/domain';
import {
  createHttpHandler,
  dynamoClient,
  env,
  type HttpResult,
  loadConfig,
  logger,
  municipalityEnv,
  route,
  verifierFromEnv,
} from '@hjemmestotte/lambda-kit';
import { dynamoSupervisionStore } from '../supervision/adapters/dynamo-supervision-store.ts';
import { parseMonthQuery, reportView, supervisionReport } from '../supervision/get-report.ts';
import { csvFileName, reportCsv, wantsCsv } from '../supervision/report-csv.ts';

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
      run: async ({ query, headers }): Promise<HttpResult> => {
        const month = parseMonthQuery(query, localDateOf(deps.clock.now(), deps.timeZone));
        const { figures, itemsRead } = await supervisionReport(deps, month);
        logger.info('supervision report', { month, itemsRead });
        const view = reportView(figures);
        if (!wantsCsv(headers.accept)) return { status: 200, body: view, headers: { vary: 'accept' } };
        return {
          status: 200,
          text: reportCsv(view),
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="${csvFileName(month)}"`,
            vary: 'accept',
          },
        };
      },
    }),
  },
});
