import type { FunctionSpec } from '../function-spec.ts';
import { outboxRelay } from './outbox.ts';

export const intakeFunctions: FunctionSpec[] = [
  {
    id: 'intake-http',
    service: 'intake',
    entry: 'services/intake/src/handlers/http.ts',
    description: 'Caseworker API: register, read, change and close cases; providers; the audit trail.',
    routes: [
      { method: 'POST', path: '/v1/cases', auth: 'jwt' },
      { method: 'GET', path: '/v1/cases', auth: 'jwt' },
      { method: 'GET', path: '/v1/cases/{caseId}', auth: 'jwt' },
      { method: 'PATCH', path: '/v1/cases/{caseId}', auth: 'jwt' },
      { method: 'POST', path: '/v1/cases/{caseId}/close', auth: 'jwt' },
      { method: 'GET', path: '/v1/cases/{caseId}/audit', auth: 'jwt' },
      { method: 'POST', path: '/v1/providers', auth: 'jwt' },
      { method: 'GET', path: '/v1/providers', auth: 'jwt' },
      { method: 'PATCH', path: '/v1/providers/{providerId}', auth: 'jwt' },
    ],
    tables: { main: 'readWrite', audit: 'readAppend' },
  },
  {
    id: 'intake-planning-events',
    service: 'intake',
    entry: 'services/intake/src/handlers/planning-events.ts',
    description:
      "Keeps each active case's next deadline (Mine sager's order) in step with planning's schedule.",
    subscriptions: [
      { source: 'hjemmestotte.planning', detailType: 'FollowUpScheduled' },
      { source: 'hjemmestotte.planning', detailType: 'FollowUpHeld' },
      { source: 'hjemmestotte.planning', detailType: 'PlanUpdated' },
    ],
    tables: { main: 'readWrite' },
  },
  outboxRelay('intake'),
];
