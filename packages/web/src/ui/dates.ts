const long = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const stamp = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

/** `2027-02-09` → `9. februar 2027`. */
export const formatDate = (iso: string | undefined) =>
  iso ? long.format(new Date(`${iso}T00:00:00Z`)) : '–';
export const formatInstant = (iso: string | undefined) => (iso ? stamp.format(new Date(iso)) : '–');

/** Today in Copenhagen as `YYYY-MM-DD`. */
export const todayIso = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** Whole days from `dueOn` to `asOf` (both `YYYY-MM-DD`, calendar days, so DST changes do not count). */
export const daysOver = (dueOn: string, asOf: string) =>
  Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000);
