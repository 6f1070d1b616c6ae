import { localDateOf, systemClock } from '@hjemmestotte/domain';
import {
  createHttpHandler,
  dynamoAuditReads,
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
import { parseMonthQuery, readSupervisionReport } from '../supervision/get-report.ts';
import { csvFileName, reportCsv, wantsCsv } from '../supervision/report-csv.ts';

const config = loadConfig({ ...municipalityEnv, TABLE_MAIN: env.table, TABLE_AUDIT: env.table });
const db = dynamoClient();
const deps = {
  store: dynamoSupervisionStore(db, config.TABLE_MAIN),
  auditReads: dynamoAuditReads(db, config.TABLE_AUDIT),
  clock: systemClock,
  timeZone: config.MUNICIPALITY_POLICY.timeZone,
};

// Route × role as in the contract; the route key matches packages/wiring/src/services/planning.ts.
export const handler = createHttpHandler({
  verifier: verifierFromEnv,
  routes: {
    'GET /v1/reports/supervision': route({
      roles: ['teamleader'],
      run: async ({ principal, query, headers }): Promise<HttpResult> => {
        const month = parseMonthQuery(query, localDateOf(deps.clock.now(), deps.timeZone));
        const { view, itemsRead } = await readSupervisionReport(deps, principal, month);
        logger.info('supervision report', { month, itemsRead });
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
