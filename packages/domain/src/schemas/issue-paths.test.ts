import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { schemaViolations } from './issue-paths.ts';

describe('schemaViolations', () => {
  const schema = z.object({ children: z.array(z.object({ birthDate: z.iso.date() }).strict()) }).strict();

  it('dots the path of a nested issue', () => {
    const r = schema.safeParse({ children: [{ birthDate: '2026-02-30' }] });
    expect(schemaViolations(r.error!)).toEqual([
      { path: 'children.0.birthDate', message: expect.any(String) },
    ]);
  });

  it('names each unknown field by its own path', () => {
    const r = schema.safeParse({ children: [{ birthDate: '2026-02-28', cpr: 'x', name: 'y' }], extra: 1 });
    expect(schemaViolations(r.error!)).toEqual([
      { path: 'children.0.cpr', message: 'unknown field' },
      { path: 'children.0.name', message: 'unknown field' },
      { path: 'extra', message: 'unknown field' },
    ]);
  });
});
