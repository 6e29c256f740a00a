// /search-index.json: the lunr index and result store, built from the content at build time. The search island
// fetches it when someone starts a search; the search page reads the same file on the server.
import type { APIRoute } from 'astro';
import { indexFromContent } from '../lib/search/load-index.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await indexFromContent()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
