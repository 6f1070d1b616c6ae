const TZ = 'Europe/Copenhagen';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TZ,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Copenhagen's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
const offsetAt = (ms: number) => {
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
  return Math.round((asUtc - Math.floor(ms / 60000) * 60000) / 60000);
};

/**
 * A date and a wall-clock time in Copenhagen (what the provider typed) as an ISO 8601 instant with its
 * offset, whatever the phone's own time zone: `2026-11-20` `07:00` → `2026-11-20T07:00:00+01:00`.
 */
export const copenhagenInstant = (date: string, time: string) => {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, h!, mi!);
  let offset = offsetAt(wall - 60 * 60000);
  offset = offsetAt(wall - offset * 60000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${date}T${time.slice(0, 5)}:00${sign}${hh}:${mm}`;
};

/** Now in Copenhagen as a date and a time, for the visit form's defaults. */
export const nowInCopenhagen = () => {
  const p = Object.fromEntries(parts.formatToParts(new Date()).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
};
