import type { FunctionSpec } from '../function-spec.ts';
import { outboxRelay } from './outbox.ts';

export const planningFunctions: FunctionSpec[] = [
  {
    id: 'planning-http',
    service: 'planning',
    entry: 'services/planning/src/handlers/http.ts',
    description: "Follow-ups, barnets plan, and the team leader's list of what is overdue.",
    routes: [
      { method: 'GET', path: '/v1/cases/{caseId}/follow-ups', auth: 'jwt' },
      { method: 'POST', path: '/v1/cases/{caseId}/follow-ups/{followUpId}/held', auth: 'jwt' },
      { method: 'GET', path: '/v1/cases/{caseId}/plan', auth: 'jwt' },
      { method: 'PUT', path: '/v1/cases/{caseId}/plan', auth: 'jwt' },
      { method: 'GET', path: '/v1/reports/overdue', auth: 'jwt' },
    ],
    tables: { main: 'readWrite', audit: 'append' },
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
      { source: 'hjemmestotte.visits', detailType: 'StatusReportSubmitted' },
    ],
    tables: { main: 'readWrite' },
  },
  {
    id: 'planning-supervision',
    service: 'planning',
    entry: 'services/planning/src/handlers/supervision-events.ts',
    description:
      'Keeps the monthly supervision roll-up (per-case state, open cases, month partitions, provider counters) in step with events.',
    subscriptions: [
      { source: 'hjemmestotte.intake', detailType: 'CaseOpened' },
      { source: 'hjemmestotte.intake', detailType: 'SupportAdjusted' },
      { source: 'hjemmestotte.intake', detailType: 'AssessmentCompleted' },
      { source: 'hjemmestotte.intake', detailType: 'CaseClosed' },
      { source: 'hjemmestotte.planning', detailType: 'FollowUpScheduled' },
      { source: 'hjemmestotte.planning', detailType: 'FollowUpHeld' },
      { source: 'hjemmestotte.planning', detailType: 'PlanUpdated' },
      { source: 'hjemmestotte.visits', detailType: 'VisitLogged' },
      { source: 'hjemmestotte.visits', detailType: 'ConcernRaised' },
    ],
    // Reads cases, follow-ups and history; writes only SUPERVISION items.
    tables: { main: 'readWrite' },
  },
  {
    id: 'planning-reports',
    service: 'planning',
    entry: 'services/planning/src/handlers/reports-http.ts',
    description: "The team leader's monthly supervision report (JSON or CSV), read from the roll-up.",
    routes: [{ method: 'GET', path: '/v1/reports/supervision', auth: 'jwt' }],
    // Writes an audit entry per case the overdue list names (a read of that case).
    tables: { main: 'read', audit: 'append' },
  },
  {
    id: 'planning-supervision-monthly',
    service: 'planning',
    entry: 'services/planning/src/handlers/supervision-monthly.ts',
    description:
      "Mails each team leader last month's supervision figures on the first working day of the month (once).",
    schedules: [{ name: 'supervision', at: 'send-hour' }],
    // Reads the roll-up; writes only its ledger items (SENT#supervision#…).
    tables: { main: 'readWrite' },
    sendsEmail: true,
    timeoutSeconds: 120,
  },
  outboxRelay('planning'),
];
