// One-time e-mail tokens (confirm sign-up, magic link, password recovery) and the e-mails that carry them.
import { randomBytes } from 'node:crypto';
import type { Db, UserRow } from './users.ts';

export type TokenType = 'confirmation' | 'recovery' | 'magiclink' | 'email_change';
const validForMinutes = 60;

/** A new token; earlier ones of the type stop working unless `keepEarlier` (each sign-up's link keeps its password). */
export async function issueToken(db: Db, userId: string, type: TokenType, keepEarlier = false): Promise<string> {
  const tokenHash = randomBytes(28).toString('hex');
  if (!keepEarlier) await db.query('delete from auth.one_time_tokens where user_id = $1 and token_type = $2', [userId, type]);
  await db.query('insert into auth.one_time_tokens (user_id, token_type, token_hash) values ($1, $2, $3)', [userId, type, tokenHash]);
  return tokenHash;
}

/** Uses up a token. Returns its user when it exists, is of an accepted type and has not expired. */
export async function consumeToken(db: Db, tokenHash: string, types: TokenType[]): Promise<UserRow | undefined> {
  const { rows } = await db.query<{ user_id: string }>(
    `delete from auth.one_time_tokens
     where token_hash = $1 and token_type = any($2) and created_at > now() - make_interval(mins => $3)
     returning user_id`,
    [tokenHash, types, validForMinutes],
  );
  if (!rows[0]) return undefined;
  return (await db.query<UserRow>('select * from auth.users where id = $1', [rows[0].user_id])).rows[0];
}

/** The e-mails that carry tokens: one per token type, and an invitation, which carries a confirmation token. */
export type EmailTemplate = TokenType | 'invite';

const emails: Record<EmailTemplate, { subject: string; intro: string; action: string; otpType: string }> = {
  invite: {
    subject: 'You are invited to Mind & Body Learning',
    intro: 'You have been invited to create an account. Accept the invitation to sign in, then choose a password.',
    action: 'Accept the invitation',
    otpType: 'invite',
  },
  confirmation: {
    subject: 'Confirm your Mind & Body Learning account',
    intro: 'Thank you for creating an account. Confirm your e-mail address to finish signing up.',
    action: 'Confirm your e-mail address',
    otpType: 'signup',
  },
  magiclink: {
    subject: 'Your Mind & Body Learning sign-in link',
    intro: 'Use this link to sign in. It works once and expires in 60 minutes.',
    action: 'Sign in',
    otpType: 'magiclink',
  },
  email_change: {
    subject: 'Confirm the change of e-mail address for Mind & Body Learning',
    intro:
      'Someone asked to change the e-mail address of a Mind & Body Learning account from or to this one. The change happens once the links sent to both the old and the new address are opened. If it was not you, ignore this e-mail.',
    action: 'Confirm the change',
    otpType: 'email_change',
  },
  recovery: {
    subject: 'Reset your Mind & Body Learning password',
    intro: 'Someone asked to reset the password for this e-mail address. If it was not you, ignore this e-mail.',
    action: 'Choose a new password',
    otpType: 'recovery',
  },
};

/** The link for a token: the site's /auth/confirm, which verifies it, and the verification type it is for. */
export function tokenLink(siteUrl: string, type: EmailTemplate, tokenHash: string, next?: string): { link: URL; otpType: string } {
  const { otpType } = emails[type];
  const link = new URL('/auth/confirm', siteUrl);
  link.searchParams.set('token_hash', tokenHash);
  link.searchParams.set('type', otpType);
  if (next) link.searchParams.set('next', next);
  return { link, otpType };
}

/** Puts the e-mail for a token in the outbox. */
export async function sendTokenEmail(
  db: Db,
  siteUrl: string,
  email: string,
  type: EmailTemplate,
  tokenHash: string,
  next?: string,
): Promise<void> {
  const template = emails[type];
  const { link } = tokenLink(siteUrl, type, tokenHash, next);
  const body = `${template.intro}\n\n${template.action}: ${link.href}\n\nThis link expires in ${validForMinutes} minutes.`;
  await db.query('insert into local_outbox.messages (recipient, subject, body, link) values ($1, $2, $3, $4)', [
    email,
    template.subject,
    body,
    link.href,
  ]);
}
