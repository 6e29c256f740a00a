// The platform for the end-to-end tests: the built site on a fresh embedded backend in a temporary folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPlatform } from '../../scripts/lib/platform-server.ts';
import { nextBookableCohortSql } from './bookable-cohort.ts';
import { pinToday } from './clock.ts';

const dataDir = await mkdtemp(join(tmpdir(), 'mbl-e2e-'));
const platform = await startPlatform({ port: Number(process.env.E2E_PORT ?? 4510), dataDir, durable: false });
// Fixture: the 3-week cohort open for booking has one place and a short waiting list, so a test can fill it.
const db = new pg.Client({ connectionString: platform.backend.adminUrl });
await db.connect();
const clock = await pinToday(db);
const {
  rows: [cohort],
} = await db.query(nextBookableCohortSql, ['mental-health-skills-3-week']);
if (!cohort) throw new Error('No 3-week cohort is open for booking today: add dated cohorts to content/cohorts.');
await db.query('update catalog.cohorts set capacity = 1, waitlist_capacity = 5 where id = $1', [cohort.id]);
await db.end();
// Tests that must change the database behind the site's back (a new guideline version published), or make an account
// without going through sign-up, read this.
await writeFile(
  join(tmpdir(), `mbl-e2e-${process.env.E2E_PORT ?? 4510}.json`),
  JSON.stringify({ adminUrl: platform.backend.adminUrl, serviceRoleKey: platform.backend.keys.serviceRoleKey }),
);
console.log(
  `e2e platform on ${platform.siteUrl}, today ${clock.today}${clock.pinned ? ' (pinned: no cohorts are open on the real date)' : ''}`,
);

async function stop() {
  await platform.stop();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
