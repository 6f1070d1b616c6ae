import { COPENHAGEN, formatDanishDate, localTimeOf } from '@hjemmestotte/domain';
import type { OutgoingEmail } from '../ports.ts';
import { renderBody } from './layout.ts';
import { type Links, staffCaseLink } from './links.ts';

export interface ConcernFacts {
  caseId: string;
  caseNumber: string;
  providerId: string;
  level: 'acute' | 'non-acute';
  /** When the provider registered it (the event's time). */
  raisedAt: string;
}

/** "25. januar 2027 kl. 07.05", the wall clock in Copenhagen (summer and winter time alike). */
export const danishDateTime = (instant: Date, timeZone: string = COPENHAGEN) => {
  const t = localTimeOf(instant, timeZone);
  const hh = String(t.hour).padStart(2, '0');
  const mm = String(t.minute).padStart(2, '0');
  return `${formatDanishDate(t.date)} kl. ${hh}.${mm}`;
};

/**
 * Which provider (by its id: a provider may be one day-care pedagogue, whose name is a person's), when, the
 * level and a link to the case page where the caseworker reads it: never the concern's text nor the note.
 */
export const renderConcern = (
  to: string,
  c: ConcernFacts,
  links: Links,
  timeZone?: string,
): OutgoingEmail => {
  const level = c.level === 'acute' ? 'akut' : 'ikke akut';
  const when = danishDateTime(new Date(c.raisedAt), timeZone);
  return renderBody(to, `Bekymring i sag ${c.caseNumber} (${level})`, {
    intro: `Leverandøren ${c.providerId} registrerede ${when} en bekymring (${level}) ved et besøg i sag ${c.caseNumber}.`,
    items: [
      {
        sentence: `Læs bekymringen i sag ${c.caseNumber} og vurder inden for 24 timer, om der er behov for akut handling.`,
        link: staffCaseLink(links, c),
      },
    ],
  });
};
