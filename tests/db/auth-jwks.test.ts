// Sessions are signed with an asymmetric key (ES256) published at /auth/v1/.well-known/jwks.json, as hosted projects
// do now: supabase-js's getClaims() verifies them without asking the server, and the REST API accepts them.
import { describe, expect, it } from 'vitest';
import { createClient } from '@supabase/supabase-js';
import { SignJWT, decodeProtectedHeader, generateKeyPair } from 'jose';
import { backend, demoPassword, newPerson } from './clients.ts';

async function signedInWithRequestLog() {
  const person = await newPerson('Claims Person');
  const requests: string[] = [];
  const client = createClient(backend.apiUrl, backend.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: {
      fetch: (input, init) => {
        requests.push(new URL(String(input instanceof Request ? input.url : input)).pathname);
        return fetch(input, init);
      },
    },
  });
  expect((await client.auth.signInWithPassword({ email: person.email, password: demoPassword })).error).toBeNull();
  return { person, client, requests };
}

describe('asymmetric JWT signing keys', () => {
  it('publishes the ES256 key that signs session tokens, by kid', async () => {
    const response = await fetch(`${backend.apiUrl}/auth/v1/.well-known/jwks.json`, { headers: { apikey: backend.anonKey } });
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', key_ops: ['verify'] });
    expect(keys[0]).not.toHaveProperty('d');

    const { client } = await signedInWithRequestLog();
    const token = (await client.auth.getSession()).data.session!.access_token;
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'JWT', kid: keys[0]!.kid });
  });

  it('getClaims() verifies the session locally, without calling /auth/v1/user', async () => {
    const { person, client, requests } = await signedInWithRequestLog();
    requests.length = 0;
    for (let i = 0; i < 3; i++) {
      const { data, error } = await client.auth.getClaims();
      expect(error).toBeNull();
      expect(data?.claims.sub).toBe(person.id);
      expect(data?.claims.email).toBe(person.email);
    }
    expect(requests.filter((path) => path === '/auth/v1/user')).toEqual([]);
    expect(requests.filter((path) => path.endsWith('/jwks.json')).length).toBeLessThanOrEqual(1);
    const { data: profile } = await client.from('profiles').select('id').single();
    expect(profile?.id).toBe(person.id);
  });

  it('refuses a token signed with another key under the same kid, in getClaims() and at the REST API', async () => {
    const { person, client } = await signedInWithRequestLog();
    const real = (await client.auth.getSession()).data.session!.access_token;
    const { kid } = decodeProtectedHeader(real);
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ sub: person.id, role: 'authenticated', aud: 'authenticated', session_id: 'x' })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await client.auth.getClaims(forged)).error?.message).toBe('Invalid JWT signature');
    const rest = await fetch(`${backend.apiUrl}/rest/v1/profiles?select=id`, {
      headers: { apikey: backend.anonKey, authorization: `Bearer ${forged}` },
    });
    expect(rest.status).toBe(401);
  });
});
