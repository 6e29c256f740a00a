// Whether dist/ was built from the sources as they are now, so `npm start` rebuilds only when something changed.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const inputs = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const stampFile = join('dist', '.build-stamp');

async function addTree(hash: ReturnType<typeof createHash>, path: string): Promise<void> {
  if (!existsSync(path)) return;
  const info = await stat(path);
  if (info.isDirectory()) {
    for (const name of (await readdir(path)).sort()) await addTree(hash, join(path, name));
  } else {
    hash.update(path).update(String(info.size)).update(String(info.mtimeMs));
  }
}

export async function sourceStamp(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of inputs) await addTree(hash, input);
  return hash.digest('hex');
}

export async function isBuildCurrent(): Promise<boolean> {
  if (!existsSync(join('dist', 'server', 'entry.mjs')) || !existsSync(stampFile)) return false;
  return (await readFile(stampFile, 'utf8')) === (await sourceStamp());
}

export async function writeBuildStamp(): Promise<void> {
  await writeFile(stampFile, await sourceStamp());
}
