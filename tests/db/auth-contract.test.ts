// The local /auth/v1 against the real supabase-js client: each call the app makes, its success and its failures.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { EmailOtpType } from '@supabase/supabase-js';
import { signJwt } from '#local/api/keys.ts';
import { anonClient, backend, demo, demoPassword, newPerson, serviceClient, signIn } from './clients.ts';
import { latestEmail, tokenFrom } from './outbox.ts';

const uniqueEmail = (label: string) => `${label}.${randomUUID().slice(0, 8)}@test.example`;

describe('sign-up with e-mail confirmation', () => {
  it('creates an unconfirmed account, e-mails a link, and the link confirms it and signs in', async () => {
    const email = uniqueEmail('new');
    const client = anonClient();
    const { data, error } = await client.auth.signUp({ email, password: 'a-good-password', options: { data: { full_name: 'Nia New' } } });
    expect(error).toBeNull();
    expect(data.session).toBeNull();
    expect(data.user?.email).toBe(email);
    expect(data.user?.user_metadata.full_name).toBe('Nia New');

    const before = await client.auth.signInWithPassword({ email, password: 'a-good-password' });
    expect(before.error?.code).toBe('email_not_confirmed');

    const message = await latestEmail(email);
    expect(message?.subject).toContain('Confirm');
    const { token_hash, type } = tokenFrom(message?.link);
    const verified = await client.auth.verifyOtp({ token_hash, type: type as EmailOtpType });
    expect(verified.error).toBeNull();
    expect(verified.data.session?.access_token).toBeTruthy();
    expect(verified.data.user?.email_confirmed_at).toBeTruthy();

    const again = await client.auth.verifyOtp({ token_hash, type: type as EmailOtpType });
    expect(again.error?.code).toBe('otp_expired');
  });

  it('refuses a short password and a malformed e-mail address', async () => {
    const short = await anonClient().auth.signUp({ email: uniqueEmail('short'), password: 'short' });
    expect(short.error?.code).toBe('weak_password');
    expect(short.error?.status).toBe(422);
    const bad = await anonClient().auth.signUp({ email: 'not-an-email', password: 'a-good-password' });
    expect(bad.error?.code).toBe('validation_failed');
  });

  it('does not reveal that an address is already registered', async () => {
    const { data, error } = await anonClient().auth.signUp({ email: demo.learner, password: 'another-password' });
    expect(error).toBeNull();
    expect(data.user?.identities).toEqual([]);
    const stillWorks = await anonClient().auth.signInWithPassword({ email: demo.learner, password: demoPassword });
    expect(stillWorks.error).toBeNull();
  });
});

describe('password sign-in, sessions and tokens', () => {
  it('signs in with the right password and returns a session whose JWT the REST API accepts', async () => {
    const client = anonClient();
    const { data, error } = await client.auth.signInWithPassword({ email: demo.learner, password: demoPassword });
    expect(error).toBeNull();
    expect(data.session?.token_type).toBe('bearer');
    expect(data.session?.expires_in).toBe(3600);
    expect(data.user?.email).toBe(demo.learner);
    const { data: profile } = await client.from('profiles').select('full_name').single();
    expect(profile?.full_name).toBeTruthy();
  });

  it('refuses a wrong password with invalid_credentials', async () => {
    const { data, error } = await anonClient().auth.signInWithPassword({ email: demo.educator, password: 'wrong-password' });
    expect(data.session).toBeNull();
    expect(error?.status).toBe(400);
    expect(error?.code).toBe('invalid_credentials');
    expect(error?.message).toBe('Invalid login credentials');
  });

  it('limits failed sign-ins per account, then refuses even the right password for a while', async () => {
    const person = await newPerson('Rate Limited');
    const client = anonClient();
    for (let i = 0; i < 10; i++) await client.auth.signInWithPassword({ email: person.email, password: 'wrong-password' });
    const { error } = await client.auth.signInWithPassword({ email: person.email, password: demoPassword });
    expect(error?.status).toBe(429);
    expect(error?.code).toBe('over_request_rate_limit');
  });

  it('refreshes a session with its refresh token; the old one presented again at once gets the same new one', async () => {
    const person = await newPerson('Refresh Person');
    const { data } = await person.client.auth.getSession();
    const oldRefresh = data.session!.refresh_token;
    const refreshed = await person.client.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session?.refresh_token).not.toBe(oldRefresh);
    // GoTrue's reuse interval (10 s): a client that lost the answer (two tabs refreshing at once) gets the live token.
    const reused = await anonClient().auth.refreshSession({ refresh_token: oldRefresh });
    expect(reused.error).toBeNull();
    expect(reused.data.session?.refresh_token).toBe(refreshed.data.session?.refresh_token);
    const unknown = await anonClient().auth.refreshSession({ refresh_token: 'no-such-token' });
    expect(unknown.error?.code).toBe('refresh_token_not_found');
  });

  it('gets and updates the signed-in user', async () => {
    const person = await newPerson('Update Person');
    const { data } = await person.client.auth.getUser();
    expect(data.user?.id).toBe(person.id);
    const updated = await person.client.auth.updateUser({ data: { theme: 'dark' }, password: 'a-brand-new-password' });
    expect(updated.error).toBeNull();
    expect(updated.data.user?.user_metadata.theme).toBe('dark');
    const withNew = await anonClient().auth.signInWithPassword({ email: person.email, password: 'a-brand-new-password' });
    expect(withNew.error).toBeNull();
  });

  it('refuses an expired token and a token signed with another secret', async () => {
    const person = await newPerson('Token Person');
    const expired = await signJwt(
      { sub: person.id, role: 'authenticated', exp: Math.floor(Date.now() / 1000) - 60 },
      backend.jwtSecret,
      -60,
    );
    const { error } = await anonClient().auth.getUser(expired);
    expect(error?.status).toBe(401);
    expect(error?.message).toContain('expired');
    const forged = await signJwt({ sub: person.id, role: 'authenticated' }, 'not-the-project-secret-not-the-project-secret', 3600);
    const forgedResult = await anonClient().auth.getUser(forged);
    expect(forgedResult.error?.status).toBe(401);
  });

  it('signs out: the session ends and its refresh token no longer works', async () => {
    const person = await newPerson('Logout Person');
    const { data } = await person.client.auth.getSession();
    const token = data.session!.access_token;
    const refresh = data.session!.refresh_token;
    const { error } = await person.client.auth.signOut();
    expect(error).toBeNull();
    const after = await anonClient().auth.getUser(token);
    expect(after.data.user).toBeNull();
    expect(after.error?.name).toBe('AuthSessionMissingError');
    const reused = await anonClient().auth.refreshSession({ refresh_token: refresh });
    expect(reused.error).not.toBeNull();
  });
});

