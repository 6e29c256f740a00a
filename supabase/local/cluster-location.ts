// Where the cluster's files live. Normally the data folder itself. As root, Postgres runs as the `postgres` user,
// which cannot pass through a private folder above the data folder (root's home, a `mktemp -d`): then the cluster
// lives in a folder of its own under /var/lib and the data folder links to it, so nothing private is opened up.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, lstat, mkdir, readdir, realpath, rmdir, stat, symlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { RunAs } from './postgres-binaries.ts';

const exec = promisify(execFile);
export const sharedClustersDir = '/var/lib/mind-and-body-learning/clusters';

/** Whether `runAs` can pass through every folder down to `dir`. */
async function canReach(dir: string, runAs: RunAs): Promise<boolean> {
  try {
    await exec('/bin/sh', ['-c', 'cd "$1"', 'sh', dir], runAs);
    return true;
  } catch {
    return false;
  }
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}

/** The folder to give Postgres as its data directory (`-D`) for the data folder `clusterDir`. */
export async function clusterLocation(clusterDir: string, runAs: RunAs, log: (line: string) => void): Promise<string> {
  if (runAs.uid === undefined) return clusterDir;
  const link = await lstat(clusterDir).catch(() => undefined);
  if (link?.isSymbolicLink()) return realpath(clusterDir);
  // The folder just above is ours (.data, or a test's temporary folder): letting the postgres user through it is enough
  // when everything above is open.
  const parent = dirname(clusterDir);
  await mkdir(parent, { recursive: true });
  await chmod(parent, (await stat(parent)).mode | 0o711);
  if (await canReach(parent, runAs)) return clusterDir;
  if (!(await isEmptyOrMissing(clusterDir))) {
    throw new Error(
      `Postgres runs as the postgres user, which cannot reach ${clusterDir}: start as the user who owns it, or move the folder where the postgres user can reach it.`,
    );
  }
  const id = createHash('sha256').update(resolve(clusterDir)).digest('hex').slice(0, 16);
  const target = join(sharedClustersDir, id);
  await mkdir(sharedClustersDir, { recursive: true, mode: 0o755 });
  await mkdir(target, { recursive: true, mode: 0o700 });
  await rmdir(clusterDir).catch(() => {});
  await symlink(target, clusterDir);
  log(
    `Postgres runs as the postgres user, which cannot reach ${dirname(clusterDir)} (a private folder): its files are kept in ${target}, linked from ${clusterDir}.`,
  );
  return target;
}
