// `npm start` as a child process on a loopback port with its own data folder, for the fault tests: they kill,
// stop and restart its Postgres and check what the platform does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PlatformProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when the output matches `pattern`; rejects after `ms`. */
  waitFor(pattern: RegExp, ms: number): Promise<void>;
  /** Resolves with the exit code (or null when killed) once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function newDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'mbl-faults-'));
}

export function startPlatformProcess(port: number, dataDir: string): PlatformProcess {
  const child = spawn(process.execPath, ['scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const waiters = new Set<() => void>();
  const take = (chunk: Buffer) => {
    text += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const waitFor = (pattern: RegExp, ms: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`Timed out after ${ms} ms waiting for ${pattern}. Output so far:\n${text}`));
      }, ms);
      const check = () => {
        if (!pattern.test(text)) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });

  return {
    url: `http://localhost:${port}`,
    dataDir,
    child,
    output: () => text,
    waitFor,
    exited,
    stop: async () => {
      for (const pid of postgresProcesses(dataDir)) signal(pid, 'SIGCONT');
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timeout = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timeout);
      }
    },
  };
}

/** The postmaster's process id, from the data folder's postmaster.pid. */
export function postmasterPid(dataDir: string): number {
  const file = join(dataDir, 'db', 'postmaster.pid');
  if (!existsSync(file)) throw new Error(`No ${file}: Postgres is not running`);
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
}

/** The postmaster and every process it started (backends, checkpointer, WAL writer...). */
export function postgresProcesses(dataDir: string): number[] {
  let root: number;
  try {
    root = postmasterPid(dataDir);
  } catch {
    return [];
  }
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return [root, ...[...parents].filter(([, parent]) => parent === root).map(([pid]) => pid)];
}

export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    /* already gone */
  }
}

export async function removeDataDir(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}

/** One timed request: its status, headers and body, or the network error's message. */
export async function timedGet(url: string, headers: Record<string, string> = {}, timeoutMs = 30_000) {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, headers: new Headers(), body: String((error as Error).message), ms: performance.now() - started };
  }
}
