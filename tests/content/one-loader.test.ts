// Astro's collections and the tools that run the same loader outside Astro (content:check, the catalog sync, the
// search CLI) see exactly the same entries, so what the site shows is what was checked and synced.
import { describe, expect, it } from 'vitest';
import { collectionNames, contentCollections } from '#content/collections.ts';
import { collectionEntries } from '#lib/content/collection-entries.ts';
import { loadContent } from '#lib/content/load-content.ts';
import { catalogPayload } from '#lib/catalog/payload.ts';
import { documentsFromContent, documentsOf } from '#lib/search/load-index.ts';

const byKey = <T extends { collection: string; id: string }>(list: T[]) =>
  [...list].sort((a, b) => `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`));

describe('one content loader', () => {
  it('gives Astro and the tools the same ids, data and bodies in every collection', async () => {
    const astro = await collectionEntries(collectionNames);
    const { entries, errors } = await loadContent('content');
    expect(errors).toEqual([]);
    const tools = entries.map(({ collection, id, data, body }) => ({
      collection, id, body, data: contentCollections[collection as keyof typeof contentCollections].schema.parse(data) as unknown,
    }));
    expect(astro.length).toBe(95);
    expect(byKey(astro)).toEqual(byKey(tools));
  });

  it('builds the same search documents from Astro\'s collections as npm run search does', async () => {
    const fromAstro = await documentsOf(await collectionEntries(['guidelines', 'webinars', 'courses', 'lessons', 'pages']));
    expect(fromAstro.length).toBeGreaterThan(200);
    expect(fromAstro).toEqual(await documentsFromContent());
  });

  it('builds the same catalog payload from Astro\'s collections as the catalog sync does', async () => {
    const { entries } = await loadContent('content');
    const fromAstro = catalogPayload(await collectionEntries(collectionNames));
    expect(fromAstro).toEqual(catalogPayload(entries));
    expect(fromAstro.courses.map((c) => c.id).sort()).toEqual(['mental-health-skills-3-week', 'mental-health-skills-5-day']);
  });
});
