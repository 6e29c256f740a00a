// A file as an HTTP response that honours a Range header (RFC 9110 §14), so a video player can seek: 206 with
// Content-Range for one satisfiable range, 416 with the file's size for a range beyond it, and the whole file (200)
// when there is no Range, an unreadable one (which the RFC says to ignore) or several ranges (which a player never
// asks for, and a server may answer in full). HEAD answers the same headers with no body.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import parseRange from 'range-parser';

export interface FileResponseOptions {
  contentType: string;
  /** Cache-Control for the file: `private` for anything that depends on who asks. */
  cacheControl: string;
}

export async function fileRangeResponse(request: Request, path: string, options: FileResponseOptions): Promise<Response> {
  const { size, mtime } = await stat(path);
  const headers = new Headers({
    'accept-ranges': 'bytes',
    'content-type': options.contentType,
    'cache-control': options.cacheControl,
    'last-modified': mtime.toUTCString(),
    etag: `"${size.toString(16)}-${Math.floor(mtime.getTime()).toString(16)}"`,
  });
  const range = request.headers.get('range');
  const ranges = range && ifRangeMatches(request, headers) ? parseRange(size, range, { combine: true }) : -2;

  if (ranges === -1) {
    headers.set('content-range', `bytes */${size}`);
    headers.set('content-type', 'text/plain; charset=utf-8');
    return new Response(`The range ${range} is outside this file of ${size} bytes.`, { status: 416, headers });
  }
  const partial = ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1 ? ranges[0]! : undefined;
  const start = partial?.start ?? 0;
  const end = partial?.end ?? size - 1;
  headers.set('content-length', String(size === 0 ? 0 : end - start + 1));
  if (partial) headers.set('content-range', `bytes ${start}-${end}/${size}`);
  const status = partial ? 206 : 200;
  if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers });
  const body = Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}

/** If-Range: a range applies only to the version of the file the client already has part of. */
function ifRangeMatches(request: Request, headers: Headers): boolean {
  const ifRange = request.headers.get('if-range');
  if (!ifRange) return true;
  return ifRange === headers.get('etag') || ifRange === headers.get('last-modified');
}
