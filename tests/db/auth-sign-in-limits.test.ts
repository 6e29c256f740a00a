// Sign-in limits hold under attack: a parallel burst on one account, and one password sprayed over many accounts.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { demoPassword, newPerson } from './clients.ts';
import { passwordSignIn } from './auth-http.ts';

const unknownAddress = () => `nobody.${randomUUID().slice(0, 8)}@test.example`;

describe('sign-in rate limits', () => {
  it('checks at most 10 passwords of 40 sent at once to one account, then refuses even the right one', async () => {
    const person = await newPerson('Burst Target');
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => passwordSignIn(person.email, `wrong-password-${i}`, '198.51.100.40')),
    );
    const checked = answers.filter((a) => a.status === 400);
    const refused = answers.filter((a) => a.status === 429);
    expect(checked.length).toBe(10);
    expect(refused.length).toBe(30);
    expect(refused[0]!.body.error_code ?? refused[0]!.body.code).toBe('over_request_rate_limit');
    const right = await passwordSignIn(person.email, demoPassword, '198.51.100.41');
    expect(right.status).toBe(429);
  });

  it('stops one client spraying one password over many accounts, and no other client', async () => {
    const sprayer = '203.0.113.7';
    const answers = [];
    for (let i = 0; i < 32; i++) answers.push((await passwordSignIn(unknownAddress(), 'Summer2026!', sprayer)).status);
    expect(answers.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(answers.slice(30)).toEqual([429, 429]);

    const person = await newPerson('Spray Bystander');
    expect((await passwordSignIn(person.email, demoPassword, sprayer)).status).toBe(429);
    expect((await passwordSignIn(person.email, demoPassword, '203.0.113.8')).status).toBe(200);
  });
});
