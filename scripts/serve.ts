// npm run serve: the built site for a hosted deployment (SUPABASE_URL, SUPABASE_ANON_KEY, HOST, PORT), compressed.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compressedSite } from './lib/compressed-site.ts';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(pathToFileURL(resolve('dist/server/entry.mjs')).href);
const site = await compressedSite(handler, resolve('dist/client'));
const host = process.env.HOST ?? 'localhost';
const port = Number(process.env.PORT ?? 8080);
createServer(site).listen(port, host, () => console.log(`Mind & Body Learning on http://${host}:${port}`));
