import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CPR_LIKE, cprBirthYear, cprLikeViolations, isCprDigits, looksLikeCpr } from './cpr-like.ts';

const refused = [{ path: 'note', message: 'must not contain a CPR number' }];

describe('cprLikeViolations', () => {
  it.each(['Barnet har CPR 140325-1234.', '1403251234', 'cpr:140325-1234'])('flags %j', (text) => {
    expect(CPR_LIKE.test(text)).toBe(true);
    expect(cprLikeViolations({ note: text })).toEqual(refused);
  });

  // The red team's strings, each let through by the contract's pattern alone.
  it.each([
    ['spaces between the pairs', '01 02 03 1234'],
    ['dots and a hyphen', '01.02.03-1234'],
    ['a non-breaking hyphen (U+2011)', '010203\u20111234'],
    ['full-width digits', '０１０２０３－１２３４'],
    ['letters glued to the digits', 'CPR0102031234'],
    ['a space instead of the hyphen', '140325 1234'],
    ['two hyphens', '140325--1234'],
    ['an en dash with spaces', 'cpr 010203 – 1234'],
    ['a minus sign', '010203\u22121234'],
    ['a no-break space', '010203\u00a01234'],
    ['zero-width spaces between every digit', [...'0102031234'].join('\u200b')],
    ['a digit per space', '0 1 0 2 0 3 1 2 3 4'],
    ['slashes', '01/02/03/1234'],
    ['superscript and circled digits', '⁰¹0203①②③④'],
    ['Arabic-Indic digits', '٠١٠٢٠٣١٢٣٤'],
    ['Extended Arabic-Indic digits with a dash', '۰۱۰۲۰۳-۱۲۳۴'],
    ['Devanagari digits with spaces', '०१ ०२ ०३ १२३४'],
    ['mixed scripts', '01٠2๐3 1234'],
    ['a trailing digit after DD MM YY XXXX', 'se 01 02 03 1234 5'],
    ['a leading number before DDMMYY XXXX', 'nr 7 010203 1234'],
    ['29 February of a leap year under the century rule', '29.02.00-4123'],
    ['a date in the 1800s', '01.02.60 5123'],
  ])('flags %s: %j', (_, text) => {
    expect(CPR_LIKE.test(text)).toBe(false);
    expect(cprLikeViolations({ note: text })).toEqual(refused);
  });

  it.each([
    'NYB-2026-0142',
    '2026-11-20T07:00:00+01:00',
    'Ring på 12345678',
    'Ring på 12 34 56 78 eller 87 65 43 21',
    'Tlf. 20 11 05 12 / 30 11 22 33',
    '+45 01 02 03 12',
    '14032512345',
    'Mødet var 01.02.2026 10.30 hos familien',
    'Mødet var 12.05.2026 kl. 14.30-16.00',
    'Besøg 3.11.2026, 9.15–10.45 og 5.11.2026, 8.00',
    'Beløb 1.234,50 kr. og 2.000 kr.',
    'Postnr. 8000 Aarhus C, 2 børn',
    'kl. 07:00:00 til 09:30:00',
    // Not a date: day 32, month 13, 29 February 1900 (seventh digit 1: the 1900s).
    '32 01 03 1234',
    '01 13 03 1234',
    '29.02.00-1234',
  ])('lets %j through', (text) => {
    expect(cprLikeViolations({ note: text })).toEqual([]);
  });

  it('walks nested objects and arrays and names each path', () => {
    const body = {
      caseNumber: 'NYB-2026-0142',
      children: [{ firstName: 'Ida' }, { firstName: 'Bo 010120-1234' }],
      concern: { level: 'acute', note: 'se 0101201234' },
      hoursPerWeek: 1234567890,
      planRequired: true,
      extra: null,
    };
    expect(cprLikeViolations(body).map((v) => v.path)).toEqual(['children.1.firstName', 'concern.note']);
  });

  it('flags a bare string body with an empty path and ignores non-strings', () => {
    expect(cprLikeViolations('010120-1234')).toEqual([
      { path: '', message: 'must not contain a CPR number' },
    ]);
    expect(cprLikeViolations(1234567890)).toEqual([]);
    expect(cprLikeViolations(undefined)).toEqual([]);
  });
});

describe('the CPR century rule', () => {
  it.each([
    [0, 0, 1900],
    [99, 3, 1999],
    [36, 4, 2036],
    [37, 4, 1937],
    [57, 5, 2057],
    [58, 8, 1858],
    [36, 9, 2036],
    [37, 9, 1937],
  ])('YY %i with seventh digit %i is %i', (yy, seventh, year) => {
    expect(cprBirthYear(yy, seventh)).toBe(year);
  });

  it('takes only ten digits with a real date', () => {
    expect(
      ['290200-4123', '010203123', '0102031234x', '3101031234', '3104031234', '0100031234'].map(isCprDigits),
    ).toEqual([false, false, false, true, false, false]);
    expect(isCprDigits('2902004123')).toBe(true);
    expect(isCprDigits('2902001123')).toBe(false);
  });
});

// Every real CPR date with four digits, in the ways people write it.
const cprDigits = fc
  .tuple(
    fc.integer({ min: 1900, max: 2057 }),
    fc.integer({ min: 1, max: 12 }),
    fc.nat(),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([year, month, d, serial]) => {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = (d % days) + 1;
    // A seventh digit whose century rule gives this year back.
    const seventh = year < 2000 ? 0 : year <= 2036 ? 4 : 5;
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(day)}${pad(month)}${pad(year % 100)}${seventh}${pad(serial, 3)}`;
  });
const separators = fc.constantFrom('', ' ', '-', '.', '\u2011', '\u2013', '\u00a0', '\u200b', '/', ' - ');
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const danishWords = fc.constantFrom('Barnet', 'har', 'nr.', 'CPR', 'se', 'mor', 'kl.', 'Ida', '', 'og');

describe('the CPR filter, by property', () => {
  it('flags every real CPR date and four digits, however separated, in whatever digit form and text', () => {
    fc.assert(
      fc.property(
        cprDigits,
        fc.array(separators, { minLength: 9, maxLength: 9 }),
        fc.boolean(),
        danishWords,
        danishWords,
        (digits, seps, wide, before, after) => {
          const written = [...digits].map((d, i) => d + (seps[i] ?? '')).join('');
          const text = `${before} ${wide ? fullWidth(written) : written} ${after}`;
          expect(looksLikeCpr(text)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never flags eight-digit phone numbers, clock times and dates with a year in ordinary text', () => {
    const phone = fc
      .integer({ min: 10_000_000, max: 99_999_999 })
      .map((n) => String(n).replace(/(\d\d)(?=\d)/g, '$1 '));
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `kl. ${h}.${String(m).padStart(2, '0')}`);
    const date = fc
      .tuple(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2000, max: 2040 }),
      )
      .map(([d, m, y]) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`);
    const piece = fc.oneof(phone, time, date, danishWords);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        // Words between the numbers, as in a sentence: "ring 12 34 56 78 kl. 9.30 den 01.02.2027".
        expect(looksLikeCpr(pieces.join(' og '))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
