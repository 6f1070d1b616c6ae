import { randomUUID } from 'node:crypto';
import type { CaseWorld } from './case-world.ts';
import { visitBody } from './case-world.ts';

export const callers = [
  'caseworker',
  'teamleader',
  'admin',
  'providerOfCase',
  'otherProvider',
  'noToken',
] as const;
export type Caller = (typeof callers)[number];

/**
 * An exact status, or `allowed`: the caller passed authentication and authorisation and the route answered
 * on its merits (not 401/403/404, never 5xx). Used only where the answer depends on body details.
 */
export type Expected = number | 'allowed';

export interface RouteCase {
  /** A body every caller sends (refusals must not depend on it); `world` gives the case's ids. */
  body?: (w: CaseWorld) => unknown;
  headers?: () => Record<string, string>;
  expect: Record<Caller, Expected>;
}

// Statuses from contract.md. Roles are checked before the case is read, so a provider on a route no provider
// may call gets 403; on a route providers may call, another provider's case answers 404 (never revealed).
const usersOnlyWrite = (
  allowed: 'caseworker' | 'admin',
  status: Expected = 400,
): Record<Caller, Expected> => ({
  caseworker: 403,
  teamleader: 403,
  admin: 403,
  providerOfCase: 403,
  otherProvider: 403,
  noToken: 401,
  [allowed]: status,
});
const caseReaders: Record<Caller, Expected> = {
  caseworker: 200,
  teamleader: 200,
  admin: 403,
  providerOfCase: 200,
  otherProvider: 404,
  noToken: 401,
};
const providerWrite: Record<Caller, Expected> = {
  caseworker: 403,
  teamleader: 403,
  admin: 403,
  providerOfCase: 201,
  otherProvider: 404,
  noToken: 401,
};

export const routeTable: Record<string, RouteCase> = {
  'POST /v1/providers': { body: () => ({}), expect: usersOnlyWrite('admin') },
  // A name edit of the world's own provider: the admin's succeeds, and changes nothing the other rows need.
  'PATCH /v1/providers/{providerId}': {
    body: (w) => ({ name: `Udbyder ${w.providerA}` }),
    expect: usersOnlyWrite('admin', 200),
  },
  'GET /v1/providers': {
    expect: { ...usersOnlyWrite('admin', 200), caseworker: 200 },
  },
  // An empty body: refused on its shape by the caseworker, on the role by everyone else.
  'POST /v1/cases': { body: () => ({}), expect: usersOnlyWrite('caseworker') },
  'GET /v1/cases': {
    expect: { ...usersOnlyWrite('caseworker', 200), teamleader: 200 },
  },
  'GET /v1/cases/{caseId}': { expect: caseReaders },
  'PATCH /v1/cases/{caseId}': {
    body: () => ({ hoursPerWeek: 6 }),
    expect: usersOnlyWrite('caseworker', 'allowed'),
  },
  'POST /v1/cases/{caseId}/close': { body: () => ({}), expect: usersOnlyWrite('caseworker') },
  // Not in the contract table; intake's route gives the trail to team leaders only.
  'GET /v1/cases/{caseId}/audit': {
    expect: { ...usersOnlyWrite('caseworker', 403), teamleader: 200 },
  },
  'PUT /v1/cases/{caseId}/plan': { body: () => ({}), expect: usersOnlyWrite('caseworker') },
  // The world's case has a plan (written in the matrix's set-up), so its readers get 200.
  'GET /v1/cases/{caseId}/plan': { expect: caseReaders },
  'GET /v1/cases/{caseId}/follow-ups': { expect: caseReaders },
  'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held': {
    body: () => ({}),
    expect: usersOnlyWrite('caseworker'),
  },
  'POST /v1/cases/{caseId}/visits': {
    body: () => visitBody(30),
    headers: () => ({ 'idempotency-key': randomUUID() }),
    expect: providerWrite,
  },
  'GET /v1/cases/{caseId}/visits': { expect: caseReaders },
  'POST /v1/cases/{caseId}/status-reports': {
    body: () => ({ kind: 'follow-up', text: 'Forløbet går som planlagt.', familyHasRead: true }),
    headers: () => ({ 'idempotency-key': randomUUID() }),
    expect: providerWrite,
  },
  'GET /v1/cases/{caseId}/status-reports': { expect: caseReaders },
  'GET /v1/cases/{caseId}/delivery': { expect: caseReaders },
  'GET /v1/provider/cases': {
    expect: {
      caseworker: 403,
      teamleader: 403,
      admin: 403,
      providerOfCase: 200,
      otherProvider: 200,
      noToken: 401,
    },
  },
  // Counts for the team leader only (issue 12); a provider gets 403 like any other role.
  'GET /v1/reports/supervision': {
    expect: {
      caseworker: 403,
      teamleader: 200,
      admin: 403,
      providerOfCase: 403,
      otherProvider: 403,
      noToken: 401,
    },
  },
  // Names cases of the whole municipality: the team leader only.
  'GET /v1/reports/overdue': {
    expect: {
      caseworker: 403,
      teamleader: 200,
      admin: 403,
      providerOfCase: 403,
      otherProvider: 403,
      noToken: 401,
    },
  },
  'GET /openapi.json': {
    expect: {
      caseworker: 200,
      teamleader: 200,
      admin: 200,
      providerOfCase: 200,
      otherProvider: 200,
      noToken: 200,
    },
  },
};

/** `/v1/cases/{caseId}/…` with the world's real ids. */
export const concretePath = (path: string, w: CaseWorld) =>
  path === '/v1/reports/supervision'
    ? `${path}?month=${currentMonth()}`
    : path.replace('{caseId}', w.caseId).replace('{followUpId}', 'fu-1').replace('{providerId}', w.providerA);

/** The month now in Copenhagen (the report refuses a month that has not begun). */
const currentMonth = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
  }).format(new Date());

export const matches = (expected: Expected, status: number) =>
  expected === 'allowed' ? status < 500 && ![401, 403, 404].includes(status) : expected === status;
