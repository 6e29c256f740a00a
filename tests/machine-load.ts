// How many test files vitest runs at once, how many browsers the end-to-end tests run at once, and how far their
// timeouts stretch, from how busy the machine is when they start. The platform under test shares the CPU with the
// browsers: a second worker helps only when a core is free for it, and on a busy machine (load 7-11 on 2 cores) every
// step takes longer, so the timeouts scale with it.
import { availableParallelism, cpus, loadavg } from 'node:os';

export interface Machine {
  cores: number;
  /** The 1- and 5-minute load averages. */
  load: [number, number];
  /**
   * How many cores were busy over the last two seconds. The load averages still count the steps of `npm test` that
   * have just finished (the build, vitest), so they cannot tell whether a core is free now.
   */
  busy: number;
}

export interface E2eSettings {
  workers: number;
  /** What the timeouts are multiplied by: 1 on a quiet machine, up to 3 on a very busy one. */
  slowness: number;
}

/** Settings for this machine; E2E_WORKERS and E2E_SLOWNESS, when set, win. */
export function e2eSettings(machine: Machine, env: Record<string, string | undefined> = {}): E2eSettings {
  // Timeouts follow the busier of the last minute and the last five, which also count processes waiting for a core.
  const load = Math.max(...machine.load);
  const free = machine.cores - machine.busy;
  const workers = env.E2E_WORKERS ? Number(env.E2E_WORKERS) : free >= 1.5 ? Math.min(2, machine.cores) : 1;
  const slowness = env.E2E_SLOWNESS ? Number(env.E2E_SLOWNESS) : Math.min(3, Math.max(1, Math.round((load / machine.cores) * 10) / 10));
  return { workers, slowness };
}

/**
 * Vitest's workers: one more than the cores when they are free, since the database and fault tests mostly wait on
 * Postgres; one on a busy machine, where tests that time what they measure need a core to themselves.
 */
export function vitestWorkers(machine: Machine): number {
  return machine.cores - machine.busy >= machine.cores * 0.75 ? machine.cores + 1 : 1;
}

const cpuTimes = () =>
  cpus().reduce(
    (sum, cpu) => {
      const { idle, ...rest } = cpu.times;
      return { idle: sum.idle + idle, busy: sum.busy + Object.values(rest).reduce((a, b) => a + b, 0) };
    },
    { idle: 0, busy: 0 },
  );

export const thisMachine = (): Machine => {
  const before = cpuTimes();
  // Playwright reads its configuration synchronously: wait two seconds without a timer.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  const after = cpuTimes();
  const busy = after.busy - before.busy;
  const total = busy + after.idle - before.idle;
  const [one, five] = loadavg();
  return { cores: availableParallelism(), load: [one!, five!], busy: total > 0 ? (busy / total) * availableParallelism() : 0 };
};
