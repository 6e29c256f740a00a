// Sends the platform's e-mails through an SMTP server (a hosted deployment's mail provider), with nodemailer, over a
// few pooled connections so that a batch goes out in parallel. Each e-mail carries its notification's Message-ID.
import nodemailer from 'nodemailer';
import type { SendEmail } from './deliver.ts';

/** `url` is an SMTP connection URL such as smtps://user:password@smtp.example.org:465; `from` the sender address. */
export function smtpSender(url: string, from: string): { send: SendEmail; close(): void } {
  const pooled = new URL(url);
  if (!pooled.searchParams.has('pool')) pooled.searchParams.set('pool', 'true');
  if (!pooled.searchParams.has('maxConnections')) pooled.searchParams.set('maxConnections', '5');
  const transport = nodemailer.createTransport(pooled.toString());
  return {
    send: async (to, email, { messageId }) => {
      await transport.sendMail({
        from,
        to,
        subject: email.subject,
        text: email.body,
        messageId,
        attachments: email.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
      });
    },
    close: () => transport.close(),
  };
}
