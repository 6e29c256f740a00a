// npm run mail-worker: sends the platform's queued e-mails (bookings, promotions, decisions) through SMTP, for a hosted
// deployment. The embedded backend does not need it: npm start delivers to the development outbox.
import pg from 'pg';
import type { SendEmail } from '#lib/notifications/deliver.ts';
import { startMailWorker } from '#lib/notifications/mail-worker.ts';
import { smtpSender } from '#lib/notifications/smtp.ts';

const needed = {
  DATABASE_URL: "the project's Postgres connection string (a direct or session-mode connection: it listens for new e-mails)",
  SMTP_URL: "your mail provider's SMTP URL, such as smtps://user:password@smtp.example.org:465",
  MAIL_FROM: 'the sender, such as "Mind & Body Learning <learning@example.nhs.uk>"',
  SITE_URL: "the site's public address, used in links, such as https://learning.example.nhs.uk",
};
const missing = Object.entries(needed).filter(([name]) => !process.env[name]);
if (missing.length > 0) {
  console.error(`The mail worker needs these settings:\n${missing.map(([name, what]) => `  ${name}: ${what}`).join('\n')}`);
  process.exit(1);
}

const env = process.env as Record<keyof typeof needed, string>;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
pool.on('error', (error) => console.error(`Mail worker: database connection lost: ${error.message}`));
// A connection lost while checked out (mid-delivery) fails that delivery's query, which is retried: never a crash.
pool.on('connect', (client) => client.on('error', () => {}));
const smtp = smtpSender(env.SMTP_URL, env.MAIL_FROM);
const send: SendEmail = async (to, email, delivery) => {
  await smtp.send(to, email, delivery);
  console.log(`Sent "${email.subject}"`);
};
const worker = await startMailWorker({
  pool,
  databaseUrl: env.DATABASE_URL,
  siteUrl: env.SITE_URL,
  send,
  onError: (error) => console.error(`Mail worker: ${error.message} (queued e-mails are kept and retried)`),
});
console.log('Mail worker running: queued e-mails are sent as they arrive. Ctrl-C to stop.');

async function stop() {
  await worker.stop();
  smtp.close();
  await pool.end();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
