// Keeps the embedded Postgres running: when it ends without being asked to (kill -9, a crash, the OOM killer) it is
// started again, waiting longer after each failure (0.5 s, 1 s, 2 s... up to 30 s), and every step is logged.
// The API's pools reconnect by themselves once it is back.
import { howItEnded, type ServerProcess } from './postgres-server.ts';

export interface Supervisor {
  /** The process running now (it changes after a restart). */
  current(): ServerProcess;
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  start: () => Promise<ServerProcess>;
  log: (line: string) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** Supervises `first`, restarting it with `start` whenever it ends unexpectedly. */
export function supervise(first: ServerProcess, options: SupervisorOptions): Supervisor {
  const firstDelayMs = options.firstDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  let server = first;
  let stopping = false;
  let delay = firstDelayMs;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async (running: ServerProcess) => {
    const how = await running.exited;
    if (stopping) return;
    options.log(`Postgres stopped unexpectedly (${howItEnded(how)}): restarting it.`);
    const since = Date.now();
    for (let attempt = 1; !stopping; attempt += 1) {
      await sleep(delay);
      if (stopping) return;
      try {
        server = await options.start();
        if (stopping) return void (await server.stop());
        options.log(`Postgres is running again (after ${((Date.now() - since) / 1000).toFixed(1)} s, attempt ${attempt}).`);
        const restarted = server;
        // A server that stays up a minute has recovered: the next failure starts again from the shortest wait.
        setTimeout(() => {
          if (server === restarted) delay = firstDelayMs;
        }, 60_000).unref();
        void watch(server);
        return;
      } catch (error) {
        delay = Math.min(delay * 2, maxDelayMs);
        options.log(`Postgres could not be restarted: ${(error as Error).message}. Trying again in ${(delay / 1000).toFixed(1)} s.`);
      }
    }
  };
  void watch(first);

  return {
    current: () => server,
    stop: async () => {
      stopping = true;
      wake?.();
      await server.stop();
    },
  };
}
