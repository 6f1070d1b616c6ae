import type { FunctionSpec } from '../function-spec.ts';
import { outboxRelay } from './outbox.ts';

export const planningFunctions: FunctionSpec[] = [
  {
    id: 'planning-http',
    service: 'planning',
    entry: 'services/planning/src/handlers/http.ts',
    description: 'Follow-ups and barnets plan.',
    routes: [
      { method: 'GET', path: '/v1/cases/{caseId}/follow-ups', auth: 'jwt' },
      { method: 'POST', path: '/v1/cases/{caseId}/follow-ups/{followUpId}/held', auth: 'jwt' },
      { method: 'PUT', path: '/v1/cases/{caseId}/plan', auth: 'jwt' },
    ],
    tables: { main: 'readWrite', audit: 'write' },
  },
  {
    id: 'planning-events',
    service: 'planning',
    entry: 'services/planning/src/handlers/case-events.ts',
    description: 'Keeps the follow-up schedule in step with what happens to cases.',
    subscriptions: [
      { source: 'hjemmestotte.intake', detailType: 'CaseOpened' },
      { source: 'hjemmestotte.intake', detailType: 'AssessmentCompleted' },
      { source: 'hjemmestotte.intake', detailType: 'CaseClosed' },
      { source: 'hjemmestotte.intake', detailType: 'SupportAdjusted' },
    ],
    tables: { main: 'readWrite' },
  },
  outboxRelay('planning'),
];
