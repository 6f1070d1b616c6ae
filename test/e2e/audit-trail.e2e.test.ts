import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { api, tokenFor } from '../support/http.ts';

/**
 * Issue 12 ("every read is audited") and issue 11 ("Audit and limits") through the whole local stack: the
 * entries are read from DynamoDB Local's audit table, as the municipality's own audit would read them.
 *
 * AUDIT-1 starts 2026-06-01 (investigation completed before the start), so its first follow-up is due
 * 2026-09-01 (§ 95 stk. 2: 3 months) and is never held: September's supervision report names it as overdue.
 */
describe('the audit trail of reports', () => {
  let stack: LocalStack;
  let db: DynamoDBDocumentClient;
  let teamLeader: string;
  let caseId: string;

  /** The audit entries under one key (`CASE#id`, `PROVIDER#id`), oldest first, straight from the audit table. */
  const entriesAt = async (pk: string) =>
    (
      await db.send(
        new QueryCommand({
          TableName: stack.tableNames.audit,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ConsistentRead: true,
        }),
      )
    ).Items ?? [];
  const entries = (id: string) => entriesAt(`CASE#${id}`);
  let admin: string;

  beforeAll(async () => {
    stack = await startLocalStack({});
    db = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: stack.dynamoEndpoint,
        region: 'eu-north-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    );
    admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    const caseworker = await tokenFor(stack, { role: 'caseworker', email: 'cw@demo.kommune.example' });
    teamLeader = await tokenFor(stack, { role: 'teamleader', email: 'teamleder@demo.kommune.example' });
    const provider = await api(stack, admin, 'POST', '/v1/providers', {
      providerId: 'revision-a',
      name: 'Leverandør A',
      contactEmail: 'kontakt@revision-a.example',
    });
    expect(provider.status).toBe(201);
    const res = await api(stack, caseworker, 'POST', '/v1/cases', {
      caseNumber: 'AUDIT-1',
      caseworkerEmail: 'cw@demo.kommune.example',
      children: [{ firstName: 'Ida', birthDate: '2025-03-14' }],
      legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
      program: 'home-support',
      assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-05-20' },
      decidedOn: '2026-05-25',
      startsOn: '2026-06-01',
      expectedEndOn: '2027-06-30',
      hoursPerWeek: 6,
      providerId: 'revision-a',
      planRequired: false,
      purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
    });
    expect(res.status).toBe(201);
    caseId = res.body.caseId;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const reads = async () => (await entries(caseId)).filter((e) => e.action === 'supervision-report.read');

  it('records a read of each case the supervision report names, for JSON and for CSV', async () => {
    // The roll-up follows the events within moments: wait until September names the case.
    let body: { overdueFollowUps?: unknown } | undefined;
    for (let i = 0; i < 100; i++) {
      const res = await api(stack, teamLeader, 'GET', '/v1/reports/supervision?month=2026-09');
      expect(res.status).toBe(200);
      body = res.body;
      if (JSON.stringify(body?.overdueFollowUps) !== '[]') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(body?.overdueFollowUps).toEqual([{ caseNumber: 'AUDIT-1', dueOn: '2026-09-01' }]);
    const afterJson = await reads();
    expect(afterJson.length).toBeGreaterThanOrEqual(1);
    expect(afterJson.at(-1)?.actor).toEqual({
      sub: expect.any(String),
      role: 'teamleader',
      email: 'teamleder@demo.kommune.example',
    });

    const csv = await fetch(`${stack.apiUrl}/v1/reports/supervision?month=2026-09`, {
      headers: { authorization: `Bearer ${teamLeader}`, accept: 'text/csv' },
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('AUDIT-1;2026-09-01');
    expect((await reads()).length).toBe(afterJson.length + 1);

    // A month that names no case records no read of it.
    const august = await api(stack, teamLeader, 'GET', '/v1/reports/supervision?month=2026-08');
    expect(august.status).toBe(200);
    expect(august.body.overdueFollowUps).toEqual([]);
    expect((await reads()).length).toBe(afterJson.length + 1);
  });

  it("records the admin's register and change of a provider: who and which fields, never the values", async () => {
    const patch = await api(stack, admin, 'PATCH', '/v1/providers/revision-a', {
      contactEmail: 'ny@revision-a.example',
    });
    expect(patch.status).toBe(200);
    const found = await entriesAt('PROVIDER#revision-a');
    expect(found.map((e) => [e.action, e.fields, e.actor.role, e.actor.email])).toEqual([
      [
        'provider.register',
        ['providerId', 'name', 'contactEmail', 'active'],
        'admin',
        'admin@demo.kommune.example',
      ],
      ['provider.change', ['contactEmail'], 'admin', 'admin@demo.kommune.example'],
    ]);
    expect(JSON.stringify(found)).not.toContain('revision-a.example');
    // A refused change (unknown provider) records nothing.
    expect((await api(stack, admin, 'PATCH', '/v1/providers/ukendt', { active: false })).status).toBe(404);
    expect(await entriesAt('PROVIDER#ukendt')).toEqual([]);
  });
});
