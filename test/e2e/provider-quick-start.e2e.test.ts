import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../packages/local-stack/src/seed.ts';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { api, tokenFor } from '../support/http.ts';

const run = promisify(execFile);
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's quick start, exactly as written: every ```sh block between the markers, in order. */
const quickStart = () => {
  const section = readme.split('<!-- quick-start:begin -->')[1]?.split('<!-- quick-start:end -->')[0] ?? '';
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
};

/**
 * Issue 15: a provider's developer integrates from the README in 15 minutes. The blocks run verbatim in
 * bash with only curl and node (no uuidgen), against the local stack with its demo data.
 */
describe("the README's provider quick start", () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({});
    await seedDemo(stack);
  });
  afterAll(() => stack?.stop());

  it('runs verbatim: token, cases, plan goals, a visit, its safe retry and a status letter', async () => {
    const blocks = quickStart();
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const script = `set -euo pipefail\n${blocks.map((b, i) => `echo "--- block ${i}"\n${b}`).join('\n')}`;
    const { stdout } = await run('bash', ['-c', script], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', API: stack.apiUrl, HOME: process.env.HOME ?? '/tmp' },
      timeout: 60_000,
    });
    const out = (n: number) => stdout.split(`--- block ${n}\n`)[1]?.split('--- block')[0]?.trim() ?? '';

    expect(out(2)).toMatch(/^\["DEMO-/); // the provider's case numbers and ids
    expect(out(2)).toContain('g1 Faste morgenrutiner');
    const visitId = out(3);
    expect(visitId).toMatch(/^[0-9a-f-]{36}$/);
    expect(out(4).toLowerCase()).toBe('idempotent-replayed: true');
    expect(out(5)).toMatch(/^[0-9a-f-]{36}$/);

    // What the walk-through wrote is what the caseworker reads: one visit stored, naming the plan's goal.
    const caseworker = await tokenFor(stack, { role: 'caseworker', email: 'cw@demo.kommune.example' });
    const cases = await api(
      stack,
      await tokenFor(stack, { role: 'provider', providerId: 'hjemmebasen' }),
      'GET',
      '/v1/provider/cases',
    );
    const all = await Promise.all(
      (cases.body as { caseId: string }[]).map((c) =>
        api(stack, caseworker, 'GET', `/v1/cases/${c.caseId}/visits`),
      ),
    );
    const visits = all.flatMap((r) => (Array.isArray(r.body) ? r.body : (r.body.items ?? []))) as {
      visitId: string;
      goalIds: string[];
    }[];
    expect(visits.filter((v) => v.visitId === visitId)).toEqual([
      expect.objectContaining({ goalIds: ['g1'] }),
    ]);
  });
});
