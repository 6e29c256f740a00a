// GoTrue's admin API through supabase-js's auth.admin, for the service role only.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { anonClient, backend, demo, demoPassword, newPerson, serviceClient, signIn } from './clients.ts';
import { latestEmail, tokenFrom } from './outbox.ts';

const address = (label: string) => `${label}.${randomUUID().slice(0, 8)}@test.example`;
const admin = () => serviceClient().auth.admin;

describe('admin: list and get users', () => {
  it('lists users a page at a time, with the total and the next page', async () => {
    await Promise.all([newPerson('Listed One'), newPerson('Listed Two'), newPerson('Listed Three')]);
    const { data, error } = await admin().listUsers({ page: 1, perPage: 2 });
    expect(error).toBeNull();
    expect(data.users).toHaveLength(2);
    expect(data.users[0]!.email).toBeTruthy();
    expect((data as { total: number }).total).toBeGreaterThanOrEqual(3);
    expect((data as { nextPage: number | null }).nextPage).toBe(2);
    const second = await admin().listUsers({ page: 2, perPage: 2 });
    expect(second.data.users.map((u) => u.id)).not.toContain(data.users[0]!.id);
  });

  it('gets a user by id, and says when there is none', async () => {
    const person = await newPerson('Fetched Person');
    const { data } = await admin().getUserById(person.id);
    expect(data.user?.email).toBe(person.email);
    const missing = await admin().getUserById(randomUUID());
    expect(missing.error?.status).toBe(404);
    expect(missing.error?.code).toBe('user_not_found');
  });

  it('refuses the anon key and a signed-in user', async () => {
    const asAnon = await anonClient().auth.admin.listUsers();
    expect(asAnon.error?.status).toBe(403);
    expect(asAnon.error?.code).toBe('not_admin');
    const learner = await signIn(demo.learner);
    const token = (await learner.auth.getSession()).data.session!.access_token;
    const response = await fetch(`${backend.apiUrl}/auth/v1/admin/users/${randomUUID()}`, {
      method: 'DELETE',
      headers: { apikey: token, authorization: `Bearer ${token}`, 'x-supabase-api-version': '2024-01-01' },
    });
    expect(response.status).toBe(403);
  });
});

describe('admin: create, update and delete users', () => {
  it('refuses to create a user with a malformed or missing e-mail address', async () => {
    const bad = await admin().createUser({ email: 'not an address', password: demoPassword });
    expect(bad.error?.status).toBe(400);
    expect(bad.error?.code).toBe('validation_failed');
    const none = await admin().createUser({ password: demoPassword });
    expect(none.error?.status).toBe(422);
  });

  it('updates details key by key, the password, and bans a user', async () => {
    const person = await newPerson('Updated Person');
    const { data, error } = await admin().updateUserById(person.id, {
      user_metadata: { profession: 'Nurse' },
      password: 'an-admin-set-password',
    });
    expect(error).toBeNull();
    expect(data.user?.user_metadata).toEqual({ full_name: 'Updated Person', profession: 'Nurse' });
    expect((await anonClient().auth.signInWithPassword({ email: person.email, password: 'an-admin-set-password' })).error).toBeNull();

    expect((await admin().updateUserById(person.id, { ban_duration: '24h' })).error).toBeNull();
    const banned = await anonClient().auth.signInWithPassword({ email: person.email, password: 'an-admin-set-password' });
    expect(banned.error?.code).toBe('user_banned');
    expect((await admin().updateUserById(person.id, { ban_duration: 'none' })).error).toBeNull();
    expect((await anonClient().auth.signInWithPassword({ email: person.email, password: 'an-admin-set-password' })).error).toBeNull();
  });

  it('deletes a user, who can no longer sign in', async () => {
    const person = await newPerson('Deleted Person');
    expect((await admin().deleteUser(person.id)).error).toBeNull();
    expect((await admin().getUserById(person.id)).error?.code).toBe('user_not_found');
    expect((await anonClient().auth.signInWithPassword({ email: person.email, password: demoPassword })).error?.code).toBe(
      'invalid_credentials',
    );
  });
});

describe('admin: invitations and generated links', () => {
  it('invites by e-mail; the invitation signs the person in so they can choose a password', async () => {
    const email = address('invited');
    const { data, error } = await admin().inviteUserByEmail(email, { data: { full_name: 'Ivy Invited' } });
    expect(error).toBeNull();
    expect(data.user?.email).toBe(email);
    const message = await latestEmail(email);
    expect(message?.subject).toContain('invited');
    const client = anonClient();
    const verified = await client.auth.verifyOtp({ token_hash: tokenFrom(message?.link).token_hash, type: 'invite' });
    expect(verified.error).toBeNull();
    expect(verified.data.user?.user_metadata.full_name).toBe('Ivy Invited');
    expect((await client.auth.updateUser({ password: 'my-own-password' })).error).toBeNull();
    expect((await anonClient().auth.signInWithPassword({ email, password: 'my-own-password' })).error).toBeNull();
    expect((await admin().inviteUserByEmail(email)).error?.code).toBe('email_exists');
  });

  it('generates sign-in, recovery and sign-up links without sending them', async () => {
    const person = await newPerson('Linked Person');
    const magic = await admin().generateLink({ type: 'magiclink', email: person.email });
    expect(magic.error).toBeNull();
    expect(magic.data.user?.id).toBe(person.id);
    expect(magic.data.properties?.verification_type).toBe('magiclink');
    expect(magic.data.properties?.action_link).toContain(magic.data.properties!.hashed_token);
    expect(await latestEmail(person.email)).toBeUndefined();
    const signedIn = await anonClient().auth.verifyOtp({ token_hash: magic.data.properties!.hashed_token, type: 'magiclink' });
    expect(signedIn.data.user?.id).toBe(person.id);

    const recovery = await admin().generateLink({ type: 'recovery', email: person.email });
    expect(recovery.data.properties?.verification_type).toBe('recovery');

    const email = address('generated');
    const signUp = await admin().generateLink({ type: 'signup', email, password: 'a-generated-password' });
    expect(signUp.error).toBeNull();
    expect((await anonClient().auth.verifyOtp({ token_hash: signUp.data.properties!.hashed_token, type: 'signup' })).error).toBeNull();
    expect((await anonClient().auth.signInWithPassword({ email, password: 'a-generated-password' })).error).toBeNull();

    const nobody = await admin().generateLink({ type: 'magiclink', email: address('nobody') });
    expect(nobody.error?.status).toBe(404);
    expect(nobody.error?.code).toBe('user_not_found');
  });
});
