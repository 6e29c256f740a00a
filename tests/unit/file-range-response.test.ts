// A file sent in byte ranges, as a video player asks for it when it seeks.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileRangeResponse } from '#lib/http/file-range-response.ts';

let dir: string;
let file: string;
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
const options = { contentType: 'video/webm', cacheControl: 'private, no-store' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-range-'));
  file = join(dir, 'video.webm');
  await writeFile(file, bytes);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const get = (headers: Record<string, string> = {}, method = 'GET') =>
  fileRangeResponse(new Request('http://site.test/video.webm', { method, headers }), file, options);
const body = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('a file in byte ranges', () => {
  it('sends the whole file with its length, type and Accept-Ranges when no range is asked for', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(
      Object.fromEntries(['accept-ranges', 'content-length', 'content-type', 'cache-control'].map((h) => [h, response.headers.get(h)])),
    ).toEqual({ 'accept-ranges': 'bytes', 'content-length': '1000', 'content-type': 'video/webm', 'cache-control': 'private, no-store' });
    expect(await body(response)).toEqual(bytes);
  });

  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=990-', 990, 999],
    ['bytes=-10', 990, 999],
    ['bytes=500-5000', 500, 999],
    ['bytes=10-19,15-29', 10, 29],
  ])('answers %s with 206 and exactly those bytes', async (range, start, end) => {
    const response = await get({ range });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(response.headers.get('content-length')).toBe(String(end - start + 1));
    expect(await body(response)).toEqual(bytes.subarray(start, end + 1));
  });

  it('answers a range beyond the end with 416 and the size, and no bytes of the file', async () => {
    const response = await get({ range: 'bytes=1000-' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
    expect(await response.text()).toBe('The range bytes=1000- is outside this file of 1000 bytes.');
  });

  it.each(['bytes=abc', 'items=0-5', 'bytes=0-1,500-600'])(
    'sends the whole file for %s (unreadable, another unit, or several ranges)',
    async (range) => {
      const response = await get({ range });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-range')).toBeNull();
      expect(await body(response)).toEqual(bytes);
    },
  );

  it('honours If-Range only for the same version of the file', async () => {
    const etag = (await get()).headers.get('etag')!;
    expect((await get({ range: 'bytes=0-9', 'if-range': etag })).status).toBe(206);
    expect((await get({ range: 'bytes=0-9', 'if-range': '"another-version"' })).status).toBe(200);
  });

  it('answers HEAD with the same headers and no body', async () => {
    const response = await get({ range: 'bytes=100-199' }, 'HEAD');
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(response.headers.get('content-length')).toBe('100');
    expect(response.body).toBeNull();
  });
});
