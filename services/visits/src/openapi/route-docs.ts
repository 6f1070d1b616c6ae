import { requestBodySchemas } from '@hjemmestotte/domain';
import type * as z from 'zod';
import { STATUS_REPORTS_PAGE_MAX } from '../use-cases/list-status-reports.ts';
import { VISITS_PAGE_MAX } from '../use-cases/list-visits.ts';
import {
  deliverySchema,
  providerCaseSchema,
  statusReportRecordSchema,
  visitRecordSchema,
} from './response-schemas.ts';
import {
  casePageSchema,
  casesQuerySchema,
  followUpViewSchema,
  pageQuerySchema,
  planRecordSchema,
  providerRecordSchema,
  supervisionQuerySchema,
  supervisionSchema,
} from './staff-response-schemas.ts';

export interface RouteDoc {
  summary: string;
  who: string;
  body?: z.ZodType;
  success?: { status: number; schema?: z.ZodType };
  idempotent?: boolean;
  /** Query parameters, as the handler parses them. */
  query?: z.ZodObject;
  /** Conflicts other than idempotency (a duplicate case number). */
  conflict?: boolean;
}

const b = requestBodySchemas;

/**
 * What the document says about each contract route. The list of paths comes from the wiring, not from
 * here: a route wired without an entry here still appears (with generic answers), so nothing goes missing.
 */
export const routeDocs: Record<string, RouteDoc> = {
  'POST /v1/providers': {
    summary: 'Register a provider',
    who: 'admin',
    body: b.Provider,
    success: { status: 201, schema: providerRecordSchema },
    conflict: true,
  },
  'GET /v1/providers': {
    summary: 'List providers',
    who: 'admin, caseworker',
    success: { status: 200, schema: providerRecordSchema.array() },
  },
  'PATCH /v1/providers/{providerId}': {
    summary:
      'Deactivate a provider (`active: false`: no new cases, no more mail) or edit its name and address',
    who: 'admin',
    body: b.ProviderChange,
    success: { status: 200, schema: providerRecordSchema },
  },
  'POST /v1/cases': {
    summary: 'Register a granted support',
    who: 'caseworker',
    body: b.CaseRegistration,
    success: { status: 201 },
    conflict: true,
  },
  'GET /v1/cases': {
    summary:
      'Find cases: `caseNumber` (one case, case-insensitive), `caseworker=me` (your active cases, next deadline first) or `status=active|closed`; `limit` 1–100 (25), opaque `cursor`',
    who: 'caseworker, teamleader',
    query: casesQuerySchema,
    success: { status: 200, schema: casePageSchema },
  },
  'GET /v1/cases/{caseId}': {
    summary: 'The case, its follow-ups and deadlines',
    who: 'caseworker, teamleader; provider of that case',
  },
  'PATCH /v1/cases/{caseId}': { summary: 'Change a case', who: 'caseworker', body: b.CaseChange },
  'POST /v1/cases/{caseId}/close': { summary: 'Close a case', who: 'caseworker', body: b.CaseClose },
  'PUT /v1/cases/{caseId}/plan': {
    summary: 'Write barnets plan',
    who: 'caseworker',
    body: b.Plan,
    success: { status: 200, schema: planRecordSchema },
  },
  'GET /v1/cases/{caseId}/plan': {
    summary: 'Barnets plan as last written (404 while none)',
    who: 'caseworker, teamleader; provider of that case',
    success: { status: 200, schema: planRecordSchema },
  },
  'GET /v1/cases/{caseId}/follow-ups': {
    summary:
      'The follow-ups of a case; each also says whether the status report naming it arrived (`reportReceived`, `reportReceivedOn`)',
    who: 'caseworker, teamleader; provider of that case',
    success: { status: 200, schema: followUpViewSchema.array() },
  },
  'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held': {
    summary: 'Record a held follow-up',
    who: 'caseworker',
    body: b.FollowUpHeld,
  },
  'POST /v1/cases/{caseId}/visits': {
    summary: 'Log a visit',
    who: 'provider of that case',
    body: b.Visit,
    success: { status: 201, schema: visitRecordSchema },
    idempotent: true,
  },
  'GET /v1/cases/{caseId}/visits': {
    summary:
      "The visit logs of a case, oldest first. Query `limit` (1–200, default 200) and `cursor`; the next page's cursor is in the `Next-Cursor` header",
    who: 'caseworker, teamleader; provider of that case',
    query: pageQuerySchema(VISITS_PAGE_MAX),
    success: { status: 200, schema: visitRecordSchema.array() },
  },
  'POST /v1/cases/{caseId}/status-reports': {
    summary: 'Submit a status letter',
    who: 'provider of that case',
    body: b.StatusReport,
    success: { status: 201, schema: statusReportRecordSchema },
    idempotent: true,
  },
  'GET /v1/cases/{caseId}/status-reports': {
    summary:
      "The status letters of a case, newest first (a provider sees its own). Query `limit` (1–100) and `cursor`; the next page's cursor is in the `Next-Cursor` header",
    who: 'caseworker, teamleader; provider of that case',
    query: pageQuerySchema(STATUS_REPORTS_PAGE_MAX),
    success: { status: 200, schema: statusReportRecordSchema.array() },
  },
  'GET /v1/cases/{caseId}/delivery': {
    summary: 'Hours granted against hours delivered, per ISO week',
    who: 'caseworker, teamleader; provider of that case',
    success: { status: 200, schema: deliverySchema },
  },
  'GET /v1/provider/cases': {
    summary: 'The active cases assigned to the calling provider',
    who: 'provider',
    success: { status: 200, schema: providerCaseSchema.array() },
  },
  'GET /v1/reports/supervision': {
    summary:
      'The month’s supervision figures: follow-ups due and how each went, plans missing, investigations past 4 months, hours granted against delivered per provider',
    who: 'teamleader',
    query: supervisionQuerySchema,
    success: { status: 200, schema: supervisionSchema },
  },
  'GET /openapi.json': { summary: 'This document (OpenAPI 3.1)', who: 'anyone' },
};
