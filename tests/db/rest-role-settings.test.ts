// Conformance: each API role's own settings apply to its requests, as PostgREST applies them (SET ROLE alone does not):
// hosted gives anon a 3 s statement timeout and authenticated 8 s.
import { createClient } from '@supabase/supabase-js';
import { beforeAll, expect, it } from 'vitest';
import { backend, newPerson } from './clients.ts';
import { restFixtures } from './rest-fixtures.ts';

beforeAll(restFixtures);

const anonFixtures = () => createClient(backend.apiUrl, backend.anonKey, { auth: { persistSession: false } }).schema('rest_fixtures');

it("cancels an anonymous request after anon's 3 s statement timeout", async () => {
  const started = performance.now();
  const { error } = await anonFixtures().rpc('sleep_for', { seconds: 5 });
  const seconds = (performance.now() - started) / 1000;
  expect(error).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
  expect(seconds).toBeGreaterThan(2.5);
  expect(seconds).toBeLessThan(4.5);
});

it('lets a signed-in request run past 3 s, within authenticated’s 8 s', async () => {
  const { client } = await newPerson();
  const { error } = await client.schema('rest_fixtures').rpc('sleep_for', { seconds: 3.5 });
  expect(error).toBeNull();
});
