import {
  caseChangeSchema,
  caseCloseSchema,
  caseRegistrationSchema,
  followUpHeldSchema,
  planSchema,
  providerChangeSchema,
  providerSchema,
  statusReportSchema,
  visitSchema,
} from '@hjemmestotte/domain';
import fc from 'fast-check';
import type * as z from 'zod';
import { followUpHeld, plan, visit } from '../../packages/domain/test/fixtures.ts';
import { mutated } from '../../packages/domain/test/mutations.ts';
import { registrationBody } from '../security/case-world.ts';

// Strings that have broken parsers, databases and mail renderers before.
const oddStrings = [
  '\uD800', // lone high surrogate
  'a\uDC00b', // lone low surrogate
  '\u202Eevil\u202C', // right-to-left override
  'zero\u200Bwidth\uFEFF',
  'nul\u0000byte',
  '𝕳𝖏𝖊𝖒',
  '👨‍👩‍👧‍👦',
  '<script>alert(1)</script>',
  "'; DROP TABLE cases; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack
  '${jndi:ldap://x}',
  '../../etc/passwd',
  '2027-02-29',
  '0000-01-01',
  '9999-12-31',
  '2026-11-09T25:00:00+01:00',
  '2026-02-30',
  '-000001-01-01',
  '1e309',
  '__proto__',
  'constructor',
  // Classes a red team found let through or answered 500 (issue 11): see `ruleBreakers` below.
  '\u200b\u200b',
  '\u3164',
  '01 02 03 1234',
  '9999-12-31T23:59:59Z',
];
const boundaryNumbers = [
  0,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  721,
  91.0001,
  2 ** 31,
  // Below DynamoDB's smallest number (1e-130): each answered 500 as hoursPerWeek.
  5e-324,
  1e-131,
  1e-200,
  -5e-324,
];

/** The red team's CPR spellings (issue 11): each must be refused wherever free text goes. */
export const cprVariants = [
  '01 02 03 1234',
  '01.02.03-1234',
  '010203\u20111234',
  '０１０２０３－１２３４',
  'CPR0102031234',
  [...'0102031234'].join('\u200b'),
];
/** Text with nothing visible in it. */
export const invisibleTexts = ['\u200b\u200b', '\u200d\ufeff', '\u3164', '\u2800', '\u00a0\u3000', '\u202e'];
const outOfWindowDates = ['0001-01-01', '1999-12-31', '2099-12-31', '9999-12-31'];
const outOfWindowInstants = ['0001-01-01T00:00:00Z', '1999-12-31T22:59:59Z', '9999-12-31T23:59:59Z'];
const tinyNumbers = [5e-324, 1e-131, 1e-200, -5e-324, 1e-7];

const oddString = fc.oneof(
  fc.constantFrom(...oddStrings),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  // Up to ~70 KB: around the 64 KiB body limit, on both sides of it.
  fc.integer({ min: 1, max: 70_000 }).map((n) => 'å'.repeat(Math.ceil(n / 2))),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.constantFrom(...boundaryNumbers),
  fc.constantFrom(null, true, false, [], {}),
  fc.anything({ maxDepth: 2 }),
);

/** A body as sent on the wire: JSON of a generated value, or raw text that is not JSON at all. */
export interface WireBody {
  raw: string;
}
const asJson = (v: unknown): WireBody => ({ raw: JSON.stringify(v) ?? 'null' });

// One valid body per write route; mutated in one place each makes a near-valid body (refused: 400/422).
// Each base already breaks a rule where its mutations could otherwise turn valid (see the comments).
const validBases: Record<string, unknown> = {
  'POST /v1/providers': { providerId: 'fuzz-provider', name: 'Fuzz', contactEmail: 'fuzz@example.dk' },
  // Fuzzed on a provider id that does not exist: a mutation that stays valid answers 404 and writes nothing.
  'PATCH /v1/providers/{providerId}': { active: false, name: 'Hjemmebasen Nord ApS' },
  'POST /v1/cases': registrationBody({
    caseNumber: 'FUZZ-1',
    providerId: 'no-such-provider', // unknown provider: 422 even where a mutation leaves the body valid
    caseworkerEmail: 'cw@demo.kommune.example',
  }),
  'PATCH /v1/cases/{caseId}': { hoursPerWeek: 6 },
  'POST /v1/cases/{caseId}/close': { closedOn: '2026-11-20', reason: 'goals-met' },
  'PUT /v1/cases/{caseId}/plan': plan,
  'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held': followUpHeld, // heldOn in the future: 422
  'POST /v1/cases/{caseId}/visits': visit, // goal g1 is in no plan of the fuzzed case: 422
  'POST /v1/cases/{caseId}/status-reports': { kind: 'follow-up', text: 'Status.', familyHasRead: true },
};
const optional: Record<string, string[]> = {
  'POST /v1/cases/{caseId}/visits': ['goalIds', 'note', 'concern'],
  'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held': ['nextFollowUpInMonths', 'justification'],
};

