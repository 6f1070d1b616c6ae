import { formatDanishDate, formatDanishMonth } from '@hjemmestotte/domain';
import type { SimpleEmail } from '@hjemmestotte/lambda-kit';
import type { SupervisionFigures } from './figures.ts';

export const danishMonth = formatDanishMonth;
const hours = (h: number) => h.toFixed(2).replace('.', ',');
const esc = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The web app's page of the report: `/tilsyn?maaned=YYYY-MM` on the web origin. */
export const reportLink = (webOrigin: string, month: string) => `${webOrigin}/tilsyn?maaned=${month}`;

/**
 * The monthly supervision email to one team leader: the month's counts and a link to the report. The only
 * case numbers in it are those of the recipient's own overdue follow-ups (with their due dates): no names,
 * no case details.
 */
export const monthlyEmail = (f: SupervisionFigures, to: string, webOrigin: string): SimpleEmail => {
  const link = reportLink(webOrigin, f.month);
  const mine = f.overdueFollowUps.filter((o) => o.teamLeaderEmail === to);
  const counts: [string, number][] = [
    ['Opfølgninger med frist i måneden', f.followUps.due],
    ['holdt til tiden', f.followUps.heldOnTime],
    ['holdt for sent', f.followUps.heldLate],
    ['ikke holdt (overskredet)', f.followUps.overdue],
    ['Planer der mangler efter fristen', f.plansMissing],
    ['Undersøgelser over 4 måneder', f.investigationsOverdue],
  ];
  const providers = f.providers.map(
    (p) =>
      `${p.providerId}: ${p.cases} sager, ${hours(p.hoursGranted)} timer bevilget, ${hours(p.hoursDelivered)} timer leveret, ${p.visits} besøg, ${p.concerns} bekymringer`,
  );
  const overdue = mine.map((o) => `${o.caseNumber}: frist ${formatDanishDate(o.dueOn)}`);
  const title = `Tilsyn for ${danishMonth(f.month)}`;
  const text = [
    `${title} (opgjort pr. ${formatDanishDate(f.asOf)})`,
    '',
    ...counts.map(([label, n]) => `${label}: ${n}`),
    '',
    'Leverandører:',
    ...(providers.length > 0 ? providers.map((p) => `- ${p}`) : ['- ingen i måneden']),
    '',
    'Dine sager med overskreden opfølgning:',
    ...(overdue.length > 0 ? overdue.map((o) => `- ${o}`) : ['- ingen']),
    '',
    `Se hele opgørelsen: ${link}`,
    '',
  ].join('\n');
  const html = `<!doctype html><html lang="da"><body>
<h1>${esc(title)}</h1>
<p>Opgjort pr. ${esc(formatDanishDate(f.asOf))}.</p>
<table>${counts.map(([label, n]) => `<tr><th scope="row">${esc(label)}</th><td>${n}</td></tr>`).join('')}</table>
<h2>Leverandører</h2>
<ul>${providers.length > 0 ? providers.map((p) => `<li>${esc(p)}</li>`).join('') : '<li>ingen i måneden</li>'}</ul>
<h2>Dine sager med overskreden opfølgning</h2>
<ul>${overdue.length > 0 ? overdue.map((o) => `<li>${esc(o)}</li>`).join('') : '<li>ingen</li>'}</ul>
<p><a href="${esc(link)}">Se hele opgørelsen</a></p>
</body></html>`;
  return { to, subject: title, text, html };
};
