// What the account forms are told an account may be (src/lib/auth/account-rules.ts) is what the auth server accepts,
// so a person hears what to change from the form, never as a refusal from the server behind it.
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { serviceClient } from './clients.ts';
import { emailPattern, maxEmailLength, maxPasswordLength, minPasswordLength } from '#lib/auth/account-rules.ts';

const address = () => `rules.${randomUUID().slice(0, 8)}@test.example`;
const createAccount = (email: string, password: string) => serviceClient().auth.admin.createUser({ email, password, email_confirm: true });

describe('account rules: the forms and the auth server agree', () => {
  test('passwords: the auth server draws the line at the lengths the forms give', async () => {
    for (const length of [minPasswordLength - 1, minPasswordLength, maxPasswordLength, maxPasswordLength + 1]) {
      const allowed = length >= minPasswordLength && length <= maxPasswordLength;
      const { error } = await createAccount(address(), 'p'.repeat(length));
      expect(error?.code ?? null, `${length} characters`).toBe(allowed ? null : 'weak_password');
    }
  });

  test('e-mail addresses: the auth server accepts exactly those of the shape and length the forms accept', async () => {
    const local = `x${randomUUID().slice(0, 8)}`;
    const cases = [
      `${local}@test.example`,
      `${local}.o'brien+nhs@test.nhs.uk`,
      `${local}@test`,
      `${local} @test.example`,
      `${local}@@test.example`,
      `${local}${'a'.repeat(maxEmailLength - local.length - 5)}@t.uk`,
      `${local}${'a'.repeat(maxEmailLength + 1 - local.length - 5)}@t.uk`,
    ];
    for (const email of cases) {
      const allowed = emailPattern.test(email) && email.length <= maxEmailLength;
      const { error } = await createAccount(email, 'a-good-password');
      expect(error === null, email).toBe(allowed);
    }
  });
});
