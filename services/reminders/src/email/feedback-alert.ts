import type { OutgoingEmail } from '../ports.ts';
import { renderBody } from './layout.ts';

export interface FeedbackFacts {
  kind: 'bounce' | 'complaint';
  /** Permanent / Transient / Undetermined, from SES. */
  bounceType?: string;
  addresses: string[];
}

/**
 * To the municipality's admin: which address failed and how. Nothing about the email's case: SES's feedback
 * carries the original subject (a case number), which stays out of this message.
 */
export const renderFeedbackAlert = (to: string, f: FeedbackFacts): OutgoingEmail => {
  const bounce = f.kind === 'bounce';
  return renderBody(
    to,
    bounce
      ? 'Hjemmestøtte: en modtageradresse afviser påmindelser'
      : 'Hjemmestøtte: en modtager har markeret en påmindelse som uønsket',
    {
      intro: bounce
        ? `En påmindelse kunne ikke leveres (${f.bounceType ?? 'ukendt'} afvisning) til:`
        : 'En modtager har klaget over en påmindelse (markeret som spam):',
      items: f.addresses.map((a) => ({ sentence: a })),
      outro:
        'Kontrollér adressen hos sagsbehandleren, teamlederen eller leverandøren, ellers går lovpligtige påmindelser tabt.',
    },
  );
};