describe('password recovery and magic links', () => {
  it('e-mails a recovery link that signs in so a new password can be set', async () => {
    const person = await newPerson('Forgetful Person');
    const { error } = await anonClient().auth.resetPasswordForEmail(person.email);
    expect(error).toBeNull();
    const message = await latestEmail(person.email);
    expect(message?.subject).toContain('Reset');
    const client = anonClient();
    const verified = await client.auth.verifyOtp({ ...tokenFrom(message?.link), type: 'recovery' });
    expect(verified.error).toBeNull();
    expect((await client.auth.updateUser({ password: 'recovered-password' })).error).toBeNull();
    expect((await anonClient().auth.signInWithPassword({ email: person.email, password: 'recovered-password' })).error).toBeNull();
  });

  it('answers a recovery request for an unknown address the same way, and sends nothing', async () => {
    const email = uniqueEmail('nobody');
    expect((await anonClient().auth.resetPasswordForEmail(email)).error).toBeNull();
    expect(await latestEmail(email)).toBeUndefined();
  });

  it('e-mails a one-time sign-in link that works once', async () => {
    const person = await newPerson('Magic Person');
    expect((await anonClient().auth.signInWithOtp({ email: person.email, options: { shouldCreateUser: false } })).error).toBeNull();
    const link = tokenFrom((await latestEmail(person.email))?.link);
    expect(link.type).toBe('magiclink');
    const client = anonClient();
    const first = await client.auth.verifyOtp({ token_hash: link.token_hash, type: 'magiclink' });
    expect(first.data.user?.id).toBe(person.id);
    const second = await anonClient().auth.verifyOtp({ token_hash: link.token_hash, type: 'magiclink' });
    expect(second.error?.code).toBe('otp_expired');
  });

  it('answers a magic link for an unknown address as for an account (issue 11), and creates and sends nothing', async () => {
    const email = uniqueEmail('unknown');
    const { error } = await anonClient().auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
    expect(error).toBeNull();
    expect(await latestEmail(email)).toBeUndefined();
    const { data } = await serviceClient().auth.admin.createUser({ email, password: demoPassword });
    expect(data.user?.email).toBe(email);
  });
});

describe('admin: create user', () => {
  it('the service role creates a confirmed user who can sign in at once', async () => {
    const email = uniqueEmail('admin-made');
    const { data, error } = await serviceClient().auth.admin.createUser({
      email,
      password: demoPassword,
      email_confirm: true,
      user_metadata: { full_name: 'Ada Made' },
    });
    expect(error).toBeNull();
    expect(data.user?.email_confirmed_at).toBeTruthy();
    expect((await signIn(email)).auth).toBeTruthy();
  });

  it('refuses a duplicate e-mail address', async () => {
    const { error } = await serviceClient().auth.admin.createUser({ email: demo.learner, password: demoPassword });
    expect(error?.code).toBe('email_exists');
    expect(error?.status).toBe(422);
  });

  it('refuses anyone but the service role', async () => {
    const learner = await signIn(demo.learner);
    const { data } = await learner.auth.getSession();
    const response = await fetch(`${backend.apiUrl}/auth/v1/admin/users`, {
      method: 'POST',
      headers: {
        apikey: backend.anonKey,
        authorization: `Bearer ${data.session!.access_token}`,
        'content-type': 'application/json',
        'x-supabase-api-version': '2024-01-01',
      },
      body: JSON.stringify({ email: uniqueEmail('sneaky'), password: demoPassword }),
    });
    expect(response.status).toBe(403);
    expect((await response.json()).code).toBe('not_admin');
  });
});
