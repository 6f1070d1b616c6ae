import { type IsoDate, isoDateSchema } from './civil-date.ts';

/**
 * Age in whole years on a given day.
 *
 * A child born on 29 February turns a year older on 1 March in common years: the birthday has not
 * been reached while the day is still 28 February. This follows Danish practice for leap-day
 * birthdays and errs on the side of the younger age, so a child is never treated as 18 (or as 3, for
 * the hjemmepædagog limit) a day early.
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  isoDateSchema.parse(birthDate);
  isoDateSchema.parse(on);
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // "MM-DD" strings compare correctly as text.
  const birthdayReached = on.slice(5) >= birthDate.slice(5);
  return birthdayReached ? years : years - 1;
}
