// What a person sees when signing in or up fails: plain words and what to do next.
import { minPasswordLength } from './account-rules.ts';

const byCode: Record<string, string> = {
  invalid_credentials: 'The e-mail address or password is not right. Check them and try again.',
  email_not_confirmed: 'Confirm your e-mail address first: open the link in the e-mail we sent you.',
  over_request_rate_limit: 'Too many attempts to sign in to this account. Wait 5 minutes, or reset your password.',
  over_email_send_rate_limit: 'We have only just sent an e-mail to this address. Wait a minute, then ask again.',
  weak_password: `Choose a password of at least ${minPasswordLength} characters.`,
  validation_failed: 'Enter an e-mail address in the right format, like name@nhs.net.',
  otp_expired: 'This link has expired or has already been used. Ask for a new one.',
  refresh_token_not_found: 'Your session has ended. Sign in again.',
};

export function authMessage(error: { code?: string; message: string } | null | undefined): string {
  if (!error) return '';
  return (error.code && byCode[error.code]) || 'Something went wrong on our side. Try again in a minute.';
}
