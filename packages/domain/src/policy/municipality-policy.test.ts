import { describe, expect, it } from 'vitest';
import { defaultPolicy, municipalityPolicySchema } from './municipality-policy.ts';

describe('municipality policy', () => {
  it('defaults to the demo municipality: 10 working days ahead, every 6 months, escalate after 5, send at 07', () => {
    expect(defaultPolicy).toEqual({
      reminderLeadWorkingDays: 10,
      defaultIntervalMonths: 6,
      escalateAfterWorkingDays: 5,
      sendHour: 7,
      closingDays: ['12-24', '12-31', '06-05'],
      timeZone: 'Europe/Copenhagen',
    });
  });

  it('keeps what the municipality sets and defaults the rest', () => {
    const p = municipalityPolicySchema.parse({ defaultIntervalMonths: 4, closingDays: ['2027-05-07'] });
    expect(p.defaultIntervalMonths).toBe(4);
    expect(p.closingDays).toEqual(['2027-05-07']);
    expect(p.reminderLeadWorkingDays).toBe(10);
  });

  it.each([
    [{ defaultIntervalMonths: 13 }, 'defaultIntervalMonths'],
    [{ reminderLeadWorkingDays: 0 }, 'reminderLeadWorkingDays'],
    [{ escalateAfterWorkingDays: 2.5 }, 'escalateAfterWorkingDays'],
    [{ sendHour: 24 }, 'sendHour'],
    [{ closingDays: ['24/12'] }, 'closingDays.0'],
    [{ timeZone: 'Europe/Aarhus' }, 'timeZone'],
    [{ reminderHour: 7 }, ''],
  ])('refuses %j at %s', (input, path) => {
    const r = municipalityPolicySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });
});
