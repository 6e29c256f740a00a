// Arranging learning records for the database tests: people made straight in SQL, test cohorts, finished courses.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { signJwt } from '#local/api/keys.ts';
import { backend, sql } from './clients.ts';

export interface Person {
  id: string;
  email: string;
  client: SupabaseClient;
}

/** A client acting as someone, with a session JWT signed like the auth server's. */
export async function clientFor(id: string, email: string): Promise<SupabaseClient> {
  const token = await signJwt({ sub: id, email, role: 'authenticated', aud: 'authenticated' }, backend.jwtSecret, 3600);
  return createClient(backend.apiUrl, backend.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    accessToken: async () => token,
  });
}

/** Many people at once, inserted straight into auth.users (the trigger gives each a profile and the learner role). */
export async function people(count: number, label = 'learner', roles: string[] = []): Promise<Person[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `${label}.${i}.${randomUUID().slice(0, 8)}@test.example`,
  }));
  await sql(
    `insert into auth.users (id, email, email_confirmed_at, raw_user_meta_data)
     select r.id, r.email, now(), jsonb_build_object('full_name', r.name) from jsonb_to_recordset($1::jsonb) as r(id uuid, email text, name text)`,
    [JSON.stringify(rows.map((r, i) => ({ ...r, name: `${label} ${i + 1}` })))],
  );
  for (const role of roles) {
    await sql(`insert into public.user_roles (user_id, role) select unnest($1::uuid[]), $2::public.app_role`, [
      rows.map((r) => r.id),
      role,
    ]);
  }
  return Promise.all(rows.map(async (r) => ({ ...r, client: await clientFor(r.id, r.email) })));
}

export const person = async (label = 'learner', roles: string[] = []) => (await people(1, label, roles))[0]!;

/** A London date `days` from today, as YYYY-MM-DD. */
export function londonDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

interface CohortOptions {
  course?: string;
  capacity?: number;
  waitlist?: number;
  opensIn?: number;
  closesIn?: number;
  startsIn?: number;
}

/** A cohort that exists only in this test run, added to the catalog behind the content's back. */
export async function testCohort(options: CohortOptions = {}): Promise<string> {
  const id = `test-cohort-${randomUUID().slice(0, 8)}`;
  const { course = 'mental-health-skills-5-day', capacity = 2, waitlist = 2, opensIn = -1, closesIn = 10, startsIn = 20 } = options;
  const sessions = [0, 1].map((day) => ({
    date: londonDate(startsIn + day),
    start: '09:30',
    end: '16:30',
    title: `Day ${day + 1}`,
    place: { kind: 'site', name: 'Education Centre', address: 'Denmark Hill, London SE5 8AZ' },
  }));
  await sql(
    `insert into catalog.cohorts (id, course_id, title, starts_on, ends_on, sessions, capacity, waitlist_capacity, booking_opens, booking_closes, facilitator)
     values ($1, $2, 'Test cohort', $3, $4, $5, $6, $7, $8, $9, 'Test facilitator')`,
    [
      id,
      course,
      londonDate(startsIn),
      londonDate(startsIn + 1),
      JSON.stringify(sessions),
      capacity,
      waitlist,
      londonDate(opensIn),
      londonDate(closesIn),
    ],
  );
  return id;
}

/** Book, do every required lesson and pass every required quiz, straight in SQL. */
export async function finishCourseWork(userId: string, course = 'mental-health-skills-5-day'): Promise<void> {
  await sql(
    `insert into public.lesson_progress (user_id, lesson_id) select $1, id from catalog.lessons where course_id = $2 and required`,
    [userId, course],
  );
  await sql(
    `insert into public.quiz_attempts (user_id, quiz_id, attempt_number, answers, score, correct_count, question_count, passed)
     select $1, q, 1, '{}', 100, 1, 1, true from catalog.courses, unnest(required_quizzes) q where id = $2`,
    [userId, course],
  );
}

/** The answers that pass a quiz, read from the answer key behind the API's back. */
export async function rightAnswers(quiz: string): Promise<Record<string, string[]>> {
  const [row] = await sql<{ questions: { id: string; options: { id: string; correct: boolean }[] }[] }>(
    'select questions from catalog.quizzes where id = $1',
    [quiz],
  );
  return Object.fromEntries(row!.questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));
}

/** Reason code of a refused rpc: the hint our SQL functions raise with. */
export const reason = (error: { hint?: string | null } | null) => error?.hint ?? null;
