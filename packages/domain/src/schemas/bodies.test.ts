import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { clone, followUpHeld, plan, visit } from '../../test/fixtures.ts';
import { caseChangeSchema } from './case-change.ts';
import { caseCloseSchema } from './case-close.ts';
import { followUpHeldSchema } from './follow-up-held.ts';
import { schemaViolations } from './issue-paths.ts';
import { planSchema } from './plan.ts';
import { providerSchema } from './provider.ts';
import { requestBodySchemas } from './request-bodies.ts';
import { statusReportSchema } from './status-report.ts';
import { visitSchema } from './visit.ts';

function refusedAt(schema: z.ZodType, body: unknown): string[] {
  const r = schema.safeParse(body);
  return r.success ? [] : schemaViolations(r.error).map((v) => v.path);
}

describe('providerSchema', () => {
  const provider = {
    providerId: 'hjemmebasen',
    name: 'Hjemmebasen ApS',
    contactEmail: 'kontakt@hjemmebasen.example',
  };
  it('accepts a provider', () => expect(refusedAt(providerSchema, provider)).toEqual([]));
  it.each([
    [{ ...provider, providerId: 'h' }, 'providerId'],
    [{ ...provider, providerId: '-abc' }, 'providerId'],
    [{ ...provider, providerId: `a${'b'.repeat(63)}` }, 'providerId'],
    [{ ...provider, name: '' }, 'name'],
    [{ ...provider, contactEmail: 'x@' }, 'contactEmail'],
    [{ ...provider, active: true }, 'active'],
  ])('refuses %j at %s', (body, path) => expect(refusedAt(providerSchema, body)).toEqual([path]));
});

describe('caseChangeSchema', () => {
  it.each([
    { hoursPerWeek: 8 },
    { hoursPerWeek: 8, effectiveFrom: '2027-01-04' },
    { providerId: 'familiehuset', effectiveFrom: '2027-01-04' },
    { caseworkerEmail: 'ny@kommune.example', effectiveFrom: '2027-01-04' },
    { expectedEndOn: '2027-12-31' },
    { assessment: { kind: 'investigation', status: 'completed', completedOn: '2027-01-20' } },
  ])('accepts the change %j', (body) => expect(refusedAt(caseChangeSchema, body)).toEqual([]));

  it.each([
    [{}, ''],
    [{ effectiveFrom: '2027-01-04' }, ''],
    [{ expectedEndOn: '2027-12-31', effectiveFrom: '2027-01-04' }, 'effectiveFrom'],
    [{ hoursPerWeek: 8, status: 'closed' }, 'status'],
    [{ caseNumber: 'X-1', hoursPerWeek: 8 }, 'caseNumber'],
  ])('refuses %j at %j', (body, path) => expect(refusedAt(caseChangeSchema, body)).toContain(path));

  it('says what a change must contain when it contains nothing', () => {
    const r = caseChangeSchema.safeParse({});
    expect(r.success || r.error.issues[0]?.message).toMatch(/at least one of hoursPerWeek/);
  });
});

describe('caseCloseSchema', () => {
  it('accepts a reason with or without a note', () => {
    expect(refusedAt(caseCloseSchema, { closedOn: '2027-06-30', reason: 'goals-met' })).toEqual([]);
    expect(
      refusedAt(caseCloseSchema, { closedOn: '2027-06-30', reason: 'other', note: 'Flyttet til udlandet.' }),
    ).toEqual([]);
  });
  it.each([
    [{ closedOn: '2027-06-31', reason: 'moved' }, 'closedOn'],
    [{ closedOn: '2027-06-30', reason: 'tired' }, 'reason'],
    [{ closedOn: '2027-06-30', reason: 'other', note: 'x'.repeat(501) }, 'note'],
  ])('refuses %j at %s', (body, path) => expect(refusedAt(caseCloseSchema, body)).toEqual([path]));
});

describe('planSchema', () => {
  it('accepts barnets plan with goals and sub-goals', () =>
    expect(planSchema.parse(clone(plan))).toEqual(plan));
  it.each<[unknown, string]>([
    [{ ...plan, goals: [] }, 'goals'],
    [{ ...plan, goals: [plan.goals[0], plan.goals[0]] }, 'goals.1.goalId'],
    [
      {
        ...plan,
        goals: [
          {
            goalId: 'g1',
            title: 'T',
            subGoals: [
              { subGoalId: 's', title: 'a' },
              { subGoalId: 's', title: 'b' },
            ],
          },
        ],
      },
      'goals.0.subGoals.1.subGoalId',
    ],
    [{ ...plan, goals: [{ goalId: 'g 1', title: 'T', subGoals: [] }] }, 'goals.0.goalId'],
    [{ ...plan, goals: [{ goalId: 'g1', title: 'T' }] }, 'goals.0.subGoals'],
  ])('refuses %j at %s', (body, path) => expect(refusedAt(planSchema, body)).toEqual([path]));
});

