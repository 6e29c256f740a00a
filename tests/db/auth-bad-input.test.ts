// Bad input to /auth/v1 gets a 4xx in GoTrue's error shape that says what was wrong, never a 500.
import { describe, expect, it } from 'vitest';
import { backend, newPerson } from './clients.ts';
import { authPost } from './auth-http.ts';

const nul = '\u0000';

async function authCall(method: string, path: string, body: unknown, bearer = backend.anonKey, versioned = true) {
  const response = await fetch(`${backend.apiUrl}/auth/v1${path}`, {
    method,
    headers: {
      apikey: backend.anonKey,
      authorization: `Bearer ${bearer}`,
      'content-type': 'application/json',
      ...(versioned ? { 'x-supabase-api-version': '2024-01-01' } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('U+0000 in auth fields', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['sign-up e-mail', '/signup', { email: `nul${nul}@test.example`, password: 'a-good-password' }],
    ['sign-up name', '/signup', { email: 'nul.name@test.example', password: 'a-good-password', data: { full_name: `Nu${nul}l` } }],
    ['password sign-in e-mail', '/token?grant_type=password', { email: `x${nul}@test.example`, password: 'a-good-password' }],
    ['refresh token', '/token?grant_type=refresh_token', { refresh_token: `abc${nul}` }],
    ['token hash', '/verify', { type: 'signup', token_hash: `abc${nul}` }],
    ['recover e-mail', '/recover', { email: `x${nul}@test.example` }],
    ['magic link e-mail', '/otp', { email: `x${nul}@test.example` }],
  ];
  for (const [field, path, body] of cases) {
    it(`refuses it in the ${field} with 400`, async () => {
      const answer = await authCall('POST', path, body);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ code: 'validation_failed', message: 'Request body must not contain the NUL character (U+0000)' });
    });
  }

  it("answers in GoTrue's first error shape to a client that asks for no API version", async () => {
    const answer = await authCall('POST', '/recover', { email: `x${nul}@test.example` }, backend.anonKey, false);
    expect(answer.body).toEqual({
      code: 400,
      error_code: 'validation_failed',
      msg: 'Request body must not contain the NUL character (U+0000)',
    });
  });
});

describe('metadata that is not an object', () => {
  it('refuses PUT /user with data an array, and leaves the details as they were', async () => {
    const person = await newPerson('Array Data');
    const token = (await person.client.auth.getSession()).data.session!.access_token;
    const answer = await authCall('PUT', '/user', { data: ['not', 'an', 'object'] }, token);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('bad_json');
    expect(answer.body.message).toBe('Could not parse request body as JSON: data must be an object');
    expect((await person.client.auth.getUser()).data.user?.user_metadata).toEqual({ full_name: 'Array Data' });
  });

  it('refuses sign-up with data a string', async () => {
    const answer = await authPost('/signup', { email: 'string.data@test.example', password: 'a-good-password', data: 'name' });
    expect(answer.status).toBe(400);
  });
});
