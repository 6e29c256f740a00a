// Brotli and gzip copies of the built site's text files, made once at build time at the highest levels, so the server
// sends them without compressing on every request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The kinds of file worth compressing: text. Images, video and fonts are compressed already. */
export const compressibleFile = /\.(html|css|js|mjs|json|svg|txt|xml|vtt|webmanifest)$/;
const smallest = 1024;

export async function precompress(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number }> {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((e) => e.isFile() && compressibleFile.test(e.name))
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        const data = await readFile(path);
        if (data.length < smallest) return;
        const [br, gz] = await Promise.all([
          brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
          gzipped(data, { level: 9 }),
        ]);
        await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        totals.files += 1;
        totals.bytes += data.length;
        totals.brotliBytes += br.length;
      }),
  );
  return totals;
}
