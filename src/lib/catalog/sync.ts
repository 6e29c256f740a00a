// catalog sync: checks content, then upserts the catalog in one transaction through catalog.sync.
import pg from 'pg';
import { loadContent } from '#lib/content/load-content.ts';
import { checkContent } from '#lib/content/check-content.ts';
import { catalogPayload } from './payload.ts';

export async function syncCatalog(databaseUrl: string, contentDir = 'content'): Promise<Record<string, number>> {
  const { entries, errors } = await loadContent(contentDir);
  const problems = [...errors, ...checkContent(entries, errors)];
  if (problems.length > 0) {
    throw new Error(
      `content has ${problems.length} problem(s); run npm run content:check. First: ${problems[0]!.file}: ${problems[0]!.message}`,
    );
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // In one transaction: new capacity and the promotions it makes possible land together.
    await client.query('begin');
    const { rows } = await client.query('select catalog.sync($1::jsonb) as counts', [JSON.stringify(catalogPayload(entries))]);
    const {
      rows: [filled],
    } = await client.query('select private.fill_all_places() as promoted');
    await client.query('commit');
    return { ...rows[0].counts, promoted_from_waiting_lists: filled.promoted };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
