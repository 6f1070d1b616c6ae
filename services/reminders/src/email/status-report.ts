import { COPENHAGEN, formatDanishDate, localDateOf } from '@hjemmestotte/domain';
import type { OutgoingEmail } from '../ports.ts';
import { renderBody } from './layout.ts';
import { type Links, staffCaseLink } from './links.ts';

export interface StatusReportFacts {
  caseId: string;
  caseNumber: string;
  kind: 'follow-up' | 'final';
  /** When the provider submitted it (the event's time). */
  submittedAt: string;
}

/** Case number, kind, date and a link: never the letter's text (it is read in the case). */
export const renderStatusReport = (
  to: string,
  r: StatusReportFacts,
  links: Links,
  timeZone: string = COPENHAGEN,
): OutgoingEmail => {
  const kind = r.kind === 'final' ? 'afsluttende statusskrivelse' : 'statusrapport';
  const date = formatDanishDate(localDateOf(new Date(r.submittedAt), timeZone));
  const Kind = kind[0]!.toUpperCase() + kind.slice(1);
  return renderBody(to, `${Kind} modtaget i sag ${r.caseNumber}`, {
    intro: `Leverandøren har sendt en ${kind} i sag ${r.caseNumber} ${date}.`,
    items: [{ sentence: `Læs ${kind}en i sag ${r.caseNumber}.`, link: staffCaseLink(links, r) }],
  });
};
