// Sessions end when they should: a new password ends every other session, a stolen refresh token used after its
// rotation ends its whole family, and no session lives past its absolute lifetime however often it is refreshed.
import { describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { anonClient, demoPassword, newPerson, signIn, sql } from './clients.ts';
import { latestEmail, tokenFrom } from './outbox.ts';

async function refreshToken(client: SupabaseClient): Promise<string> {
  return (await client.auth.getSession()).data.session!.refresh_token;
}

async function stillSignedIn(client: SupabaseClient): Promise<boolean> {
  const session = (await client.auth.getSession()).data.session!;
  const user = await anonClient().auth.getUser(session.access_token);
  const refreshed = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
  return !user.error && !refreshed.error;
}

describe('sessions', () => {
  it('changing the password ends every other session, and keeps this one', async () => {
    const person = await newPerson('Changing Password');
    const wardComputer = await signIn(person.email);
    expect((await person.client.auth.updateUser({ password: 'a-brand-new-password' })).error).toBeNull();
    expect(await stillSignedIn(wardComputer)).toBe(false);
    expect((await person.client.auth.getUser()).error).toBeNull();
  });

  it('resetting a forgotten password ends every session signed in with the old one', async () => {
    const person = await newPerson('Resetting Password');
    expect((await anonClient().auth.resetPasswordForEmail(person.email)).error).toBeNull();
    const resetter = anonClient();
    expect((await resetter.auth.verifyOtp({ ...tokenFrom((await latestEmail(person.email))?.link), type: 'recovery' })).error).toBeNull();
    expect((await resetter.auth.updateUser({ password: 'a-reset-password' })).error).toBeNull();
    expect(await stillSignedIn(person.client)).toBe(false);
    expect((await anonClient().auth.signInWithPassword({ email: person.email, password: demoPassword })).error?.code).toBe(
      'invalid_credentials',
    );
  });

  it('a rotated refresh token used again later revokes its whole family', async () => {
    const person = await newPerson('Token Thief Victim');
    const stolen = await refreshToken(person.client);
    expect((await person.client.auth.refreshSession()).error).toBeNull();
    expect((await person.client.auth.refreshSession()).error).toBeNull();
    await sql(
      `update auth.refresh_tokens set created_at = created_at - interval '11 seconds'
               where session_id = (select session_id from auth.refresh_tokens where token = $1)`,
      [stolen],
    );

    const reused = await anonClient().auth.refreshSession({ refresh_token: stolen });
    expect(reused.error?.code).toBe('refresh_token_already_used');
    expect(reused.error?.message).toBe('Invalid Refresh Token: Already Used');
    expect(await stillSignedIn(person.client)).toBe(false);
  });

  it('a session ends 12 hours after sign-in, however often it was refreshed', async () => {
    const person = await newPerson('Long Shift');
    expect((await person.client.auth.refreshSession()).error).toBeNull();
    await sql(`update auth.sessions set created_at = now() - interval '12 hours 1 minute' where user_id = $1`, [person.id]);
    const expired = await anonClient().auth.refreshSession({ refresh_token: await refreshToken(person.client) });
    expect(expired.error?.code).toBe('session_expired');
    expect(expired.error?.status).toBe(400);
  });
});
