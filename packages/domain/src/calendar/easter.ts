import type { IsoDate } from './civil-date.ts';

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, "Meeus/Jones/Butcher"): exact for
 * every year of the Gregorian calendar (proleptic before 1583), with no table to keep.
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19; // place in the 19-year lunar (Metonic) cycle
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30; // days from 21 March to the Paschal full moon (epact)
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from that full moon to the next Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
