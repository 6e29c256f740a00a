import { describe, expect, it } from 'vitest';
import { checkSignUp, checkEmail, checkNewPassword } from '../../src/lib/auth/validate.ts';
import { safeNext } from '../../src/lib/auth/safe-next.ts';
import { checkProfile } from '../../src/lib/profile.ts';
import { authMessage } from '../../src/lib/auth/messages.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('sign-up form', () => {
  it('accepts a complete form, trimming the name and lower-casing the e-mail address', () => {
    expect(checkSignUp(form({ fullName: '  Mary Seacole ', email: 'Mary@NHS.net', password: 'long-enough' })))
      .toEqual({ errors: [], fullName: 'Mary Seacole', email: 'mary@nhs.net', password: 'long-enough' });
  });

  it('says what is missing or wrong, field by field', () => {
    const { errors } = checkSignUp(form({ fullName: '', email: 'mary@', password: 'short' }));
    expect(errors).toEqual([
      { field: 'fullName', message: 'Enter your full name' },
      { field: 'email', message: 'Enter an e-mail address in the right format, like name@nhs.net' },
      { field: 'password', message: 'Password must be 8 characters or more' },
    ]);
  });

  it('checks e-mail and password on their own', () => {
    expect(checkEmail('')).toEqual({ field: 'email', message: 'Enter your e-mail address' });
    expect(checkNewPassword('x'.repeat(73))?.message).toBe('Password must be 72 characters or fewer');
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
    for (const next of ['/.//evil.example', '/./\\evil.example', '/a/..//evil.example', '/%2e//evil.example', '/.//evil.example/path?q=1']) {
      const result = safeNext(next);
      expect(new URL(result, 'https://learning.example').origin, next).toBe('https://learning.example');
      expect(result, next).toBe('/account');
    }
    expect(safeNext('/courses/./x/../y')).toBe('/courses/y');
  });
});

describe('profile form', () => {
  it('normalises optional fields to null and upper-cases the registration number', () => {
    expect(checkProfile(form({ full_name: 'Sam', profession: '', trust: '', registration_body: 'NMC', registration_number: 'ab12345' })).values)
      .toEqual({ full_name: 'Sam', profession: null, trust: null, registration_body: 'NMC', registration_number: 'AB12345' });
  });

  it('refuses an unknown registration body and a malformed number', () => {
    const { errors } = checkProfile(form({ full_name: 'Sam', registration_body: 'FBI', registration_number: '12 34' }));
    expect(errors.map((e) => e.field)).toEqual(['registration_body', 'registration_number']);
  });
});

describe('auth messages', () => {
  it('turns API error codes into plain words, with a fallback', () => {
    expect(authMessage({ code: 'invalid_credentials', message: 'Invalid login credentials' })).toContain('not right');
    expect(authMessage({ code: 'something_new', message: 'x' })).toContain('Try again');
  });
});
