import type { FunctionSpec } from '../function-spec.ts';
import { outboxRelay } from './outbox.ts';

export const visitsFunctions: FunctionSpec[] = [
  {
    id: 'visits-http',
    service: 'visits',
    entry: 'services/visits/src/handlers/http.ts',
    description:
      'Provider API: visit logs, status letters, delivery figures, the cases assigned to the provider.',
    routes: [
      { method: 'POST', path: '/v1/cases/{caseId}/visits', auth: 'jwt' },
      { method: 'GET', path: '/v1/cases/{caseId}/visits', auth: 'jwt' },
      { method: 'POST', path: '/v1/cases/{caseId}/status-reports', auth: 'jwt' },
      { method: 'GET', path: '/v1/cases/{caseId}/status-reports', auth: 'jwt' },
      { method: 'GET', path: '/v1/cases/{caseId}/delivery', auth: 'jwt' },
      { method: 'GET', path: '/v1/provider/cases', auth: 'jwt' },
    ],
    tables: { main: 'readWrite', audit: 'append', idempotency: 'readWrite' },
  },
  {
    // Apart from the provider API so that its schemas and generator are not built at that API's cold starts.
    id: 'visits-openapi',
    service: 'visits',
    entry: 'services/visits/src/handlers/openapi.ts',
    description: 'The OpenAPI document of the whole API (GET /openapi.json), public.',
    routes: [{ method: 'GET', path: '/openapi.json', auth: 'none' }],
  },
  outboxRelay('visits'),
];
