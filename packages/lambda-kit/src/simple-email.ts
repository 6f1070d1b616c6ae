import { type SESClient, SendEmailCommand } from '@aws-sdk/client-ses';

export interface SimpleEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * SES SendEmail (text and HTML, no attachment) through the configuration set, so bounces and complaints
 * reach EventBridge like every other mail. For services that send a plain mail without building MIME.
 */
export const simpleEmailSender =
  (ses: SESClient, from: string, configurationSet: string) =>
  async (email: SimpleEmail): Promise<string> => {
    const out = await ses.send(
      new SendEmailCommand({
        Source: from,
        Destination: { ToAddresses: [email.to] },
        Message: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: {
            Text: { Data: email.text, Charset: 'UTF-8' },
            Html: { Data: email.html, Charset: 'UTF-8' },
          },
        },
        ConfigurationSetName: configurationSet,
      }),
    );
    return out.MessageId ?? '';
  };
