// The built site's Node handler, compressed: prerendered pages, CSS, JS and the search index from the .br and .gz
// files the build made, and everything rendered per request (pages, JSON, CSV) compressed as it goes out.
import compression from 'compression';
import Negotiator from 'negotiator';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compressibleFile } from './precompress.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  webmanifest: 'application/manifest+json',
};

/** URL paths (`/courses/index.html`) that have a precompressed copy. */
async function precompressedPaths(clientDir: string): Promise<Set<string>> {
  const entries = await readdir(clientDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return new Set(
    entries
      .filter((e) => e.isFile() && e.name.endsWith('.br'))
      .map((e) => `/${relative(clientDir, join(e.parentPath, e.name)).split(sep).join('/').slice(0, -'.br'.length)}`),
  );
}

/** The file a prerendered URL is served from, as the Node adapter finds it (`/courses` → `/courses/index.html`). */
function fileFor(pathname: string, precompressed: Set<string>): string | undefined {
  if (precompressed.has(pathname) && compressibleFile.test(pathname)) return pathname;
  const index = `${pathname.replace(/\/$/, '')}/index.html`;
  return precompressed.has(index) ? index : undefined;
}

export async function compressedSite(handler: Handler, clientDir: string): Promise<Handler> {
  const precompressed = await precompressedPaths(clientDir);
  const compress = compression({ threshold: 1024 });
  return (req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') servePrecompressed(req, res, precompressed);
    compress(req as never, res as never, () => handler(req, res));
  };
}

/** Points the request at `file.br` or `file.gz` when the browser accepts it; the adapter's static handler sends it. */
function servePrecompressed(req: IncomingMessage, res: ServerResponse, precompressed: Set<string>): void {
  const url = new URL(req.url ?? '/', 'http://site.invalid');
  let pathname: string;
  try {
    pathname = decodeURI(url.pathname);
  } catch {
    return;
  }
  const file = fileFor(pathname, precompressed);
  if (!file) return;
  res.setHeader('vary', 'Accept-Encoding');
  // Brotli when the browser accepts both equally (negotiator 1.x takes `preferred`; its types predate it).
  const negotiator = new Negotiator(req) as Negotiator & {
    encoding(available: string[], options: { preferred: string[] }): string | undefined;
  };
  const encoding = negotiator.encoding(['br', 'gzip'], { preferred: ['br', 'gzip'] });
  if (encoding !== 'br' && encoding !== 'gzip') return;
  res.setHeader('content-type', contentTypes[file.slice(file.lastIndexOf('.') + 1)]!);
  res.setHeader('content-encoding', encoding);
  req.url = `${encodeURI(file)}.${encoding === 'br' ? 'br' : 'gz'}${url.search}`;
}
