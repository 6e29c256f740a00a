// npm run db:fresh -- [folder] [port]: a new embedded database made as Supabase makes a project's, with no migration
// applied: what `supabase db push`, `npm run catalog:sync`, the mail worker and TEST_DATABASE_URL are pointed at to
// check the hosted steps. Prints its connection strings and runs until Ctrl-C. Keeps its folder for the next run.
import { resolve } from 'node:path';
import { startPostgres } from '#local/postgres.ts';
import { bootstrap } from '#local/migrate.ts';

const dataDir = resolve(process.argv[2] ?? '.data/fresh');
const port = Number(process.argv[3] ?? 54329);
const db = await startPostgres(dataDir, port);
if (db.created) await bootstrap(db.superuserUrl, db.passwords);
console.log(`A database as a new Supabase project has it, in ${dataDir}:
  DATABASE_URL=${db.adminUrl}
  TEST_DATABASE_URL=${db.adminUrl}
  TEST_API_DATABASE_URL=${db.apiUrl}
  TEST_AUTH_DATABASE_URL=${db.authUrl}
Ctrl-C stops it.`);
const stop = async () => {
  await db.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
