// A lock held for a long time (a stuck session, a long migration) must not hang API calls: Postgres cancels the
// statement after the API roles' lock timeout (or the statement timeout, whichever comes first), and the call works
// again as soon as the lock is released. The lock is on a cohort of this test's own, so that the other test files,
// which run at the same time, never wait on it.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { backend } from './clients.ts';
import { people, testCohort } from './learning.ts';

describe('A cohort locked by another session', () => {
  it('makes booking it fail within a few seconds with a timeout, then work once the lock is gone', async () => {
    const cohort = await testCohort({ capacity: 5 });
    const [person] = await people(1);
    const holder = new pg.Client({ connectionString: backend.adminDbUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from catalog.cohorts where id = $1 for update', [cohort]);
      const started = performance.now();
      const { error } = await person!.client.rpc('book_place', { cohort });
      expect(performance.now() - started).toBeLessThan(13_000);
      expect([error?.code, error?.message]).toSatisfy(
        ([code, message]: [string, string]) =>
          (code === '55P03' && message === 'canceling statement due to lock timeout') ||
          (code === '57014' && message === 'canceling statement due to statement timeout'),
      );
      await holder.query('rollback');
      const after = await person!.client.rpc('book_place', { cohort });
      expect(after.error).toBeNull();
      expect(after.data).toMatchObject({ status: 'confirmed' });
    } finally {
      await holder.end();
    }
  }, 30_000);
});
