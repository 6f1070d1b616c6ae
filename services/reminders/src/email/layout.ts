import type { OutgoingEmail } from '../ports.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export interface EmailItem {
  sentence: string;
  /** A link into the municipality's case system; absent in emails about no case. */
  link?: string;
}

export interface EmailBody {
  intro: string;
  items: EmailItem[];
  outro?: string;
}

export const caseLink = (template: string, caseNumber: string) =>
  template.replace('{caseNumber}', encodeURIComponent(caseNumber));

/** The one Danish frame every email shares, as plain text and as HTML with the same words. */
export const renderBody = (
  to: string,
  subject: string,
  body: EmailBody,
  attachments: OutgoingEmail['attachments'] = [],
): OutgoingEmail => {
  const text = [
    'Hej',
    '',
    body.intro,
    '',
    ...body.items.map((i) => `- ${i.sentence}${i.link ? `\n  ${i.link}` : ''}`),
    '',
    ...(body.outro ? [body.outro, ''] : []),
    'Venlig hilsen',
    'Hjemmestøtte',
    '',
  ].join('\n');
  const li = body.items
    .map(
      (i) =>
        `<li>${escapeHtml(i.sentence)}${i.link ? ` <a href="${escapeHtml(i.link)}">Åbn sagen</a>` : ''}</li>`,
    )
    .join('\n');
  const html = [
    '<!doctype html>',
    '<html lang="da">',
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body>',
    '<p>Hej</p>',
    `<p>${escapeHtml(body.intro)}</p>`,
    `<ul>\n${li}\n</ul>`,
    ...(body.outro ? [`<p>${escapeHtml(body.outro)}</p>`] : []),
    '<p>Venlig hilsen<br>Hjemmestøtte</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { to, subject, text, html, attachments };
};
