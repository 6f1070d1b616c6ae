import { describe, expect, it } from 'vitest';
import { type AuditTrail, auditPut, recordRead } from '../src/audit.ts';
import type { Principal } from '../src/principal.ts';
import { HttpProblem, problemBody } from '../src/problem.ts';

const caseworker: Principal = { kind: 'user', sub: 'u1', email: 'cw@k.example', roles: ['caseworker'] };
const at = new Date('2026-11-23T09:00:00.000Z');

describe('auditPut', () => {
  it('is a conditional put of the same item the audit trail records', () => {
    const put = auditPut('audit-table', 'c1', 'case.change', caseworker, at);
    expect(put.Put.TableName).toBe('audit-table');
    expect(put.Put.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(put.Put.Item).toMatchObject({
      pk: 'CASE#c1',
      caseId: 'c1',
      action: 'case.change',
      at: at.toISOString(),
      actor: { sub: 'u1', role: 'caseworker', email: 'cw@k.example' },
    });
    expect(put.Put.Item.sk).toMatch(/^2026-11-23T09:00:00\.000Z#[0-9a-f-]{36}$/);
    expect(auditPut('t', 'c1', 'a', caseworker, at).Put.Item.sk).not.toBe(put.Put.Item.sk);
  });
});

describe('recordRead', () => {
  const failing: AuditTrail = {
    record: async () => {
      throw new Error('ProvisionedThroughputExceededException');
    },
    list: async () => [],
  };

  it('turns a failed audit write into 503 with Retry-After and no internals', async () => {
    const error = await recordRead(failing, 'c1', 'case.read', caseworker, at).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpProblem);
    const p = error as HttpProblem;
    expect(p.status).toBe(503);
    expect(p.headers).toEqual({ 'retry-after': '5' });
    expect(JSON.stringify(problemBody(p))).not.toContain('Throughput');
  });

  it('records and resolves when the trail answers', async () => {
    const seen: string[] = [];
    const ok: AuditTrail = { record: async (_c, action) => void seen.push(action), list: async () => [] };
    await recordRead(ok, 'c1', 'case.read', caseworker, at);
    expect(seen).toEqual(['case.read']);
  });
});
