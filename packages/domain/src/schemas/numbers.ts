import * as z from 'zod';

/**
 * True when `n` has at most `places` decimals as written in JSON. Refuses what rounds away to nothing
 * (5e-324, 1e-200): DynamoDB stores 38 significant digits between 1e-130 and 1e126, and such a number
 * either fails the write (a 500) or is not what anyone meant. zod's multipleOf lets 5e-324 through.
 */
export const hasAtMostDecimals = (places: number) => (n: number) =>
  Number.isFinite(n) && Number(n.toFixed(places)) === n;

/**
 * Hours, to the hundredth (0.25 h is a quarter of an hour; 0.01 h is 36 seconds, finer than anyone
 * grants). The range (0, 91] is a rule of the contract (422), in law/shared-rules.ts.
 */
export const hoursSchema = z
  .number()
  .refine(hasAtMostDecimals(2), 'must have at most 2 decimals')
  .meta({ multipleOf: 0.01, example: 6 });
