import { describe, expect, it } from 'vitest';
import { clone, registration, visit } from '../../test/fixtures.ts';
import { caseRegistrationSchema } from './case-registration.ts';
import { hasVisibleText, optionalTextSchema, textSchema } from './common.ts';
import { schemaViolations } from './issue-paths.ts';
import { providerSchema } from './provider.ts';
import { visitSchema } from './visit.ts';

const refusedAt = (r: { success: boolean; error?: unknown }) =>
  r.success ? [] : schemaViolations(r.error as never).map((v) => v.path);

describe('text must show something', () => {
  // "\u200b\u200b" as a first name was stored before this rule.
  it.each([
    ['two zero-width spaces', '\u200b\u200b'],
    ['a zero-width joiner and a BOM', '\u200d\ufeff'],
    ['a no-break space and an ideographic space', '\u00a0\u3000'],
    ['bidi controls', '\u202e\u2066\u2069'],
    ['a Hangul filler', '\u3164'],
    ['a braille blank', '\u2800\u2800'],
    ['line breaks', '\n\r\n\t'],
  ])('refuses a first name of %s', (_, firstName) => {
    const body = { ...clone(registration), children: [{ firstName, birthDate: '2025-03-14' }] };
    expect(refusedAt(caseRegistrationSchema.safeParse(body))).toEqual(['children.0.firstName']);
  });

  it.each([
    ['a NUL byte', 'Ida\u0000'],
    ['an escape character', 'Ida\u001b[31m'],
    ['a C1 control', 'Ida\u0085x'],
    ['a lone high surrogate', 'Ida\ud800'],
    ['a lone low surrogate', '\udc00Ida'],
  ])('refuses a name with %s', (_, name) => {
    const body = { providerId: 'hjemmebasen', name, contactEmail: 'k@hjemmebasen.example' };
    expect(refusedAt(providerSchema.safeParse(body))).toEqual(['name']);
  });

  it.each([
    'Ida',
    'Zoë',
    ' Ida ',
    'Anne\u00adMarie', // a soft hyphen inside a name is kept as written
    '👨‍👩‍👧‍👦',
    'می‌خواهم', // a zero-width non-joiner belongs to Persian spelling
    'Linje 1\nLinje 2\tslut',
  ])('accepts %j and keeps it as written', (text) => {
    expect(textSchema(100).parse(text)).toBe(text);
  });

  it.each([
    ['a NUL byte', 'Besøg\u0000'],
    ['an escape sequence', 'Besøg \u001b[2J'],
    ['a C1 control', 'Besøg\u009b'],
    ['a lone high surrogate', 'Besøg \ud83d'],
  ])("refuses a visit's note with %s", (_, note) => {
    expect(refusedAt(visitSchema.safeParse({ ...clone(visit), note }))).toEqual(['note']);
  });

  it.each(['', '   ', 'Linje 1\r\nLinje 2\tslut', 'Godt besøg 👍'])(
    "accepts a visit's note %j, which may be empty, and keeps it as written",
    (note) => {
      expect(visitSchema.parse({ ...clone(visit), note }).note).toBe(note);
      expect(optionalTextSchema(10).safeParse('x'.repeat(11)).success).toBe(false);
    },
  );

  it('refuses a concern note of zero-width characters only', () => {
    const body = { ...clone(visit), concern: { level: 'acute', note: '\u200b\u200c\u200d' } };
    expect(refusedAt(visitSchema.safeParse(body))).toEqual(['concern.note']);
  });

  it('counts letters, digits and marks as visible, and only those', () => {
    expect(['a', '1', '.', '\u200b', ' ', ''].map(hasVisibleText)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
