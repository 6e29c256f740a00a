// What this project has switched off (phone, anonymous sign-ins, identity providers, numeric codes, other grants)
// is refused through supabase-js with GoTrue's own answers, never ignored.
import { describe, expect, it } from 'vitest';
import { anonClient, newPerson } from './clients.ts';

const phone = '+447700900123';

describe('features that are off', () => {
  it('refuses phone sign-up, sign-in and codes', async () => {
    const signUp = await anonClient().auth.signUp({ phone, password: 'a-good-password' });
    expect(signUp.error?.code).toBe('phone_provider_disabled');
    expect(signUp.data.session).toBeNull();
    const signIn = await anonClient().auth.signInWithPassword({ phone, password: 'a-good-password' });
    expect(signIn.error?.code).toBe('phone_provider_disabled');
    expect((await anonClient().auth.signInWithOtp({ phone })).error?.code).toBe('phone_provider_disabled');
  });

  it('refuses anonymous sign-in', async () => {
    const { data, error } = await anonClient().auth.signInAnonymously();
    expect(data.session).toBeNull();
    expect(error?.status).toBe(422);
    expect(error?.message).toBe('Anonymous sign-ins are disabled');
  });

  it('refuses an ID token from a provider that is not enabled, and grants it does not know', async () => {
    const idToken = await anonClient().auth.signInWithIdToken({ provider: 'google', token: 'mock-id-token', nonce: 'mock-nonce' });
    expect(idToken.error?.message).toBe('Provider (issuer "https://accounts.google.com") is not enabled');
    const pkce = await anonClient().auth.exchangeCodeForSession('mock_code');
    expect(pkce.error?.status).toBe(400);
  });

  it('says a numeric code has expired or is invalid, since none is ever issued', async () => {
    const { error } = await anonClient().auth.verifyOtp({ email: 'someone@test.example', token: '123456', type: 'email' });
    expect(error?.status).toBe(403);
    expect(error?.message).toBe('Token has expired or is invalid');
  });

  it('refuses linking and unlinking identities', async () => {
    const person = await newPerson('Linking Person');
    const link = await person.client.auth.linkIdentity({ provider: 'google', options: { skipBrowserRedirect: true } });
    expect(link.error?.message).toBe('Manual linking is disabled');
    const { data } = await person.client.auth.getUserIdentities();
    expect(data?.identities).toHaveLength(1);
    const unlink = await person.client.auth.unlinkIdentity(data!.identities[0]!);
    expect(unlink.error?.message).toBe('Manual linking is disabled');
  });
});
