import { describe, expect, it } from 'vitest';
import { parseMonthQuery } from './get-report.ts';

const refusal = (query: Record<string, string>, today = '2026-11-24') => {
  try {
    parseMonthQuery(query, today);
  } catch (e) {
    const p = e as { status: number; errors: { path: string }[] };
    return { status: p.status, paths: p.errors.map((x) => x.path) };
  }
  throw new Error('not refused');
};

describe('the month of a supervision report', () => {
  it('accepts the current month and earlier ones', () => {
    expect(parseMonthQuery({ month: '2026-11' }, '2026-11-24')).toBe('2026-11');
    expect(parseMonthQuery({ month: '2024-02' }, '2026-11-24')).toBe('2024-02');
    expect(parseMonthQuery({ month: '2026-12' }, '2026-12-01')).toBe('2026-12');
  });

  it.each([
    [{}],
    [{ month: '2026-13' }],
    [{ month: '2026-1' }],
    [{ month: '2026-11-01' }],
    [{ month: 'nov' }],
  ])('refuses %j with 400 naming month', (query) => {
    expect(refusal(query)).toEqual({ status: 400, paths: ['month'] });
  });

  it('refuses an unknown parameter with 400 naming it', () => {
    expect(refusal({ month: '2026-11', maaned: '2026-11' })).toEqual({ status: 400, paths: ['maaned'] });
  });

  it('refuses a month that has not begun, and one before 2000, with 422 naming month', () => {
    expect(refusal({ month: '2026-12' }, '2026-11-30')).toEqual({ status: 422, paths: ['month'] });
    expect(refusal({ month: '1999-12' })).toEqual({ status: 422, paths: ['month'] });
  });
});
