// One platform per data folder: Postgres records its process in postmaster.pid, and a second `npm start` on the same
// folder is told which process holds it instead of failing with Postgres's lock error (or worse).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataFolderInUseError extends Error {
  readonly pid: number;
  constructor(dataDir: string, pid: number) {
    super(
      `This data folder is in use by process ${pid}: ${dataDir}. Another \`npm start\` is probably running on it: stop it first, or give this one its own folder (DATA_DIR=.data-2 npm start).`,
    );
    this.pid = pid;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` is a Postgres server (on Linux; elsewhere any live process counts). */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return process.platform !== 'linux';
  }
}

/** The live Postgres that holds `clusterDir`, from its postmaster.pid (a stale file after a crash is ignored). */
export function runningPostmaster(clusterDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  return pid > 0 && isAlive(pid) && isPostgres(pid) ? { pid, port: Number(lines[3]) } : undefined;
}

/** Throws DataFolderInUseError when a live Postgres holds `clusterDir`. */
export function assertDataFolderFree(clusterDir: string): void {
  const running = runningPostmaster(clusterDir);
  if (running) throw new DataFolderInUseError(clusterDir, running.pid);
}
