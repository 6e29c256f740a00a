// A lock held for a long time (a migration, a stuck session) must not hang API calls: Postgres cancels the statement
// after the API roles' lock timeout (or the statement timeout, whichever comes first), and the call works again as
// soon as the lock is released.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { anonClient, backend } from './clients.ts';

describe('A table locked by another session', () => {
  it('makes an API call fail within a few seconds with a timeout, then work once the lock is gone', async () => {
    const holder = new pg.Client({ connectionString: backend.adminDbUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table catalog.cohorts in access exclusive mode');
      const started = performance.now();
      const { error } = await anonClient().rpc('cohort_availability', { course: 'mental-health-skills-5-day' });
      expect(performance.now() - started).toBeLessThan(13_000);
      expect([error?.code, error?.message]).toSatisfy(
        ([code, message]: [string, string]) =>
          (code === '55P03' && message === 'canceling statement due to lock timeout') ||
          (code === '57014' && message === 'canceling statement due to statement timeout'),
      );
      await holder.query('rollback');
      const after = await anonClient().rpc('cohort_availability', { course: 'mental-health-skills-5-day' });
      expect(after.error).toBeNull();
    } finally {
      await holder.end();
    }
  });
});