const schemas: Record<string, z.ZodType> = {
  'POST /v1/providers': providerSchema,
  'PATCH /v1/providers/{providerId}': providerChangeSchema,
  'POST /v1/cases': caseRegistrationSchema,
  'PATCH /v1/cases/{caseId}': caseChangeSchema,
  'POST /v1/cases/{caseId}/close': caseCloseSchema,
  'PUT /v1/cases/{caseId}/plan': planSchema,
  'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held': followUpHeldSchema,
  'POST /v1/cases/{caseId}/visits': visitSchema,
  'POST /v1/cases/{caseId}/status-reports': statusReportSchema,
};

/** True unless the route's schema accepts the body (a random record can be valid by chance: `{hoursPerWeek: 0.5}`). */
const isBadShape = (routeKey: string) => (b: WireBody) => {
  const schema = schemas[routeKey];
  if (!schema) return true;
  try {
    return !schema.safeParse(JSON.parse(b.raw)).success;
  } catch {
    return true;
  }
};

/** Extra fields, wrong top-level types, missing everything, odd values in known keys, not-JSON. */
const generic = (knownKeys: string[]): fc.Arbitrary<WireBody> =>
  fc.oneof(
    oddValue.map(asJson),
    fc.dictionary(fc.oneof(fc.constantFrom(...knownKeys, '__proto__'), fc.string()), oddValue).map(asJson),
    fc.record(Object.fromEntries(knownKeys.map((k) => [k, oddValue])), { requiredKeys: [] }).map(asJson),
    fc
      .constantFrom('{', '{"a":}', 'null', '[]', '""', '{"__proto__":{"polluted":1}}', '\uFEFF{}')
      .map((raw) => ({
        raw,
      })),
    fc.string({ unit: 'binary', maxLength: 200 }).map((raw) => ({ raw })),
  );

/** Bad bodies for a write route: one part near-valid mutations of a valid body, three parts generic. */
/** What a field of this name and value can be replaced by to break a rule rather than the shape. */
const breakersFor = (key: string, value: unknown): unknown[] => {
  if (typeof value === 'number') return tinyNumbers;
  if (typeof value !== 'string') return [];
  if (/On$|^birthDate$|^effectiveFrom$/.test(key)) return outOfWindowDates;
  if (key === 'startedAt') return outOfWindowInstants;
  if (/^(note|text|purpose|title|justification|firstName|legalBasis|name)$/.test(key)) {
    return [...cprVariants, ...invisibleTexts];
  }
  return [];
};

/**
 * A valid base with one field replaced by a value of a class that once got through or answered 500:
 * tiny numbers, dates out of the plausible window, CPR numbers in disguise, invisible text.
 */
export const ruleBreakers = (base: unknown): fc.Arbitrary<WireBody> => {
  const spots: { path: (string | number)[]; values: unknown[] }[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) walk(item, [...path, Array.isArray(v) ? Number(k) : k]);
      return;
    }
    const values = breakersFor(String(path.at(-1) ?? ''), v);
    if (values.length > 0) spots.push({ path, values });
  };
  walk(base, []);
  // A base with nothing to break would make every generated body valid: say so rather than fuzz nothing.
  if (spots.length === 0)
    throw new Error('ruleBreakers: the base has no field of a known rule-breaking class');
  return fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => {
    const spot = spots[i % spots.length]!;
    const copy = structuredClone(base) as Record<string | number, unknown>;
    let node = copy;
    for (const seg of spot.path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
    node[spot.path.at(-1)!] = spot.values[j % spot.values.length];
    return asJson(copy);
  });
};

/** Bad bodies for a write route: near-valid mutations, rule breakers of the known classes, and generic junk. */
export const badBodies = (routeKey: string): fc.Arbitrary<WireBody> => {
  const base = validBases[routeKey];
  const keys = base && typeof base === 'object' ? Object.keys(base) : ['a'];
  const bad = generic(keys).filter(isBadShape(routeKey));
  if (base === undefined) return bad;
  const near = mutated(fc.constant(base), { optional: optional[routeKey] ?? [] }).map((m) => asJson(m.body));
  return fc.oneof(
    { arbitrary: near, weight: 1 },
    { arbitrary: ruleBreakers(base), weight: 1 },
    { arbitrary: bad, weight: 3 },
  );
};

export const hasValidBase = (routeKey: string) => routeKey in validBases;

/** Content types a JSON API must refuse with 415 (fetch sends `text/plain;charset=UTF-8` when none is set). */
export const wrongContentTypes = [
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  'application/problem+json',
  'application/json; charset=iso-8859-1',
];

/** The valid base body of a write route, as sent on the wire. */
export const validBaseOf = (routeKey: string): WireBody => asJson(validBases[routeKey]);
