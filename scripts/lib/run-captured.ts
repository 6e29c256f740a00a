import { spawn } from 'node:child_process';

export interface CapturedRun {
  /** Resolves when a line of output matches `marker` (never, if none does). */
  reached: Promise<void>;
  /** The exit code and everything printed, stdout and stderr in order, once the command has ended. */
  done: Promise<{ code: number; output: string }>;
}

/** Runs a command with its output held back (to print after another command's), watching it for a marker line. */
export function runCaptured(command: string, args: string[], env: Record<string, string>, marker: RegExp): CapturedRun {
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  const done = new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (marker.test(output.slice(-(text.length + 200)))) reach();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
  return { reached, done };
}
