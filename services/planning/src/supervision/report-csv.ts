import type { reportView } from './get-report.ts';

type ReportView = ReturnType<typeof reportView>;

// Danish Excel opens a file like this directly: `;` between fields (the comma is the decimal sign), a BOM so
// it reads UTF-8 (æ, ø, å), CRLF line ends.
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Quotes a field that needs it, and defuses one Excel would run as a formula (=, +, -, @ first). */
const field = (v: string | number): string => {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const row = (...fields: (string | number)[]) => fields.map(field).join(';');
const hours = (h: number) => h.toFixed(2).replace('.', ',');

/** The report as CSV: the month's counts, then one row per provider, then the overdue follow-ups. */
export const reportCsv = (r: ReportView): string => {
  const lines = [
    row(
      'Måned',
      'Opgjort pr.',
      'Opfølgninger forfaldne',
      'Holdt til tiden',
      'Holdt for sent',
      'Overskredne',
      'Endnu ikke forfaldne',
      'Planer mangler',
      'Undersøgelser over 4 måneder',
    ),
    row(
      r.month,
      r.asOf,
      r.followUps.due,
      r.followUps.heldOnTime,
      r.followUps.heldLate,
      r.followUps.overdue,
      r.followUps.notYetDue,
      r.plansMissing,
      r.investigationsOverdue,
    ),
    '',
    row('Leverandør', 'Sager', 'Bevilgede timer', 'Leverede timer', 'Besøg', 'Bekymringer'),
    ...r.providers.map((p) =>
      row(p.providerId, p.cases, hours(p.hoursGranted), hours(p.hoursDelivered), p.visits, p.concerns),
    ),
    '',
    row('Overskredet opfølgning: sagsnummer', 'Forfaldsdato'),
    ...r.overdueFollowUps.map((o) => row(o.caseNumber, o.dueOn)),
  ];
  return `${BOM}${lines.join(CRLF)}${CRLF}`;
};

export const csvFileName = (month: string) => `tilsyn-${month}.csv`;

/**
 * True when the Accept header prefers text/csv to JSON (q-values honoured; absent q is 1; a tie goes to the
 * type listed first). No Accept, or one without text/csv: JSON.
 */
export const wantsCsv = (accept: string | undefined): boolean => {
  if (!accept) return false;
  const ranges = accept.split(',').map((part, index) => {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { type: type.trim(), q: q ? Number(q.slice(2)) : 1, index };
  });
  const best = (types: string[]) =>
    ranges.filter((r) => types.includes(r.type) && r.q > 0).sort((a, b) => b.q - a.q || a.index - b.index)[0];
  const csv = best(['text/csv']);
  if (!csv) return false;
  const json = best(['application/json', 'application/*', '*/*']);
  return !json || csv.q > json.q || (csv.q === json.q && csv.index < json.index);
};
