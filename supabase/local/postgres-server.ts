// One run of the postmaster: spawned with its log captured, ready when Postgres says so. If it ends before it is
// ready, the error quotes Postgres's own log lines (a bad setting, a data folder in use, a full disk...).
import { spawn, type ChildProcess } from 'node:child_process';
import type { Binaries, RunAs } from './postgres-binaries.ts';

export interface ServerProcess {
  pid: number;
  /** Resolves when the process has ended, with how it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Fast shutdown (SIGINT), then SIGKILL if it has not ended within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const readyLine = 'database system is ready to accept connections';
/** Lines worth showing when Postgres fails: its errors, and the hints and details that explain them. */
const telling = /\b(FATAL|PANIC|ERROR|DETAIL|HINT|LOG: {2}(invalid|could not|unrecognized|parameter))\b/;

/** A one-line summary of how a process ended, e.g. "killed by SIGKILL" or "exit code 1". */
export function howItEnded({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

export function startServerProcess(
  binaries: Binaries,
  dataDir: string,
  args: string[],
  runAs: RunAs,
  onLog: (line: string) => void,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(binaries.postgres, ['-D', dataDir, ...args], {
    ...runAs,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return new Promise((resolve, reject) => {
    let ready = false;
    child.on('error', reject);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        lines.push(line);
        if (lines.length > 50) lines.shift();
        onLog(line);
        if (!ready && line.includes(readyLine)) {
          ready = true;
          resolve({ pid: child.pid!, exited, stop: (graceMs) => stop(child, exited, graceMs) });
        }
      }
    });
    void exited.then((how) => {
      if (ready) return;
      const said = lines.filter((line) => telling.test(line));
      reject(new Error(`Postgres did not start (${howItEnded(how)})${said.length ? `. It said:\n  ${said.join('\n  ')}` : ''}`));
    });
  });
}

async function stop(child: ChildProcess, exited: ServerProcess['exited'], graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGCONT');
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
