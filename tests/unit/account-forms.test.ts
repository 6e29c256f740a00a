import { describe, expect, it } from 'vitest';
import { changePasswordForm, emailForm, newPassword, signUpForm } from '#lib/auth/validate.ts';
import { safeNext } from '#lib/auth/safe-next.ts';
import { profileForm } from '#lib/account/profile-form.ts';
import { readForm } from '#lib/forms.ts';
import { authMessage } from '#lib/auth/messages.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('sign-up form', () => {
  it('accepts a complete form, trimming the name and lower-casing the e-mail address', () => {
    expect(readForm(signUpForm, form({ fullName: '  Mary Seacole ', email: 'Mary@NHS.net', password: 'long-enough' }))).toEqual({
      ok: true,
      data: { fullName: 'Mary Seacole', email: 'mary@nhs.net', password: 'long-enough' },
    });
  });

  it('says what is missing or wrong, field by field', () => {
    expect(readForm(signUpForm, form({ fullName: '', email: 'mary@', password: 'short' }))).toEqual({
      ok: false,
      errors: [
        { field: 'fullName', message: 'Enter your full name' },
        { field: 'email', message: 'Enter an e-mail address in the right format, like name@nhs.net' },
        { field: 'password', message: 'Password must be 8 characters or more' },
      ],
    });
  });

  it('checks e-mail and password on their own', () => {
    expect(readForm(emailForm, form({ email: '' }))).toEqual({
      ok: false,
      errors: [{ field: 'email', message: 'Enter your e-mail address' }],
    });
    expect(newPassword.safeParse('x'.repeat(73)).error?.issues[0]?.message).toBe('Password must be 72 characters or fewer');
  });

  it('refuses a missing field, a field posted twice and a NUL byte, each with its message', () => {
    const twice = form({ email: 'mary@nhs.net', password: 'long-enough' });
    twice.append('fullName', 'Mary');
    twice.append('fullName', 'Seacole');
    expect(readForm(signUpForm, twice)).toEqual({ ok: false, errors: [{ field: 'fullName', message: 'Enter your full name' }] });
    expect(readForm(signUpForm, form({ fullName: 'Mary\u0000', email: 'mary@nhs.net' }))).toEqual({
      ok: false,
      errors: [
        { field: 'fullName', message: 'Full name must not include control characters' },
        { field: 'password', message: 'Enter a password' },
      ],
    });
  });

  it('asks for the same new password twice, once the password itself is right', () => {
    expect(readForm(changePasswordForm, form({ password: 'long-enough', confirm: 'long-enuogh' }))).toEqual({
      ok: false,
      errors: [{ field: 'confirm', message: 'The passwords do not match. Type the same password twice.' }],
    });
    expect(readForm(changePasswordForm, form({ password: 'short', confirm: 'other' }))).toEqual({
      ok: false,
      errors: [{ field: 'password', message: 'Password must be 8 characters or more' }],
    });
  });
});

describe('safeNext', () => {
  it('keeps same-site paths and drops anything that leaves the site', () => {
    expect(safeNext('/courses/x?tab=1')).toBe('/courses/x?tab=1');
    expect(safeNext('https://evil.example')).toBe('/account');
    expect(safeNext('//evil.example')).toBe('/account');
    expect(safeNext('/\\evil.example')).toBe('/account');
    expect(safeNext(null, '/')).toBe('/');
    expect(safeNext('/\t/evil.example')).toBe('/account');
    expect(safeNext('/\n/evil.example')).toBe('/account');
    expect(safeNext('/courses/x#dates')).toBe('/courses/x#dates');
  });

  it('checks the path it returns, after normalising, not the raw input', () => {
    for (const next of [
      '/.//evil.example',
      '/./\\evil.example',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/.//evil.example/path?q=1',
    ]) {
      const result = safeNext(next);
      expect(new URL(result, 'https://learning.example').origin, next).toBe('https://learning.example');
      expect(result, next).toBe('/account');
    }
    expect(safeNext('/courses/./x/../y')).toBe('/courses/y');
  });
});

describe('profile form', () => {
  it('normalises optional fields to null and upper-cases the registration number', () => {
    expect(
      readForm(
        profileForm,
        form({ full_name: 'Sam', profession: '', trust: '', registration_body: 'NMC', registration_number: 'ab12345' }),
      ),
    ).toEqual({
      ok: true,
      data: { full_name: 'Sam', profession: null, trust: null, registration_body: 'NMC', registration_number: 'AB12345' },
    });
  });

  it('refuses an unknown registration body and a malformed number', () => {
    const result = readForm(profileForm, form({ full_name: 'Sam', registration_body: 'FBI', registration_number: '12 34' }));
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'registration_body', message: 'Choose a registration body from the list' },
        { field: 'registration_number', message: 'Registration number must be 4 to 20 letters and numbers, with no spaces' },
      ],
    });
  });
});

describe('auth messages', () => {
  it('turns API error codes into plain words, with a fallback', () => {
    expect(authMessage({ code: 'invalid_credentials', message: 'Invalid login credentials' })).toContain('not right');
    expect(authMessage({ code: 'something_new', message: 'x' })).toContain('Try again');
  });
});
