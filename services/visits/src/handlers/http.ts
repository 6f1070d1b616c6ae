import { statusReportSchema, systemClock, visitSchema } from '@hjemmestotte/domain';
import {
  createHttpHandler,
  dynamoAuditReads,
  dynamoAuditTrail,
  dynamoClient,
  env,
  loadConfig,
  municipalityEnv,
  route,
  verifierFromEnv,
} from '@hjemmestotte/lambda-kit';
import { auditWrite } from '../adapters/audit-write.ts';
import { dynamoIdempotencyStore } from '../adapters/dynamo-idempotency-store.ts';
import { dynamoVisitStore } from '../adapters/dynamo-visit-store.ts';
import { requestFingerprint } from '../idempotency/fingerprint.ts';
import { idempotencyFrame, idempotencyKeyOf, scopedKey } from '../idempotency/idempotent-request.ts';
import { caseDelivery } from '../use-cases/case-delivery.ts';
import { listStatusReports } from '../use-cases/list-status-reports.ts';
import { listVisits } from '../use-cases/list-visits.ts';
import { logVisit } from '../use-cases/log-visit.ts';
import { providerCases } from '../use-cases/provider-cases.ts';
import { submitStatusReport } from '../use-cases/submit-status-report.ts';

const config = loadConfig({
  ...municipalityEnv,
  TABLE_MAIN: env.table,
  TABLE_AUDIT: env.table,
  TABLE_IDEMPOTENCY: env.table,
});
const db = dynamoClient();
const store = dynamoVisitStore(db, config.TABLE_MAIN);
const idempotencyStore = dynamoIdempotencyStore(db, config.TABLE_IDEMPOTENCY);
const deps = {
  store,
  audit: dynamoAuditTrail(db, config.TABLE_AUDIT),
  auditWrite: auditWrite(config.TABLE_AUDIT),
  auditReads: dynamoAuditReads(db, config.TABLE_AUDIT),
  clock: systemClock,
  timeZone: config.MUNICIPALITY_POLICY.timeZone,
};

const VISITS = 'POST /v1/cases/{caseId}/visits';
const REPORTS = 'POST /v1/cases/{caseId}/status-reports';
const readers = ['caseworker', 'teamleader', 'provider'] as const;

/** The idempotency frame of a provider write: keyed per caller, fingerprinted by route, path and body. */
const idempotencyFor = (
  routeKey: string,
  req: {
    principal: Parameters<typeof scopedKey>[0];
    headers: Record<string, string>;
    params: Record<string, string>;
    body: unknown;
  },
) =>
  idempotencyFrame({
    store: idempotencyStore,
    id: scopedKey(req.principal, idempotencyKeyOf(req.headers)),
    fingerprint: requestFingerprint(routeKey, req.params, req.body),
    now: deps.clock.now(),
  });

export const handler = createHttpHandler({
  verifier: verifierFromEnv,
  routes: {
    [VISITS]: route({
      roles: ['provider'],
      body: visitSchema,
      run: async (req) =>
        logVisit(deps, req.principal, req.params.caseId!, req.body, idempotencyFor(VISITS, req)),
    }),
    'GET /v1/cases/{caseId}/visits': route({
      roles: readers,
      run: async ({ principal, params, query }) => {
        const page = await listVisits(deps, principal, params.caseId!, query);
        return {
          status: 200,
          body: page.items,
          ...(page.nextCursor ? { headers: { 'next-cursor': page.nextCursor } } : {}),
        };
      },
    }),
    [REPORTS]: route({
      roles: ['provider'],
      body: statusReportSchema,
      run: async (req) =>
        submitStatusReport(deps, req.principal, req.params.caseId!, req.body, idempotencyFor(REPORTS, req)),
    }),
    'GET /v1/cases/{caseId}/status-reports': route({
      roles: readers,
      run: async ({ principal, params, query }) => {
        const page = await listStatusReports(deps, principal, params.caseId!, query);
        return {
          status: 200,
          body: page.items,
          ...(page.nextCursor ? { headers: { 'next-cursor': page.nextCursor } } : {}),
        };
      },
    }),
    'GET /v1/cases/{caseId}/delivery': route({
      roles: readers,
      run: async ({ principal, params }) => ({
        status: 200,
        body: await caseDelivery(deps, principal, params.caseId!),
      }),
    }),
    'GET /v1/provider/cases': route({
      roles: ['provider'],
      run: async ({ principal }) => ({ status: 200, body: await providerCases(deps, principal) }),
    }),
  },
});
