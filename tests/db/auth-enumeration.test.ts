// Nobody can tell from the auth API whether an address has an account: sign-up, sign-in links and wrong passwords
// answer the same, in the same time, whatever exists.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { anonClient, demoPassword, newPerson } from './clients.ts';
import { passwordSignIn } from './auth-http.ts';

const freshAddress = () => `fresh.${randomUUID().slice(0, 8)}@test.example`;
const shape = (value: object) => Object.keys(value).sort();

describe('account enumeration', () => {
  it('sign-up of a registered address answers with a made-up user, not the account', async () => {
    const registered = await newPerson('Registered Person');
    const existing = await anonClient().auth.signUp({
      email: registered.email,
      password: 'another-password',
      options: { data: { full_name: 'Someone' } },
    });
    const fresh = await anonClient().auth.signUp({
      email: freshAddress(),
      password: 'another-password',
      options: { data: { full_name: 'Someone' } },
    });
    expect(existing.error).toBeNull();
    const user = existing.data.user!;
    expect(user.id).not.toBe(registered.id);
    expect(user.user_metadata).toEqual({ full_name: 'Someone' });
    expect(user.last_sign_in_at).toBeUndefined();
    expect(user.email_confirmed_at).toBeUndefined();
    expect(shape(user)).toEqual(shape(fresh.data.user!));
    expect((await anonClient().auth.signInWithPassword({ email: registered.email, password: demoPassword })).error).toBeNull();
  });

  it('a sign-in link answers the same for an address with no account', async () => {
    const known = await anonClient().auth.signInWithOtp({
      email: (await newPerson('Known Person')).email,
      options: { shouldCreateUser: false },
    });
    const unknown = await anonClient().auth.signInWithOtp({ email: freshAddress(), options: { shouldCreateUser: false } });
    expect(known.error).toBeNull();
    expect(unknown.error).toBeNull();
    expect(unknown.data).toEqual(known.data);
  });

  it('a wrong password takes as long for an address with no account as for a real one', async () => {
    const person = await newPerson('Timing Target');
    const unknownAddress = freshAddress();
    const times = { real: [] as number[], unknown: [] as number[] };
    // Interleaved, so the machine's load falls on both alike.
    for (let i = 0; i < 7; i++) {
      for (const [kind, email] of [
        ['real', person.email],
        ['unknown', unknownAddress],
      ] as const) {
        const started = performance.now();
        const answer = await passwordSignIn(email, `wrong-password-${i}`, '198.51.100.70');
        times[kind].push(performance.now() - started);
        expect(answer.status).toBe(400);
      }
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[3]!;
    const [real, unknown] = [median(times.real), median(times.unknown)];
    expect(unknown).toBeGreaterThan(real * 0.5);
  });
});
