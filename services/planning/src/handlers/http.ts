import { followUpHeldSchema, planSchema, systemClock } from '@hjemmestotte/domain';
import {
  createHttpHandler,
  dynamoAuditTrail,
  dynamoClient,
  env,
  loadConfig,
  logger,
  municipalityEnv,
  route,
  verifierFromEnv,
} from '@hjemmestotte/lambda-kit';
import { dynamoCaseAccess } from '../adapters/dynamo-case-access.ts';
import { dynamoPlanStore } from '../adapters/dynamo-plan-store.ts';
import { dynamoScheduleStore } from '../adapters/dynamo-schedule-store.ts';
import { dynamoOverdue } from '../overdue/dynamo-overdue.ts';
import { listOverdue } from '../overdue/overdue.ts';
import { getPlan } from '../use-cases/get-plan.ts';
import { listFollowUps } from '../use-cases/list-follow-ups.ts';
import { putPlan } from '../use-cases/put-plan.ts';
import { recordHeld } from '../use-cases/record-held.ts';

const config = loadConfig({ ...municipalityEnv, TABLE_MAIN: env.table, TABLE_AUDIT: env.table });
const db = dynamoClient();
const deps = {
  store: dynamoScheduleStore(db, config.TABLE_MAIN, config.TABLE_AUDIT),
  plans: dynamoPlanStore(db, config.TABLE_MAIN, config.TABLE_AUDIT),
  access: dynamoCaseAccess(db, config.TABLE_MAIN),
  overdue: dynamoOverdue(db, config.TABLE_MAIN),
  audit: dynamoAuditTrail(db, config.TABLE_AUDIT),
  clock: systemClock,
  policy: config.MUNICIPALITY_POLICY,
};

// Route × role as in the contract; the route keys match packages/wiring/src/services/planning.ts.
export const handler = createHttpHandler({
  verifier: verifierFromEnv,
  routes: {
    'GET /v1/cases/{caseId}/follow-ups': route({
      roles: ['caseworker', 'teamleader', 'provider'],
      run: async ({ principal, params }) => ({
        status: 200,
        body: await listFollowUps(deps, principal, params.caseId!),
      }),
    }),
    'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held': route({
      roles: ['caseworker'],
      body: followUpHeldSchema,
      run: async ({ principal, params, body }) => ({
        status: 200,
        body: await recordHeld(
          deps,
          principal,
          { caseId: params.caseId!, followUpId: params.followUpId! },
          body,
        ),
      }),
    }),
    'GET /v1/cases/{caseId}/plan': route({
      roles: ['caseworker', 'teamleader', 'provider'],
      run: async ({ principal, params }) => ({
        status: 200,
        body: await getPlan(deps, principal, params.caseId!),
      }),
    }),
    'PUT /v1/cases/{caseId}/plan': route({
      roles: ['caseworker'],
      body: planSchema,
      run: async ({ principal, params, body }) => ({
        status: 200,
        body: await putPlan(deps, principal, params.caseId!, body),
      }),
    }),
    'GET /v1/reports/overdue': route({
      roles: ['teamleader'],
      run: async ({ principal, query }) => {
        const { body, itemsRead } = await listOverdue(deps, principal, query);
        logger.info('overdue list', { items: body.items.length, itemsRead });
        return { status: 200, body };
      },
    }),
  },
});
