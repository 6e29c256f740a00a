// Sends the platform's e-mails through an SMTP server (a hosted deployment's mail provider), with nodemailer.
import nodemailer from 'nodemailer';
import type { SendEmail } from './deliver.ts';

/** `url` is an SMTP connection URL such as smtps://user:password@smtp.example.org:465; `from` the sender address. */
export function smtpSender(url: string, from: string): { send: SendEmail; close(): void } {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (to, email) => {
      await transport.sendMail({
        from, to, subject: email.subject, text: email.body,
        attachments: email.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
      });
    },
    close: () => transport.close(),
  };
}
