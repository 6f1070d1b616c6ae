import {
  caseChangeSchema,
  caseCloseSchema,
  caseRegistrationSchema,
  providerChangeSchema,
  providerSchema,
  systemClock,
} from '@hjemmestotte/domain';
import {
  badRequest,
  createHttpHandler,
  dynamoAuditTrail,
  dynamoClient,
  fieldErrors,
  route,
  verifierFromEnv,
} from '@hjemmestotte/lambda-kit';
import { dynamoCaseStore } from '../adapters/dynamo-case-store.ts';
import { dynamoProviderStore } from '../adapters/dynamo-provider-store.ts';
import { loadIntakeConfig } from '../config.ts';
import { changeCase } from '../use-cases/change-case.ts';
import { closeCase } from '../use-cases/close-case.ts';
import { getAudit } from '../use-cases/get-audit.ts';
import { getCase } from '../use-cases/get-case.ts';
import { listCases, listCasesQuerySchema } from '../use-cases/list-cases.ts';
import { changeProvider, listProviders, registerProvider } from '../use-cases/providers.ts';
import { registerCase } from '../use-cases/register-case.ts';

const config = loadIntakeConfig();
const db = dynamoClient();
const deps = {
  cases: dynamoCaseStore(db, config.TABLE_MAIN, config.TABLE_AUDIT),
  providers: dynamoProviderStore(db, config.TABLE_MAIN, config.TABLE_AUDIT),
  audit: dynamoAuditTrail(db, config.TABLE_AUDIT),
  clock: systemClock,
  policy: config.MUNICIPALITY_POLICY,
  defaultTeamLeaderEmail: config.DEFAULT_TEAM_LEADER_EMAIL,
};

// Route × role as in the contract; the route keys match packages/wiring/src/services/intake.ts.
export const handler = createHttpHandler({
  verifier: verifierFromEnv,
  routes: {
    'POST /v1/cases': route({
      roles: ['caseworker'],
      body: caseRegistrationSchema,
      run: async ({ principal, body }) => ({ status: 201, body: await registerCase(deps, principal, body) }),
    }),
    'GET /v1/cases': route({
      roles: ['caseworker', 'teamleader'],
      run: async ({ principal, query }) => {
        const parsed = listCasesQuerySchema.safeParse(query);
        if (!parsed.success) throw badRequest(fieldErrors(parsed.error));
        return { status: 200, body: await listCases(deps, principal, parsed.data) };
      },
    }),
    'GET /v1/cases/{caseId}': route({
      roles: ['caseworker', 'teamleader', 'provider'],
      run: async ({ principal, params }) => ({
        status: 200,
        body: await getCase(deps, principal, params.caseId!),
      }),
    }),
    'PATCH /v1/cases/{caseId}': route({
      roles: ['caseworker'],
      body: caseChangeSchema,
      run: async ({ principal, params, body }) => ({
        status: 200,
        body: await changeCase(deps, principal, params.caseId!, body),
      }),
    }),
    'POST /v1/cases/{caseId}/close': route({
      roles: ['caseworker'],
      body: caseCloseSchema,
      run: async ({ principal, params, body }) => ({
        status: 200,
        body: await closeCase(deps, principal, params.caseId!, body),
      }),
    }),
    'GET /v1/cases/{caseId}/audit': route({
      roles: ['teamleader'],
      run: async ({ principal, params }) => ({
        status: 200,
        body: await getAudit(deps, principal, params.caseId!),
      }),
    }),
    'POST /v1/providers': route({
      roles: ['admin'],
      body: providerSchema,
      run: async ({ principal, body }) => ({
        status: 201,
        body: await registerProvider(deps, principal, body),
      }),
    }),
    'PATCH /v1/providers/{providerId}': route({
      roles: ['admin'],
      body: providerChangeSchema,
      run: async ({ principal, params, body }) => ({
        status: 200,
        body: await changeProvider(deps, principal, params.providerId!, body),
      }),
    }),
    'GET /v1/providers': route({
      roles: ['admin', 'caseworker'],
      run: async () => ({ status: 200, body: await listProviders(deps) }),
    }),
  },
});
