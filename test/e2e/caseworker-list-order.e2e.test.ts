import { addDays, addMonths, localDateOf } from '@hjemmestotte/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { registrationBody } from '../security/case-world.ts';
import { api, tokenFor } from '../support/http.ts';

/**
 * Issue 12: `?caseworker=me` lists the caller's active cases nearest deadline first. Intake knew only the
 * first follow-up; after it is held, the case's place must follow the next follow-up planning schedules.
 */
describe('Mine sager stays in deadline order after a follow-up is held', () => {
  let stack: LocalStack;
  let caseworker: string;
  const email = 'orden@demo.kommune.example';
  const today = localDateOf(new Date());

  beforeAll(async () => {
    stack = await startLocalStack({});
    const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    caseworker = await tokenFor(stack, { role: 'caseworker', email });
    await api(stack, admin, 'POST', '/v1/providers', {
      providerId: 'hjemmebasen',
      name: 'Hjemmebasen',
      contactEmail: 'kontakt@hjemmebasen.example',
    });
  });
  afterAll(() => stack?.stop());

  const register = async (caseNumber: string, startsOn: string) => {
    const r = await api(stack, caseworker, 'POST', '/v1/cases', {
      ...registrationBody({ caseNumber, providerId: 'hjemmebasen', caseworkerEmail: email }),
      assessment: { kind: 'investigation', status: 'completed', completedOn: addDays(startsOn, -14) },
      decidedOn: addDays(startsOn, -7),
      startsOn,
      expectedEndOn: addMonths(startsOn, 18),
      planRequired: false,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { caseId: string; followUps: { followUpId: string; dueOn: string }[] };
  };
  const mine = async () =>
    (
      (await api(stack, caseworker, 'GET', '/v1/cases?caseworker=me')).body as {
        items: { caseNumber: string; nextDeadlineOn: string }[];
      }
    ).items;

  it('moves a case behind another once its first follow-up is held and the next is months away', async () => {
    const early = await register('ORD-1', addDays(today, -80)); // first follow-up in about 10 days
    await register('ORD-2', addDays(today, -30)); // first follow-up in about 60 days
    await stack.settle();
    expect((await mine()).map((c) => c.caseNumber)).toEqual(['ORD-1', 'ORD-2']);

    const first = early.followUps[0]!;
    const held = await api(
      stack,
      caseworker,
      'POST',
      `/v1/cases/${early.caseId}/follow-ups/${first.followUpId}/held`,
      { heldOn: today, childHeard: true, outcome: 'continue', nextFollowUpInMonths: 6 },
    );
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    await stack.settle();

    const after = await mine();
    expect(after.map((c) => c.caseNumber)).toEqual(['ORD-2', 'ORD-1']);
    expect(after[1]?.nextDeadlineOn).toBe(addMonths(today, 6));
  });
});
