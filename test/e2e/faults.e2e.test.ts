import { randomUUID } from 'node:crypto';
import { dynamoClient, eventBridgeClient, sesClient } from '@hjemmestotte/lambda-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { duplicateEmails, mailsTo, runSweep, visitLoggedById } from '../faults/helpers.ts';
import { type CaseWorld, createCaseWorld, visitBody } from '../security/case-world.ts';
import { awsError, injectFault, pass } from '../support/fault-injection.ts';
import { api } from '../support/http.ts';

/** Faults injected into the handlers' own SDK clients while real requests and sweeps run. */
describe('under injected faults', () => {
  let stack: LocalStack;
  let world: CaseWorld;
  beforeAll(async () => {
    stack = await startLocalStack({});
    world = await createCaseWorld(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const postVisit = (key: string, body: unknown) =>
    api(stack, world.tokens.providerOfCase, 'POST', `/v1/cases/${world.caseId}/visits`, body, {
      'idempotency-key': key,
    });

  it('publishes every VisitLogged exactly once after PutEvents failed every entry for a while', async () => {
    const until = Date.now() + 4000;
    const fault = injectFault(eventBridgeClient(), (call) =>
      call.commandName === 'PutEventsCommand' && Date.now() < until
        ? {
            output: {
              FailedEntryCount: (call.input.Entries as unknown[]).length,
              Entries: (call.input.Entries as unknown[]).map(() => ({
                ErrorCode: 'ThrottlingException',
                ErrorMessage: 'injected',
              })),
            },
          }
        : pass(),
    );
    const visitIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await postVisit(randomUUID(), visitBody(300 + i));
      expect(res.status).toBe(201);
      visitIds.push(res.body.visitId as string);
    }
    await stack.settle();
    fault.clear();
    const failedCalls = fault.calls.filter((c) => c.commandName === 'PutEventsCommand').length;
    expect(failedCalls, 'the relay met the fault').toBeGreaterThan(1);
    const byVisit = visitLoggedById(stack);
    const rows = visitIds.map((id) => ({ id, eventIds: byVisit.get(id)?.eventIds.size ?? 0 }));
    expect(rows).toEqual(visitIds.map((id) => ({ id, eventIds: 1 })));
    console.log(
      `PutEvents faults: ${failedCalls} calls answered with failed entries; deliveries per visit ${visitIds.map((id) => byVisit.get(id)?.deliveries).join(',')}`,
    );
  });

  it('loses no visit when DynamoDB throttles and cancels transactions, and a retry with the key succeeds', async () => {
    const fault = injectFault(dynamoClient(), (call) => {
      if (call.index % 9 === 4) return { throw: awsError('ProvisionedThroughputExceededException') };
      if (call.commandName === 'TransactWriteItemsCommand' && call.index % 13 === 0)
        return { throw: awsError('TransactionCanceledException') };
      return pass();
    });
    const attempts = Array.from({ length: 12 }, (_, i) => ({ key: randomUUID(), body: visitBody(400 + i) }));
    const first = [];
    for (const a of attempts) first.push(await postVisit(a.key, a.body));
    fault.clear();
    await stack.settle();
    const statuses = first.map((r) => r.status);
    console.log(`DynamoDB faults: ${fault.calls.length} calls seen; first answers ${statuses.join(',')}`);
    expect(statuses.every((s) => s === 201 || s === 409 || s >= 500)).toBe(true);
    expect(
      statuses.some((s) => s !== 201),
      'the fault did reach the requests',
    ).toBe(true);

    // The client retries what failed, with the same key and body, as the contract allows.
    const retried = [];
    for (const [i, a] of attempts.entries())
      retried.push(first[i]!.status === 201 ? first[i]! : await postVisit(a.key, a.body));
    expect(retried.map((r) => r.status)).toEqual(attempts.map(() => 201));
    const listed = await api(stack, world.tokens.caseworker, 'GET', `/v1/cases/${world.caseId}/visits`);
    const ids = (listed.body as { visitId: string }[]).map((v) => v.visitId);
    for (const r of retried) expect(ids).toContain(r.body.visitId);
  });

  it('stores a visit once when the answer to its committed transaction is lost and the client retries', async () => {
    // The audit entry and the idempotency record are in the visit's own transaction, so there is no write
    // after it that could fail; the worst case left is a commit whose answer never reaches the handler.
    const key = randomUUID();
    const body = visitBody(500);
    // Event consumers of earlier tests share the client: let them finish, and lose only this visit's answer.
    await stack.settle();
    const before = await api(stack, world.tokens.caseworker, 'GET', `/v1/cases/${world.caseId}/visits`);
    let failed = 0;
    const fault = injectFault(dynamoClient(), (call) =>
      call.commandName === 'TransactWriteItemsCommand' &&
      JSON.stringify(call.input).includes(key) &&
      failed++ === 0
        ? { throwAfter: awsError('RequestTimeout', 'injected lost answer', 'server') }
        : pass(),
    );
    const firstTry = await postVisit(key, body);
    fault.clear();
    const retry = await postVisit(key, body);
    const after = await api(stack, world.tokens.caseworker, 'GET', `/v1/cases/${world.caseId}/visits`);
    expect(failed, "the fault met the visit's own transaction").toBeGreaterThan(0);
    expect(firstTry.status).toBe(500);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(before.status).toBe(200);
    expect(after.status).toBe(200);
    expect((after.body as unknown[]).length - (before.body as unknown[]).length).toBe(1);
  });

  it('sends a reminder SES throttled on a later run, once', async () => {
    const w = await createCaseWorld(stack);
    const fault = injectFault(sesClient(), (call) =>
      call.commandName.startsWith('Send') ? { throw: awsError('Throttling', 'Rate exceeded') } : pass(),
    );
    // 10 working days before the first follow-up on Tuesday 9 February 2027.
    const throttled = await runSweep(stack, '2027-01-26T06:00:00Z');
    fault.clear();
    expect(fault.calls.length, 'the sweep tried to send').toBeGreaterThan(0);
    expect(await mailsTo(stack, w.caseworkerEmail)).toHaveLength(0);
    const later = await runSweep(stack, '2027-01-27T06:00:00Z');
    const again = await runSweep(stack, '2027-01-27T06:00:00Z');
    console.log('SES throttled:', JSON.stringify({ throttled, later, again }));
    expect(await mailsTo(stack, w.caseworkerEmail)).toHaveLength(1);
    expect(await duplicateEmails(stack)).toEqual([]);
  });

  it('sends the rest after a crash in the middle of a sweep, none twice', async () => {
    const worlds = [];
    for (let i = 0; i < 3; i++)
      worlds.push(await createCaseWorld(stack, { startsOn: '2026-12-01', planRequired: false }));
    let sends = 0;
    const fault = injectFault(sesClient(), (call) => {
      if (!call.commandName.startsWith('Send')) return pass();
      sends++;
      return sends === 1 ? pass() : { throw: new Error('simulated crash of the sweep') };
    });
    // 10 working days before Monday 1 March 2027.
    const crashed = await runSweep(stack, '2027-02-15T06:00:00Z');
    fault.clear();
    const rerun = await runSweep(stack, '2027-02-15T06:00:00Z');
    const third = await runSweep(stack, '2027-02-16T06:00:00Z');
    console.log('crash mid-sweep:', JSON.stringify({ crashed, rerun, third }));
    expect(sends).toBeGreaterThan(1);
    for (const w of worlds)
      expect(await mailsTo(stack, w.caseworkerEmail), w.caseworkerEmail).toHaveLength(1);
    expect(await duplicateEmails(stack)).toEqual([]);
  });
});
