// SQL sent through the local /rest/v1's query string is never run: casts, names and values stay data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, demo, serviceClient, signIn, sql } from './clients.ts';

const get = async (path: string, token = backend.anonKey) =>
  fetch(`${backend.apiUrl}/rest/v1/${path}`, { headers: { apikey: backend.anonKey, authorization: `Bearer ${token}` } });

let learnerToken: string;

beforeAll(async () => {
  const learner = await signIn(demo.learner);
  learnerToken = (await learner.auth.getSession()).data.session!.access_token;
  await sql(`
    create table public.injection_wards (id int primary key, name text not null);
    create table public.injection_beds (id int primary key, ward_id int references public.injection_wards (id));
    grant select on public.injection_wards, public.injection_beds to anon, authenticated, service_role;
    insert into public.injection_wards values (1, 'Cardiology');
    insert into public.injection_beds values (10, 1);`);
  await sql(`notify pgrst, 'reload schema'`);
  for (let i = 0; i < 50 && (await serviceClient().from('injection_beds').select('id')).error; i++)
    await new Promise((r) => setTimeout(r, 50));
});

afterAll(async () => {
  await sql('drop table public.injection_beds; drop table public.injection_wards;');
  await sql(`notify pgrst, 'reload schema'`);
});

describe('casts in select=', () => {
  const attacks = [
    'id::text from profiles union all select session_user',
    'id::text from public.profiles union all select session_user::text',
    'id::text)--',
    'id::"text" from profiles union all select current_user',
    'id::text[] from profiles union all select array[session_user]',
    'id::int/**/from/**/profiles',
  ];

  for (const select of attacks) {
    it(`refuses ${JSON.stringify(select)} with a 4xx and no rows`, async () => {
      const response = await get(`profiles?select=${encodeURIComponent(select)}`, learnerToken);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const body = await response.json();
      expect(body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      expect(JSON.stringify(body)).not.toMatch(/postgres|authenticator|supabase_admin/);
    });
  }

  it('refuses the same attack inside an embedded resource', async () => {
    const select = 'id,injection_wards(id::text from injection_wards union all select session_user)';
    const response = await get(`injection_beds?select=${encodeURIComponent(select)}`, learnerToken);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).not.toMatch(/postgres|authenticator/);
  });

  it('still casts to ordinary type names, including aliases and arrays', async () => {
    const { data, error } = await serviceClient()
      .from('injection_beds')
      .select('id::text, n:id::integer, b:id::bigint, injection_wards(name::varchar, id::numeric)');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: '10', n: 10, b: 10, injection_wards: { name: 'Cardiology', id: 1 } }]);
  });

  it('answers an unknown type name as Postgres does, without running anything else', async () => {
    const response = await get(`injection_beds?select=${encodeURIComponent('id::no_such_type')}`, learnerToken);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: '42704', message: 'type "no_such_type" does not exist' });
  });
});
