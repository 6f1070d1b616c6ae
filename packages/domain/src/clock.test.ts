import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from './clock.ts';

describe('clocks', () => {
  it('a fixed clock always tells the same instant, from a string or a Date', () => {
    const clock = fixedClock('2026-11-20T07:00:00+01:00');
    expect(clock.now().toISOString()).toBe('2026-11-20T06:00:00.000Z');
    clock.now().setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-11-20T06:00:00.000Z');
    expect(fixedClock(new Date('2026-11-20T06:00:00Z')).now().getTime()).toBe(clock.now().getTime());
  });

  it('refuses to fix a clock at something that is not an instant', () => {
    expect(() => fixedClock('next tuesday')).toThrow(RangeError);
  });

  it('the system clock moves with real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
