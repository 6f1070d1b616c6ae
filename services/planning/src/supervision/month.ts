import { addDays, addMonths, type IsoDate } from '@hjemmestotte/domain';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The earliest month a report is asked for: older cases exist (decided under Serviceloven), none before this. */
export const EARLIEST_MONTH = '2000-01';

export interface MonthWindow {
  month: string;
  first: IsoDate;
  last: IsoDate;
}

export const monthWindow = (month: string): MonthWindow => {
  const first = `${month}-01`;
  return { month, first, last: addDays(addMonths(first, 1), -1) };
};

export const previousMonth = (month: string) => addMonths(`${month}-01`, -1).slice(0, 7);
