// Checks what a person typed into the account forms, with messages in the NHS.UK style.
import type { FieldError } from '../forms.ts';

import { emailPattern, minPasswordLength } from './account-rules.ts';
export { minPasswordLength };

export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function checkEmail(email: string): FieldError | null {
  if (!email) return { field: 'email', message: 'Enter your e-mail address' };
  if (!emailPattern.test(email) || email.length > 255) return { field: 'email', message: 'Enter an e-mail address in the right format, like name@nhs.net' };
  return null;
}

export function checkNewPassword(password: string): FieldError | null {
  if (!password) return { field: 'password', message: 'Enter a password' };
  if (password.length < minPasswordLength) return { field: 'password', message: `Password must be ${minPasswordLength} characters or more` };
  if (password.length > 72) return { field: 'password', message: 'Password must be 72 characters or fewer' };
  return null;
}

export function checkSignUp(form: FormData): { errors: FieldError[]; fullName: string; email: string; password: string } {
  const fullName = field(form, 'fullName');
  const email = field(form, 'email').toLowerCase();
  const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : '';
  const errors = [
    !fullName ? { field: 'fullName', message: 'Enter your full name' } : fullName.length > 120 ? { field: 'fullName', message: 'Full name must be 120 characters or fewer' } : null,
    checkEmail(email),
    checkNewPassword(password),
  ].filter((e): e is FieldError => e !== null);
  return { errors, fullName, email, password };
}
