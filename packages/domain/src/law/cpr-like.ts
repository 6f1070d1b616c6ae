import { daysInMonth } from '../calendar/civil-date.ts';
import type { RuleViolation } from './rule-violation.ts';

/** The contract's pattern: six digits, an optional hyphen, four digits. Always refused, date or not. */
export const CPR_LIKE = /\b\d{6}-?\d{4}\b/;

// After NFKC (full-width digits and dashes become ASCII): every space kind, every dash kind, the minus
// sign, invisible format characters (U+200B …) and the marks people write between digit groups.
const SEPARATOR = String.raw`[\s\p{Pd}\p{Cf}\u2212./_:]`;
// Digits joined by at most three separators in a row: "01.02.03 - 1234" is one run, "kl. 10" is not.
const DIGIT_RUN = new RegExp(String.raw`\d(?:${SEPARATOR}{0,3}\d)*`, 'gu');
const GROUP_SPLIT = new RegExp(`${SEPARATOR}+`, 'u');

/**
 * The birth year the CPR number's 7th digit gives (CPR-kontoret's century rule), so 29 February counts
 * as a date only in a leap year: 290200-4xxx is 2000 (leap), 290200-1xxx is 1900 (not).
 */
export function cprBirthYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

/** Ten digits that start with a real DDMMYY birth date under the century rule. */
export function isCprDigits(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const [dd, mm, yy, seventh] = [0, 2, 4, 6].map((i) => Number(digits.slice(i, i + 2)));
  const month = mm as number;
  if (month < 1 || month > 12) return false;
  const year = cprBirthYear(yy as number, Math.floor((seventh as number) / 10));
  return (dd as number) >= 1 && (dd as number) <= daysInMonth(year, month);
}

// In a run of more than ten digits, only the ways a CPR number is written count (DDMMYY XXXX,
// DD MM YY XXXX): "01.02.2026 10.30" or two phone numbers side by side are not one.
const CPR_GROUPINGS = ['6,4', '2,2,2,4'];

function runHoldsCpr(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  if (digits.length < 10) return false;
  if (digits.length === 10) return isCprDigits(digits);
  const groups = run.split(GROUP_SPLIT);
  return groups.some((_, start) =>
    CPR_GROUPINGS.some((grouping) => {
      const sizes = grouping.split(',').map(Number);
      const window = groups.slice(start, start + sizes.length);
      return window.map((g) => g.length).join(',') === grouping && isCprDigits(window.join(''));
    }),
  );
}

// Decimal digits of every script NFKC leaves alone (Arabic-Indic ٠١٢, Devanagari ०१२, Thai ๐๑๒ …): each
// script's ten digits are consecutive code points starting at zero, so a digit's value is its distance
// from the first of its run, modulo ten (some runs hold several sets of ten).
const ANY_DIGIT = /\p{Nd}/gu;
const digitValue = (d: string): string => {
  let cp = d.codePointAt(0) as number;
  let steps = 0;
  while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
    cp--;
    steps++;
  }
  return String(steps % 10);
};
const asciiDigits = (text: string) => text.replace(ANY_DIGIT, (d) => (/[0-9]/.test(d) ? d : digitValue(d)));

/**
 * True when the text holds something a reader would take for a CPR number: the contract's pattern, or
 * a real DDMMYY date and four digits written with any spaces, dashes, dots or invisible characters
 * between them, in any script's digits ("01 02 03 1234", "０１０２０３‑１２３４", "٠١٠٢٠٣-١٢٣٤",
 * "CPR0102031234"). Eight-digit phone numbers and dates with times are not.
 */
export function looksLikeCpr(text: string): boolean {
  if (CPR_LIKE.test(text)) return true;
  for (const [run] of asciiDigits(text.normalize('NFKC')).matchAll(DIGIT_RUN))
    if (runHoldsCpr(run)) return true;
  return false;
}

/**
 * Every string in a body (at any depth) that looks like it holds a CPR number, with its dotted path.
 * Free text is where one slips in; refusing it keeps CPR numbers out of storage, logs and emails.
 */
export function cprLikeViolations(body: unknown): RuleViolation[] {
  const out: RuleViolation[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (looksLikeCpr(value)) out.push({ path: path.join('.'), message: 'must not contain a CPR number' });
    } else if (value !== null && typeof value === 'object') {
      // Arrays too: their entries are keyed by index, which is the path segment we want.
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(body, []);
  return out;
}
