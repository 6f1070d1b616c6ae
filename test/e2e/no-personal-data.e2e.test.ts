import { CPR_LIKE } from '@hjemmestotte/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { type CaseWorld, createCaseWorld, visitBody } from '../security/case-world.ts';
import { readableText, sentEmails } from '../security/ses-store.ts';
import { api } from '../support/http.ts';
import { captureLogs } from '../support/log-capture.ts';

// Distinctive values, so a hit can only come from this flow. The birth date also in its Danish spoken form.
const secrets = {
  childName: 'Zelmira',
  siblingName: 'Quintus',
  birthDate: '2019-07-23',
  birthDateDanish: '23. juli 2019',
  purpose: 'Familien opnår Qwertyborg-stabilitet i hverdagen.',
  planPurpose: 'Plan om Xylofonia-morgener.',
  goalTitle: 'Maal om Vandrefalk-rutiner',
  visitNote: 'Besøg: mor fortalte om Grønnegaarden-episoden.',
  concernNote: 'Bekymring: Brandtmose-hændelsen i weekenden.',
  refusedCprNote: 'Barnets CPR er 230719-4321',
};
const CPR = /\b\d{6}-?\d{4}\b/;

/** Which of the secrets (or a CPR-like number) `text` holds, with a little context for the report. */
const leaks = (text: string) => {
  const found = Object.entries(secrets)
    .filter(([, v]) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1)))
    .map(([k]) => k);
  const cpr = CPR.exec(text);
  if (cpr) found.push(`CPR-like "${text.slice(Math.max(0, cpr.index - 40), cpr.index + 50)}"`);
  return found;
};

describe('personal data never leaves the case', () => {
  let stack: LocalStack;
  let world: CaseWorld;
  const logs = captureLogs();
  beforeAll(async () => {
    stack = await startLocalStack({});
    world = await createCaseWorld(stack, {
      children: [
        { firstName: secrets.childName, birthDate: secrets.birthDate },
        { firstName: secrets.siblingName, birthDate: '2021-02-11' },
      ],
      purpose: secrets.purpose,
    });
    const { caseworker, providerOfCase } = world.tokens;
    const plan = await api(stack, caseworker, 'PUT', `/v1/cases/${world.caseId}/plan`, {
      purpose: secrets.planPurpose,
      goals: [{ goalId: 'g1', title: secrets.goalTitle, subGoals: [] }],
    });
    const visit = await api(
      stack,
      providerOfCase,
      'POST',
      `/v1/cases/${world.caseId}/visits`,
      visitBody(90, {
        note: secrets.visitNote,
        ...(plan.status === 200 ? { goalIds: ['g1'] } : {}),
        concern: { level: 'acute', note: secrets.concernNote },
      }),
      { 'idempotency-key': 'pii-visit-1' },
    );
    expect(visit.status).toBe(201);
    const refused = await api(
      stack,
      providerOfCase,
      'POST',
      `/v1/cases/${world.caseId}/visits`,
      visitBody(80, { note: secrets.refusedCprNote }),
      { 'idempotency-key': 'pii-visit-2' },
    );
    expect(refused.status).toBe(422);
    await stack.settle();
    // Before the first follow-up (2027-02-09) and the plan deadline, then after both (escalation).
    for (const at of ['2027-01-26T06:00:00Z', '2027-02-17T06:00:00Z', '2027-03-03T06:00:00Z'])
      await stack.scheduler.run('reminders', at);
    await stack.settle();
  });
  afterAll(async () => {
    logs.stop();
    await stack?.stop();
  });

  it('the domain refuses the same CPR pattern this suite looks for', () => {
    expect(CPR_LIKE.test(secrets.refusedCprNote)).toBe(true);
  });

  it('writes none of it to the logs', () => {
    expect(logs.lines()).toBeGreaterThan(0);
    expect(logs.text()).toContain(world.caseId); // the flow did log: ids are allowed and present
    expect(leaks(logs.text())).toEqual([]);
  });

  it('puts none of it in any email, attachments included', async () => {
    const emails = await sentEmails(stack.sesUrl);
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.map(readableText).join('\n')).toContain(world.caseNumber);
    const found = emails.flatMap((e) => leaks(readableText(e)).map((l) => `${e.subject}: ${l}`));
    expect(found).toEqual([]);
  });

  it('puts none of it in any event', () => {
    expect(stack.bus.accepted.map((e) => e.detailType)).toEqual(
      expect.arrayContaining(['CaseOpened', 'VisitLogged']),
    );
    const found = stack.bus.accepted.flatMap((e) =>
      leaks(JSON.stringify(e)).map((l) => `${e.detailType}: ${l}`),
    );
    expect(found).toEqual([]);
  });
});
