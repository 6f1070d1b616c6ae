import { caseViewSchema, providerCaseViewSchema, requestBodySchemas } from '@hjemmestotte/domain';
import * as z from 'zod';
import { STATUS_REPORTS_PAGE_MAX } from '../use-cases/list-status-reports.ts';
import { VISITS_PAGE_MAX } from '../use-cases/list-visits.ts';
import { openApiDocumentSchema } from './document-schema.ts';
import { overdueListSchema } from './overdue-schema.ts';
import {
  deliverySchema,
  providerCaseSchema,
  statusReportRecordSchema,
  visitRecordSchema,
} from './response-schemas.ts';
import {
  auditEntrySchema,
  casePageSchema,
  casesQuerySchema,
  followUpHeldAnswerSchema,
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
  /** The 2xx answer: its status and schema (with a description; arrays get theirs here). */
  success: { status: number; schema: z.ZodType };
  idempotent?: boolean;
  /** Query parameters, as the handler parses them. */
  query?: z.ZodObject;
  /** Conflicts other than idempotency (a duplicate case number). */
  conflict?: boolean;
}

const b = requestBodySchemas;

/** A list answer, described as a whole (its items are described by their component). */
const listOf = (item: z.ZodType, description: string) => z.array(item).meta({ description });

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
    success: { status: 200, schema: listOf(providerRecordSchema, 'Every provider, active or not') },
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
    success: { status: 201, schema: caseViewSchema },
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
    success: {
      status: 200,
      schema: z.union([caseViewSchema, providerCaseViewSchema]).meta({
        description:
          'Staff (caseworker, team leader) get `CaseView`; the case’s provider gets `ProviderCaseView`',
      }),
    },
  },
  'PATCH /v1/cases/{caseId}': {
    summary: 'Change a case',
    who: 'caseworker',
    body: b.CaseChange,
    success: { status: 200, schema: caseViewSchema },
  },
  'POST /v1/cases/{caseId}/close': {
    summary: 'Close a case',
    who: 'caseworker',
    body: b.CaseClose,
    success: { status: 200, schema: caseViewSchema },
  },
  'GET /v1/cases/{caseId}/audit': {
    summary: 'Who read or changed the case, and when, oldest first (reading it is recorded too)',
    who: 'teamleader',
    success: { status: 200, schema: listOf(auditEntrySchema, 'The case’s audit trail, oldest first') },
  },
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
    success: { status: 200, schema: listOf(followUpViewSchema, 'The follow-ups, by due date') },
  },
  'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held': {
    summary: 'Record a held follow-up',
    who: 'caseworker',
    body: b.FollowUpHeld,
    success: { status: 200, schema: followUpHeldAnswerSchema },
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
      "The visit logs of a case, oldest first or with `order=newest` newest first (a provider sees the visits it logged itself, not an earlier provider's). Query `limit` (1–200, default 200) and `cursor`; the next page's cursor is in the `Next-Cursor` header (a provider's page may hold fewer than `limit`, even none, and still have one: follow it until it is absent)",
    who: 'caseworker, teamleader; provider of that case',
    query: pageQuerySchema(VISITS_PAGE_MAX).extend({
      order: z.enum(['oldest', 'newest']).optional().meta({
        description:
          'Oldest first (the default) or newest first; send the same order with the next page’s cursor',
      }),
    }),
    success: {
      status: 200,
      schema: listOf(visitRecordSchema, 'A page of visit logs, in the order asked for'),
    },
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
      "The status letters of a case, newest first (a provider sees its own). Query `limit` (1–100) and `cursor`; the next page's cursor is in the `Next-Cursor` header (a provider's page may hold fewer than `limit`, even none, and still have one: follow it until it is absent)",
    who: 'caseworker, teamleader; provider of that case',
    query: pageQuerySchema(STATUS_REPORTS_PAGE_MAX),
    success: {
      status: 200,
      schema: listOf(statusReportRecordSchema, 'A page of status letters, newest first'),
    },
  },
  'GET /v1/cases/{caseId}/delivery': {
    summary:
      "Hours granted against hours delivered, per ISO week (a provider gets the weeks of its own days and its own visits, not an earlier provider's)",
    who: 'caseworker, teamleader; provider of that case',
    success: { status: 200, schema: deliverySchema },
  },
  'GET /v1/provider/cases': {
    summary: 'The active cases assigned to the calling provider',
    who: 'provider',
    success: { status: 200, schema: listOf(providerCaseSchema, 'The caller’s active cases today') },
  },
  'GET /v1/reports/supervision': {
    summary:
      'The month’s supervision figures: follow-ups due and how each went, plans missing, investigations past 4 months, hours granted against delivered per provider',
    who: 'teamleader',
    query: supervisionQuerySchema,
    success: { status: 200, schema: supervisionSchema },
  },
  'GET /v1/reports/overdue': {
    summary:
      'Every follow-up not held, plan not written and investigation past its deadline, of any month, for open cases (with `teamLeader=me`, only the cases the caller is team leader of); each listed case is audited as read (`case.list`)',
    who: 'teamleader',
    query: z.object({
      teamLeader: z.enum(['me']).optional().meta({
        description:
          'Only the cases whose team leader is the caller (their team); without it, the whole municipality',
      }),
    }),
    success: { status: 200, schema: overdueListSchema },
  },
  'GET /openapi.json': {
    summary: 'This document (OpenAPI 3.1)',
    who: 'anyone',
    success: { status: 200, schema: openApiDocumentSchema },
  },
};
