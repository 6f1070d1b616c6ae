import {
  type CaseFollowUp,
  type CaseView,
  type FollowUpView,
  type ProviderCaseView,
  registrationExample,
  visitExample,
} from '@hjemmestotte/domain';

// One example answer per operation (by route key), shown in the document beside its schema. Built from the
// contract's own registration example, so the answers tell one story: case NYB-2026-0142 from
// 9 November 2026. services/visits/src/openapi/response-examples.test.ts parses each with its strict schema.

const caseId = '0f8e4c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c';
const { teamLeaderEmail: _none, ...reg } = registrationExample;

const firstFollowUp: FollowUpView = {
  followUpId: 'fu-1',
  kind: 'first',
  dueOn: '2027-02-09',
  status: 'scheduled',
  reportReceived: false,
};

// The case shows its follow-ups in the contract's shape; the follow-up routes add the report fields.
const { reportReceived: _r, ...caseFirstFollowUp } = firstFollowUp;
const caseFollowUp: CaseFollowUp = caseFirstFollowUp;

const caseExample: CaseView = {
  ...reg,
  caseId,
  status: 'active',
  teamLeaderEmail: 'teamleder@kommune.example',
  terms: [{ from: '2026-11-09', hoursPerWeek: 6, providerId: 'hjemmebasen' }],
  followUps: [caseFollowUp],
  deadlines: { planDueOn: '2027-02-02' },
  history: [],
};

const changedExample: CaseView = {
  ...caseExample,
  terms: [
    { from: '2026-11-09', hoursPerWeek: 6, providerId: 'hjemmebasen' },
    { from: '2027-01-04', hoursPerWeek: 8, providerId: 'hjemmebasen' },
  ],
  history: [
    {
      effectiveFrom: '2027-01-04',
      changedAt: '2026-12-15T10:12:00Z',
      changedBy: 'sagsbehandler@kommune.example',
      before: { hoursPerWeek: 6 },
      after: { hoursPerWeek: 8 },
    },
  ],
};

const closedExample: CaseView = {
  ...caseExample,
  status: 'closed',
  closedOn: '2027-06-30',
  closeReason: 'goals-met',
  followUps: [
    { ...caseFollowUp, status: 'held', heldOn: '2027-02-05' },
    { followUpId: 'fu-2', kind: 'regular', dueOn: '2027-08-05', status: 'cancelled' },
  ],
};

export const providerCaseViewExample: ProviderCaseView = {
  caseId,
  caseNumber: reg.caseNumber,
  status: 'active',
  program: reg.program,
  startsOn: reg.startsOn,
  expectedEndOn: reg.expectedEndOn,
  hoursPerWeek: 6,
  children: reg.children,
  purpose: reg.purpose,
  goals: [
    {
      goalId: 'g1',
      title: 'Faste morgenrutiner',
      subGoals: [{ subGoalId: 'g1a', title: 'Vækkeur kl. 6.30' }],
    },
  ],
  followUps: [{ followUpId: 'fu-1', kind: 'first', dueOn: '2027-02-09', status: 'scheduled' }],
};

const provider = {
  providerId: 'hjemmebasen',
  name: 'Hjemmebasen ApS',
  contactEmail: 'kontakt@hjemmebasen.example',
  active: true,
  createdAt: '2026-10-01T08:00:00Z',
};

const plan = {
  caseId,
  purpose: reg.purpose,
  goals: [
    {
      goalId: 'g1',
      title: 'Faste morgenrutiner',
      subGoals: [{ subGoalId: 'g1a', title: 'Vækkeur kl. 6.30' }],
    },
  ],
  updatedAt: '2026-11-12T13:40:00Z',
};

const { concern: _c, ...routineVisit } = visitExample;
const visit = {
  ...routineVisit,
  visitId: '6c455526-4194-454d-b1de-620b524e3355',
  caseId,
  providerId: 'hjemmebasen',
  loggedAt: '2026-11-20T09:05:12Z',
};

const statusReport = {
  reportId: '9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
  caseId,
  providerId: 'hjemmebasen',
  submittedAt: '2027-01-28T14:02:00Z',
  kind: 'follow-up',
  text: 'Familien har etableret faste morgenrutiner.',
  familyHasRead: true,
  followUpId: 'fu-1',
};

const caseworkerActor = {
  sub: 'e13f0cfb-3159-4e03-a69b-c0d3cc5c4740',
  role: 'caseworker',
  email: 'sagsbehandler@kommune.example',
};

