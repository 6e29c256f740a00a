// What a person may type into the account forms, as zod schemas for readForm, with messages in the NHS.UK style.
import { z } from 'zod';
import { formText } from '#lib/account/form-text.ts';
import { emailPattern, maxEmailLength, maxPasswordLength, minPasswordLength } from './account-rules.ts';
import { fieldLimits } from '#lib/field-limits.ts';

export { minPasswordLength };

export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

const emailFormat = 'Enter an e-mail address in the right format, like name@nhs.net';

/** An e-mail address as typed: trimmed and lower-cased. */
export const email = z
  .string({ error: 'Enter your e-mail address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your e-mail address')
  .max(maxEmailLength, emailFormat)
  .regex(emailPattern, emailFormat);

/** A new password, kept exactly as typed. */
export const newPassword = z
  .string({ error: 'Enter a password' })
  .min(1, 'Enter a password')
  .min(minPasswordLength, `Password must be ${minPasswordLength} characters or more`)
  .max(maxPasswordLength, `Password must be ${maxPasswordLength} characters or fewer`);

export const fullName = formText('Enter your full name', 'Full name')
  .min(1, 'Enter your full name')
  .max(fieldLimits.profile.fullName, `Full name must be ${fieldLimits.profile.fullName} characters or fewer`);

export const signUpForm = z.object({ fullName, email, password: newPassword });

export const signInForm = z.object({ email, password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password') });

/** Asking for a sign-in link, or a link to reset a forgotten password. */
export const emailForm = z.object({ email });

export const changePasswordForm = z
  .object({ password: newPassword, confirm: z.string({ error: 'Type the new password again' }) })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'The passwords do not match. Type the same password twice.',
    when: ({ issues }) => issues.length === 0,
  });
