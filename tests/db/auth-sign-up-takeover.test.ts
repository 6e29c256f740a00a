// Signing up someone else's address first gives no way into their account, whatever order things happen in.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { EmailOtpType } from '@supabase/supabase-js';
import { anonClient, backend } from './clients.ts';
import { latestEmail, tokenFrom } from './outbox.ts';
import { aMinuteLater } from './auth-http.ts';

const colleague = () => `colleague.${randomUUID().slice(0, 8)}@test.example`;
const attackerPassword = 'attacker-chose-this';
const ownerPassword = 'owner-chose-this';

async function confirmWith(link: string | null | undefined) {
  const { token_hash, type } = tokenFrom(link);
  const { error } = await anonClient().auth.verifyOtp({ token_hash, type: type as EmailOtpType });
  expect(error).toBeNull();
}

async function canSignIn(email: string, password: string): Promise<boolean> {
  return !(await anonClient().auth.signInWithPassword({ email, password })).error;
}

async function allEmails(email: string): Promise<{ link: string | null; subject: string }[]> {
  return (await fetch(`${backend.apiUrl}/dev/outbox.json?to=${encodeURIComponent(email)}`)).json() as Promise<
    { link: string | null; subject: string }[]
  >;
}

describe('signing up an address before its owner', () => {
  it("the owner's later sign-up replaces the stranger's password and name", async () => {
    const email = colleague();
    await anonClient().auth.signUp({ email, password: attackerPassword, options: { data: { full_name: 'Not The Owner' } } });
    await aMinuteLater(email);
    const { error } = await anonClient().auth.signUp({ email, password: ownerPassword, options: { data: { full_name: 'The Owner' } } });
    expect(error).toBeNull();
    await confirmWith((await latestEmail(email))?.link);

    expect(await canSignIn(email, attackerPassword)).toBe(false);
    const signedIn = await anonClient().auth.signInWithPassword({ email, password: ownerPassword });
    expect(signedIn.error).toBeNull();
    expect(signedIn.data.user?.user_metadata.full_name).toBe('The Owner');
  });

  it("the owner's own link activates the owner's password even after a stranger signs up again", async () => {
    const email = colleague();
    await anonClient().auth.signUp({ email, password: ownerPassword });
    await aMinuteLater(email);
    expect((await anonClient().auth.signUp({ email, password: attackerPassword })).error).toBeNull();
    const [, ownersEmail] = await allEmails(email);
    await confirmWith(ownersEmail?.link);

    expect(await canSignIn(email, attackerPassword)).toBe(false);
    expect(await canSignIn(email, ownerPassword)).toBe(true);
  });

  it("confirming by a sign-in link does not activate the stranger's password", async () => {
    const email = colleague();
    await anonClient().auth.signUp({ email, password: attackerPassword });
    await anonClient().auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
    const message = await latestEmail(email);
    expect(message?.subject).toContain('sign-in link');
    await confirmWith(message?.link);

    expect(await canSignIn(email, attackerPassword)).toBe(false);
  });
});
