export interface StoredEmail {
  messageId?: string;
  from?: string;
  destination: { to: string[]; cc?: string[]; bcc?: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments: { filename?: string; contentType?: string; content: string }[];
}

/** Every email the SES emulator holds. */
export const sentEmails = async (sesUrl: string): Promise<StoredEmail[]> =>
  ((await (await fetch(`${sesUrl}/store`)).json()) as { emails: StoredEmail[] }).emails;

/** Everything a reader of the email could see: subject, both parts, and each attachment decoded. */
export const readableText = (e: StoredEmail) =>
  [
    e.subject,
    e.body.text ?? '',
    e.body.html ?? '',
    ...e.attachments.map((a) => `${a.filename ?? ''}\n${Buffer.from(a.content, 'base64').toString('utf8')}`),
  ].join('\n');
