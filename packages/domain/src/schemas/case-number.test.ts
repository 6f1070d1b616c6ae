import { describe, expect, it } from 'vitest';
import { caseNumberSchema, normaliseCaseNumber } from './case-registration.ts';

describe('normaliseCaseNumber', () => {
  it.each([
    ['AB-1', 'AB-1'],
    ['ab-1', 'AB-1'],
    ['  nyb-2026-0142\t', 'NYB-2026-0142'],
    ['a\u030Abo-1', 'ÅBO-1'], // a + combining ring (NFD) is å
    ['åbo-1', 'ÅBO-1'],
  ])('%j → %j', (raw, normal) => expect(normaliseCaseNumber(raw)).toBe(normal));

  it('makes every spelling of a valid case number one key', () => {
    const spellings = ['Nyb-2026/01', 'NYB-2026/01', 'nyb-2026/01'];
    expect(spellings.every((s) => caseNumberSchema.safeParse(s).success)).toBe(true);
    expect(new Set(spellings.map(normaliseCaseNumber)).size).toBe(1);
  });

  it('is idempotent', () => {
    for (const s of ['ab-1', ' Å.x/9 ', 'ß-1']) {
      expect(normaliseCaseNumber(normaliseCaseNumber(s))).toBe(normaliseCaseNumber(s));
    }
  });
});
