// POST /auth/v1/resend through supabase-js: a new confirmation link for an unconfirmed sign-up, the same answer otherwise.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { EmailOtpType } from '@supabase/supabase-js';
import { anonClient, demo } from './clients.ts';
import { aMinuteLater } from './auth-http.ts';
import { latestEmail, tokenFrom } from './outbox.ts';

const address = (label: string) => `${label}.${randomUUID().slice(0, 8)}@test.example`;

describe('resend', () => {
  it('sends a new confirmation link for an unconfirmed sign-up, which activates the password chosen', async () => {
    const email = address('resent');
    await anonClient().auth.signUp({ email, password: 'my-chosen-password' });
    const first = await latestEmail(email);
    const tooSoon = await anonClient().auth.resend({ type: 'signup', email });
    expect(tooSoon.error?.status).toBe(429);
    expect(tooSoon.error?.code).toBe('over_email_send_rate_limit');

    await aMinuteLater(email);
    expect((await anonClient().auth.resend({ type: 'signup', email })).error).toBeNull();
    const second = await latestEmail(email);
    expect(second?.link).not.toBe(first?.link);
    const { token_hash, type } = tokenFrom(second?.link);
    expect((await anonClient().auth.verifyOtp({ token_hash, type: type as EmailOtpType })).error).toBeNull();
    expect((await anonClient().auth.signInWithPassword({ email, password: 'my-chosen-password' })).error).toBeNull();
  });

  it('answers the same for an unknown or confirmed address, and sends nothing', async () => {
    const unknown = address('unknown');
    expect((await anonClient().auth.resend({ type: 'signup', email: unknown })).error).toBeNull();
    expect(await latestEmail(unknown)).toBeUndefined();
    expect((await anonClient().auth.resend({ type: 'signup', email: demo.educator })).error).toBeNull();
  });
});
