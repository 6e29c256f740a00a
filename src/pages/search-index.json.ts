// /search-index.json: the lunr index and result store, built at build time from Astro's content collections. The
// search island fetches it when someone starts a search; the search page reads the same file on the server.
import type { APIRoute } from 'astro';
import { collectionEntries } from '#lib/content/collection-entries.ts';
import { buildIndex } from '#lib/search/build-index.ts';
import { documentsOf } from '#lib/search/load-index.ts';

export const prerender = true;

const searched = ['guidelines', 'webinars', 'courses', 'lessons', 'pages'] as const;

export const GET: APIRoute = async () => {
  const index = buildIndex(await documentsOf(await collectionEntries([...searched])));
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
