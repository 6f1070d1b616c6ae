import { addMonths, addWeeks, type IsoDate } from '../calendar/civil-date.ts';

/** Barnets Lov § 91: barnets plan exists within 3 months of the decision. */
export function planDueOn(decidedOn: IsoDate): IsoDate {
  return addMonths(decidedOn, 3);
}

/** Barnets Lov § 20 stk. 3: a børnefaglig undersøgelse is finished within 4 months. */
export function investigationDueOn(startedOn: IsoDate): IsoDate {
  return addMonths(startedOn, 4);
}

/** Hjemmepædagogisk forløb (the municipality's guide): at most 40 weeks from the start. */
export function homePedagogueMaxEnd(startsOn: IsoDate): IsoDate {
  return addWeeks(startsOn, 40);
}

/** Hjemmepædagogisk forløb is for families with children under 3 (on the start date). */
export const HOME_PEDAGOGUE_MAX_AGE_EXCLUSIVE = 3;

/** A child (barn eller ung) is under 18. */
export const ADULT_AGE = 18;