describe('followUpHeldSchema', () => {
  it('accepts the contract example', () =>
    expect(refusedAt(followUpHeldSchema, clone(followUpHeld))).toEqual([]));
  it.each<[unknown, string]>([
    [{ ...followUpHeld, nextFollowUpInMonths: 0 }, 'nextFollowUpInMonths'],
    [{ ...followUpHeld, nextFollowUpInMonths: 13 }, 'nextFollowUpInMonths'],
    [{ ...followUpHeld, nextFollowUpInMonths: 2.5 }, 'nextFollowUpInMonths'],
    [{ ...followUpHeld, outcome: 'pause' }, 'outcome'],
    [{ ...followUpHeld, childHeard: 'ja' }, 'childHeard'],
    [{ ...followUpHeld, justification: '' }, 'justification'],
  ])('refuses %j at %s', (body, path) => expect(refusedAt(followUpHeldSchema, body)).toEqual([path]));
});

describe('visitSchema', () => {
  it('accepts the contract example and defaults goalIds to none', () => {
    expect(refusedAt(visitSchema, clone(visit))).toEqual([]);
    const { goalIds: _, ...withoutGoals } = clone(visit);
    expect(visitSchema.parse(withoutGoals).goalIds).toEqual([]);
  });
  it('accepts an instant in UTC written with Z', () =>
    expect(refusedAt(visitSchema, { ...visit, startedAt: '2026-11-20T06:00:00Z' })).toEqual([]));
  it.each<[unknown, string]>([
    [{ ...visit, startedAt: '2026-11-20T07:00:00' }, 'startedAt'],
    [{ ...visit, startedAt: '2026-11-20' }, 'startedAt'],
    // Year 10000 in Copenhagen: answered 500 before the schema bounded it.
    [{ ...visit, startedAt: '9999-12-31T23:59:59Z' }, 'startedAt'],
    [{ ...visit, startedAt: '9999-12-31T12:00:00-14:00' }, 'startedAt'],
    [{ ...visit, startedAt: '0001-01-01T00:00:00+14:00' }, 'startedAt'],
    [{ ...visit, durationMinutes: 90.5 }, 'durationMinutes'],
    [{ ...visit, location: 'car' }, 'location'],
    [{ ...visit, staffCount: 3 }, 'staffCount'],
    [{ ...visit, methods: [] }, 'methods'],
    [{ ...visit, methods: ['guidance', 'guidance'] }, 'methods'],
    [{ ...visit, methods: ['hypnosis'] }, 'methods.0'],
    [{ ...visit, note: 'x'.repeat(4001) }, 'note'],
    [{ ...visit, concern: { level: 'mild', note: 'x' } }, 'concern.level'],
    [{ ...visit, concern: { level: 'acute' } }, 'concern.note'],
  ])('refuses %j at %s', (body, path) => expect(refusedAt(visitSchema, body)).toEqual([path]));
  it('accepts a note of exactly 4,000 characters', () =>
    expect(refusedAt(visitSchema, { ...visit, note: 'x'.repeat(4000) })).toEqual([]));
});

describe('statusReportSchema', () => {
  it('accepts a final report the family has read', () =>
    expect(
      refusedAt(statusReportSchema, { kind: 'final', text: 'Forløbet er afsluttet.', familyHasRead: true }),
    ).toEqual([]));
  it.each<[unknown, string]>([
    [{ kind: 'interim', text: 'x', familyHasRead: true }, 'kind'],
    [{ kind: 'final', text: '', familyHasRead: true }, 'text'],
    [{ kind: 'final', text: 'x' }, 'familyHasRead'],
  ])('refuses %j at %s', (body, path) => expect(refusedAt(statusReportSchema, body)).toEqual([path]));
});

describe('requestBodySchemas', () => {
  it('names every request body of the contract once, with its OpenAPI component id', () => {
    for (const [name, schema] of Object.entries(requestBodySchemas)) {
      expect(schema.meta()?.['id']).toBe(name);
    }
    expect(Object.keys(requestBodySchemas)).toHaveLength(9);
  });
});