export const responseExamples: Record<string, unknown> = {
  'POST /v1/providers': provider,
  'GET /v1/providers': [provider],
  'PATCH /v1/providers/{providerId}': { ...provider, active: false, updatedAt: '2027-03-01T09:00:00Z' },
  'POST /v1/cases': caseExample,
  'GET /v1/cases': {
    items: [
      {
        caseId,
        caseNumber: reg.caseNumber,
        status: 'active',
        program: reg.program,
        startsOn: reg.startsOn,
        expectedEndOn: reg.expectedEndOn,
        caseworkerEmail: reg.caseworkerEmail,
        providerId: 'hjemmebasen',
        hoursPerWeek: 6,
        nextDeadlineOn: '2027-02-02',
      },
    ],
    cursor: 'eyJwayI6IkNBU0UjMGY4ZTRjMWEifQ',
  },
  'GET /v1/cases/{caseId}': caseExample,
  'PATCH /v1/cases/{caseId}': changedExample,
  'POST /v1/cases/{caseId}/close': closedExample,
  'GET /v1/cases/{caseId}/audit': [
    { caseId, action: 'case.create', at: '2026-11-03T09:30:00Z', actor: caseworkerActor },
    {
      caseId,
      action: 'visit.create',
      at: '2026-11-20T09:05:12Z',
      actor: { sub: 'hjemmebasen-client', role: 'provider', providerId: 'hjemmebasen' },
    },
  ],
  'PUT /v1/cases/{caseId}/plan': plan,
  'GET /v1/cases/{caseId}/plan': plan,
  'GET /v1/cases/{caseId}/follow-ups': [firstFollowUp],
  'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held': {
    followUp: { ...firstFollowUp, status: 'held', heldOn: '2027-02-05' },
    nextFollowUp: {
      followUpId: 'fu-2',
      kind: 'regular',
      dueOn: '2027-08-05',
      status: 'scheduled',
      reportReceived: false,
    },
  },
  'POST /v1/cases/{caseId}/visits': visit,
  'GET /v1/cases/{caseId}/visits': [visit],
  'POST /v1/cases/{caseId}/status-reports': statusReport,
  'GET /v1/cases/{caseId}/status-reports': [statusReport],
  'GET /v1/cases/{caseId}/delivery': {
    caseId,
    caseNumber: reg.caseNumber,
    providerId: 'hjemmebasen',
    timeZone: 'Europe/Copenhagen',
    hoursPerWeek: 6,
    hoursHistory: [{ effectiveOn: '2026-11-09', hoursPerWeek: 6 }],
    totals: { grantedHours: 12, deliveredHours: 6 },
    weeks: [
      {
        week: '2026-W46',
        startsOn: '2026-11-09',
        endsOn: '2026-11-15',
        grantedHours: 6,
        deliveredHours: 4,
        visits: 2,
      },
      {
        week: '2026-W47',
        startsOn: '2026-11-16',
        endsOn: '2026-11-22',
        grantedHours: 6,
        deliveredHours: 2,
        visits: 1,
      },
    ],
  },
  'GET /v1/provider/cases': [
    {
      caseId,
      caseNumber: reg.caseNumber,
      program: reg.program,
      startsOn: reg.startsOn,
      expectedEndOn: reg.expectedEndOn,
      hoursPerWeek: 6,
    },
  ],
  'GET /v1/reports/supervision': {
    month: '2027-02',
    asOf: '2027-02-28',
    followUps: { due: 3, heldOnTime: 1, heldLate: 1, overdue: 1, notYetDue: 0 },
    plansMissing: 1,
    investigationsOverdue: 0,
    providers: [
      {
        providerId: 'hjemmebasen',
        cases: 2,
        hoursGranted: 48,
        hoursDelivered: 41.5,
        visits: 19,
        concerns: 1,
      },
    ],
    overdueFollowUps: [{ caseNumber: 'NYB-2026-0150', dueOn: '2027-02-16' }],
  },
  'GET /v1/reports/overdue': {
    asOf: '2027-03-01',
    items: [
      { kind: 'follow-up', caseId, caseNumber: 'NYB-2026-0142', dueOn: '2027-02-09', followUpId: 'fu-1' },
      {
        kind: 'plan',
        caseId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        caseNumber: 'NYB-2026-0150',
        dueOn: '2027-02-15',
      },
    ],
  },
  // The document itself: its beginning (the whole is what this route answers).
  'GET /openapi.json': {
    openapi: '3.1.0',
    info: {
      title: 'Hjemmestøtte API',
      version: '1.0.0',
      description: 'Home support for families with children (Barnets Lov § 32, stk. 1, nr. 2).',
      contact: { name: 'Hjemmestøtte, run by the municipality whose address served this document' },
    },
    servers: [{ url: '/', description: 'This installation: the origin that served this document' }],
    tags: [{ name: 'meta', description: 'This document.' }],
    security: [{ oauth2: [] }],
    paths: {
      '/openapi.json': {
        get: {
          operationId: 'getOpenapi',
          tags: ['meta'],
          summary: 'This document (OpenAPI 3.1)',
          description: 'This document (OpenAPI 3.1).\n\nWho may call it: anyone.',
          security: [],
          responses: { '200': { description: 'This document, OpenAPI 3.1' } },
        },
      },
    },
    webhooks: {},
    components: { schemas: {}, securitySchemes: {} },
  },
};
