import { defineConfig } from 'vitest/config';
import { thisMachine, vitestWorkers } from './tests/machine-load.ts';

// Decided once, from how busy the machine is now (tests/machine-load.ts); VITEST_WORKERS or --maxWorkers chooses.
if (!process.env.VITEST_WORKERS) {
  const machine = thisMachine();
  process.env.VITEST_WORKERS = String(vitestWorkers(machine));
  console.log(`Vitest: ${process.env.VITEST_WORKERS} file(s) at once (${machine.busy.toFixed(1)} of ${machine.cores} cores busy now)`);
}

export default defineConfig({
  test: {
    // On a quiet machine with 2 cores, 3 workers take half the time of the default 1.
    maxWorkers: Number(process.env.VITEST_WORKERS),
    projects: [
      'vitest.content.config.ts',
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] } },
      {
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          globalSetup: ['tests/db/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // Faults (kill -9, SIGSTOP, a second start) against `npm start` run as a child process. Each file has its own
          // data folder and ports, so the files may run beside each other and beside the other projects.
          name: 'faults',
          include: ['tests/faults/**/*.test.ts'],
          globalSetup: ['tests/faults/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
