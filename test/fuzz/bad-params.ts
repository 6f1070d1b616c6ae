import fc from 'fast-check';

// Path parameter values that cannot name anything. Before the edge checked them, a 2,100-character
// caseId or a 1,100-character followUpId reached DynamoDB's 2,048-byte key limit and answered 500.
const oddParams = [
  'a'.repeat(2100),
  'f'.repeat(1100),
  'å'.repeat(1500),
  '3f0c2d4e-8a51-4c1b-9e7f-2b6d5a8c9e10'.repeat(40),
  '../../etc/passwd',
  'fu-1/../fu-2',
  ' ',
  '\u200b',
  'CASE#x',
  '%00',
  '🙂',
];

/** A value for one path parameter that must answer 404. */
export const badPathParam: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...oddParams),
  fc.integer({ min: 129, max: 4000 }).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => !/^[A-Za-z0-9._-]+$/.test(s)),
);
