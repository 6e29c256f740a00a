// catalog sync: content reaches the catalog schema, answer keys stay out of every API role's reach, and removing
// content retires rows instead of deleting them.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { loadContent } from '#lib/content/load-content.ts';
import { catalogPayload } from '#lib/catalog/payload.ts';
import { anonClient, backend, demo, serviceClient, signIn, sql } from './clients.ts';

type Query = <Row = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<Row[]>;

/** Runs a test's syncs in a transaction that is rolled back, so other test files' cohorts are never retired. */
async function rolledBack(body: (sql: Query, sync: (payload: object) => Promise<Record<string, number>>) => Promise<void>) {
  const client = new pg.Client({ connectionString: backend.adminDbUrl });
  await client.connect();
  const query: Query = async (text, values = []) => (await client.query(text, values)).rows;
  try {
    await client.query('begin');
    await body(
      query,
      async (payload) =>
        (await query<{ counts: Record<string, number> }>('select catalog.sync($1::jsonb) as counts', [JSON.stringify(payload)]))[0]!.counts,
    );
  } finally {
    await client.query('rollback');
    await client.end();
  }
}

describe('catalog sync', () => {
  it('has every course, lesson, quiz, cohort, webinar and guideline from content, with the answer keys', () =>
    rolledBack(async (sql, sync) => {
      const payload = catalogPayload((await loadContent('content')).entries);
      const counts = await sync(payload);
      expect(counts).toMatchObject({
        courses: 2,
        cohorts: payload.cohorts.length,
        quizzes: payload.quizzes.length,
        guidelines: payload.guidelines.length,
      });
      const [quiz] = await sql<{ options: { correct: boolean }[] }>(
        `select pass_mark, questions -> 0 -> 'options' as options from catalog.quizzes where id = 'mental-health-skills-5-day-day-1'`,
      );
      expect(quiz!.options.some((o) => o.correct)).toBe(true);
      const [cohort] = await sql(`select capacity, starts_on::text from catalog.cohorts where id = 'mental-health-skills-5-day-2027-01'`);
      expect(cohort).toEqual({ capacity: 20, starts_on: '2027-01-11' });
    }));

  it('no API role can read the catalog, so answer keys never reach a browser', async () => {
    const client = new pg.Client({ connectionString: backend.adminDbUrl });
    await client.connect();
    try {
      for (const role of ['anon', 'authenticated', 'service_role']) {
        await client.query(`begin; set local role ${role}`);
        await expect(client.query('select questions from catalog.quizzes')).rejects.toThrow('permission denied for schema catalog');
        await client.query('rollback');
      }
    } finally {
      await client.end();
    }
    expect((await anonClient().from('quizzes').select()).error?.code).toBe('PGRST205');
    expect((await (await signIn(demo.learner)).rpc('sync', { payload: {} })).error?.code).toBe('PGRST202');
    expect((await serviceClient().from('quizzes').select()).error?.code).toBe('PGRST205');
  });

  it('retires what content no longer has, keeps the row, and brings it back when it returns', () =>
    rolledBack(async (sql, sync) => {
      const payload = catalogPayload((await loadContent('content')).entries);
      await sync(payload);
      const without = { ...payload, cohorts: payload.cohorts.filter((c) => c.id !== 'mental-health-skills-3-week-2027-05') };
      expect((await sync(without)).cohorts_retired).toBe(1);
      const [retired] = await sql(
        `select retired_at is not null as retired from catalog.cohorts where id = 'mental-health-skills-3-week-2027-05'`,
      );
      expect(retired).toEqual({ retired: true });
      await sync(payload);
      const [back] = await sql(`select retired_at from catalog.cohorts where id = 'mental-health-skills-3-week-2027-05'`);
      expect(back.retired_at).toBeNull();
    }));

  it('refuses a payload that breaks a catalog rule, changing nothing', async () => {
    const payload = catalogPayload((await loadContent('content')).entries);
    const broken = { ...payload, cohorts: payload.cohorts.map((c, i) => (i === 0 ? { ...c, capacity: 0 } : c)) };
    await expect(sql('select catalog.sync($1::jsonb)', [JSON.stringify(broken)])).rejects.toThrow(/capacity_check/);
    const [cohort] = await sql('select capacity from catalog.cohorts where id = $1', [payload.cohorts[0]!.id]);
    expect(cohort.capacity).toBe(payload.cohorts[0]!.capacity);
  });
});
