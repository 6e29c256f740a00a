// supabase-js clients for the database tests: anonymous, service role, and signed-in people.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export const backend = inject('backend');
export const demoPassword = 'Password123!';

const options = { auth: { persistSession: false, autoRefreshToken: false } };

export const anonClient = (): SupabaseClient => createClient(backend.apiUrl, backend.anonKey, options);
export const serviceClient = (): SupabaseClient => createClient(backend.apiUrl, backend.serviceRoleKey, options);

/** A client signed in as an existing account. */
export async function signIn(email: string, password = demoPassword): Promise<SupabaseClient> {
  const client = anonClient();
  const { error } = await client.auth.signInWithPassword({ email, password });
  if (error) throw new Error(`Could not sign in as ${email}: ${error.message}`);
  return client;
}

/** A new, confirmed account with a unique e-mail address, signed in. */
export async function newPerson(name = 'Test Person'): Promise<{ client: SupabaseClient; id: string; email: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@test.example`;
  const { data, error } = await serviceClient().auth.admin.createUser({
    email,
    password: demoPassword,
    email_confirm: true,
    user_metadata: { full_name: name },
  });
  if (error) throw error;
  return { client: await signIn(email), id: data.user!.id, email };
}

export const demo = {
  learner: 'learner@mindbody.example',
  pharmacist: 'pharmacist@mindbody.example',
  champion: 'champion@mindbody.example',
  educator: 'educator@mindbody.example',
  admin: 'admin@mindbody.example',
};
export const demoIds = {
  learner: '00000000-0000-4000-8000-000000000001',
  admin: '00000000-0000-4000-8000-000000000005',
};

/** Direct SQL as the database owner, for arranging and checking state behind the API's back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of whatever the test selects
export async function sql<T extends pg.QueryResultRow = any>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: backend.adminDbUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
