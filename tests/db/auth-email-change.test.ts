// Changing the e-mail address through supabase-js's updateUser, as GoTrue does with secure e-mail change: the address
// changes only once links sent to both the old and the new address have been opened.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { anonClient, demo, demoPassword, newPerson } from './clients.ts';
import { latestEmail, tokenFrom } from './outbox.ts';

describe('changing the e-mail address', () => {
  it('needs both links opened, then signs in with the new address only', async () => {
    const person = await newPerson('Moving Person');
    const newEmail = `moved.${randomUUID().slice(0, 8)}@test.example`;
    const { data, error } = await person.client.auth.updateUser({ email: newEmail });
    expect(error).toBeNull();
    expect(data.user?.email).toBe(person.email);
    expect(data.user?.new_email).toBe(newEmail);

    const first = await anonClient().auth.verifyOtp({
      token_hash: tokenFrom((await latestEmail(person.email))?.link).token_hash,
      type: 'email_change',
    });
    expect(first.error).toBeNull();
    expect(first.data.session).toBeFalsy();
    expect((await anonClient().auth.signInWithPassword({ email: person.email, password: demoPassword })).error).toBeNull();

    const second = await anonClient().auth.verifyOtp({
      token_hash: tokenFrom((await latestEmail(newEmail))?.link).token_hash,
      type: 'email_change',
    });
    expect(second.error).toBeNull();
    expect(second.data.user?.email).toBe(newEmail);
    expect((await anonClient().auth.signInWithPassword({ email: newEmail, password: demoPassword })).error).toBeNull();
    expect((await anonClient().auth.signInWithPassword({ email: person.email, password: demoPassword })).error?.code).toBe(
      'invalid_credentials',
    );
  });

  it('refuses an address another account has, and a malformed one, changing nothing', async () => {
    const person = await newPerson('Staying Person');
    const taken = await person.client.auth.updateUser({ email: demo.educator });
    expect(taken.error?.code).toBe('email_exists');
    const malformed = await person.client.auth.updateUser({ email: 'not an address', data: { profession: 'Nurse' } });
    expect(malformed.error?.code).toBe('validation_failed');
    expect((await person.client.auth.getUser()).data.user?.user_metadata).toEqual({ full_name: 'Staying Person' });
  });
});
