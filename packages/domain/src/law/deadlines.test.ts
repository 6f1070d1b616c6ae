import { describe, expect, it } from 'vitest';
import { homePedagogueMaxEnd, investigationDueOn, planDueOn } from './deadlines.ts';

describe('deadlines', () => {
  it.each([
    ['2026-11-02', '2027-02-02'],
    ['2026-11-30', '2027-02-28'],
    ['2027-11-30', '2028-02-29'],
    ['2026-01-31', '2026-04-30'],
  ])('barnets plan for a decision of %s is due %s (§ 91)', (decidedOn, due) => {
    expect(planDueOn(decidedOn)).toBe(due);
  });

  it.each([
    ['2026-10-01', '2027-02-01'],
    ['2026-10-31', '2027-02-28'],
    ['2027-10-31', '2028-02-29'],
    ['2026-08-31', '2026-12-31'],
  ])('an investigation started %s is due %s (§ 20 stk. 3)', (startedOn, due) => {
    expect(investigationDueOn(startedOn)).toBe(due);
  });

  it.each([
    ['2026-11-09', '2027-08-16'],
    ['2027-03-29', '2028-01-03'],
  ])('a home-pedagogue course starting %s ends by %s (40 weeks)', (startsOn, end) => {
    expect(homePedagogueMaxEnd(startsOn)).toBe(end);
  });
});
