import type { OutgoingEmail } from '../ports.ts';
import { caseLink, renderBody } from './layout.ts';

export interface ConcernFacts {
  caseNumber: string;
  level: 'acute' | 'non-acute';
}

/** The case number, the level and a link: never the concern's text nor the visit's note. */
export const renderConcern = (to: string, c: ConcernFacts, linkTemplate: string): OutgoingEmail => {
  const level = c.level === 'acute' ? 'akut' : 'ikke akut';
  return renderBody(to, `Bekymring i sag ${c.caseNumber} (${level})`, {
    intro: `En leverandør har registreret en bekymring (${level}) ved et besøg i sag ${c.caseNumber}.`,
    items: [
      {
        sentence: `Læs bekymringen i sag ${c.caseNumber} og vurder inden for 24 timer, om der er behov for akut handling.`,
        link: caseLink(linkTemplate, c.caseNumber),
      },
    ],
  });
};
