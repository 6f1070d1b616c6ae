import { addDays, type IsoDate } from './civil-date.ts';
import { easterSunday } from './easter.ts';

// The helligdage of Danish law: fixed dates and days counted from Easter Sunday. Grundlovsdag, 1 May,
// 24 and 31 December are not helligdage; a municipality that closes on them configures them as closing
// days. Store Bededag (Easter + 26) was abolished as a helligdag from 2024 by a law of February 2023.
const LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

const fromEaster: ReadonlyArray<readonly [days: number, name: string]> = [
  [-3, 'Skærtorsdag'],
  [-2, 'Langfredag'],
  [0, 'Påskedag'],
  [1, 'Anden påskedag'],
  [26, 'Store Bededag'],
  [39, 'Kristi Himmelfartsdag'],
  [49, 'Pinsedag'],
  [50, 'Anden Pinsedag'],
];

// Computed when a year is first asked for, never at import; a process asks for a handful of years.
const byYear = new Map<number, ReadonlyMap<IsoDate, string>>();

function compute(year: number): ReadonlyMap<IsoDate, string> {
  const easter = easterSunday(year);
  const yyyy = easter.slice(0, 4);
  const holidays = new Map<IsoDate, string>([[`${yyyy}-01-01`, 'Nytårsdag']]);
  for (const [days, name] of fromEaster) {
    if (name === 'Store Bededag' && year > LAST_YEAR_WITH_STORE_BEDEDAG) continue;
    holidays.set(addDays(easter, days), name);
  }
  holidays.set(`${yyyy}-12-25`, 'Juledag');
  holidays.set(`${yyyy}-12-26`, 'Anden Juledag');
  return holidays;
}

/** Danish public holidays (helligdage) of a year, in date order: date → Danish name. */
export function danishPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  let holidays = byYear.get(year);
  if (holidays === undefined) {
    holidays = compute(year);
    byYear.set(year, holidays);
  }
  return holidays;
}

export function isDanishPublicHoliday(date: IsoDate): boolean {
  return danishPublicHolidays(Number(date.slice(0, 4))).has(date);
}
