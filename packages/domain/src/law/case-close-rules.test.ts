import { describe, expect, it } from 'vitest';
import { caseCloseViolations } from './case-close-rules.ts';

const today = '2027-03-01';
const facts = { decidedOn: '2026-11-02' };
const paths = (closedOn: string) =>
  caseCloseViolations(facts, { closedOn, reason: 'goals-met' }, { today }).map((v) => v.path);

describe('caseCloseViolations', () => {
  it.each(['2026-11-02', '2026-11-05', today])('accepts closing on %s', (closedOn) => {
    expect(paths(closedOn)).toEqual([]);
  });

  it('refuses closing before the decision', () => {
    expect(paths('2026-11-01')).toEqual(['closedOn']);
  });

  it('refuses closing before the day of the last logged visit, accepts that day and later', () => {
    const withVisit = (closedOn: string) =>
      caseCloseViolations(facts, { closedOn, reason: 'goals-met' }, { today, lastVisitOn: '2027-02-28' }).map(
        (v) => v.path,
      );
    expect(withVisit('2027-02-27')).toEqual(['closedOn']);
    expect(withVisit('2027-02-28')).toEqual([]);
    expect(withVisit('2027-03-01')).toEqual([]);
  });

  it('refuses closing on a day still to come', () => {
    expect(paths('2027-03-02')).toEqual(['closedOn']);
  });
});
