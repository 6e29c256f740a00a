// Nobody can flood an inbox through the auth API: one e-mail of a kind a minute per address, and a limit per client.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { newPerson } from './clients.ts';
import { aMinuteLater, authPost } from './auth-http.ts';
import { backend } from './clients.ts';

const address = (label: string) => `${label}.${randomUUID().slice(0, 8)}@test.example`;
const emailsTo = async (email: string) =>
  ((await (await fetch(`${backend.apiUrl}/dev/outbox.json?to=${encodeURIComponent(email)}`)).json()) as unknown[]).length;
const waitMessage = /^For security purposes, you can only request this after \d+ seconds\.$/;

describe('e-mail flooding', () => {
  it('sends one of 12 reset e-mails asked for at once, and no sign-in link in the same minute', async () => {
    const person = await newPerson('Flood Target');
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => authPost('/recover', { email: person.email }, { client: '198.51.100.90' })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(11);
    expect(refused[0]!.body.code).toBe('over_email_send_rate_limit');
    expect(refused[0]!.body.message ?? refused[0]!.body.msg).toMatch(waitMessage);
    const link = await authPost('/otp', { email: person.email, create_user: false }, { client: '198.51.100.90' });
    expect(link.status).toBe(429);
    expect(await emailsTo(person.email)).toBe(1);

    await aMinuteLater(person.email);
    expect((await authPost('/otp', { email: person.email, create_user: false }, { client: '198.51.100.90' })).status).toBe(200);
    expect(await emailsTo(person.email)).toBe(2);
  });

  it('answers a second request for an address with no account the same way', async () => {
    const email = address('nobody');
    expect((await authPost('/recover', { email }, { client: '198.51.100.91' })).status).toBe(200);
    const again = await authPost('/recover', { email }, { client: '198.51.100.91' });
    expect(again.status).toBe(429);
    expect(again.body.message ?? again.body.msg).toMatch(waitMessage);
  });

  it('limits the e-mails one client can ask for across many addresses, and no other client', async () => {
    const flooder = '203.0.113.90';
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await authPost('/recover', { email: address('victim') }, { client: flooder })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    const last = await authPost('/recover', { email: address('victim') }, { client: flooder });
    expect(last.status).toBe(429);
    expect(last.body.message ?? last.body.msg).toBe('Email rate limit exceeded');
    expect((await authPost('/recover', { email: address('victim') }, { client: '203.0.113.91' })).status).toBe(200);
  });
});
