// npm run catalog:sync: upserts the catalog from content/ into the database at DATABASE_URL (a hosted project's
// connection string), as its own deploy step: `npm run build` never writes to a database. `npm start` does this
// itself for the embedded backend.
import { syncCatalog } from '#lib/catalog/sync.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the Postgres connection string of the Supabase project.');
  process.exit(1);
}
try {
  console.log('Catalog synced:', await syncCatalog(url));
} catch (error) {
  console.error(`Catalog sync failed: ${(error as Error).message}`);
  process.exit(1);
}
