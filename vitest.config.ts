import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One worker more than there are cores: the database and fault tests spend most of their time waiting on Postgres
    // and on the platform they started. On 2 cores, 3 workers take half the time of the default 1.
    maxWorkers: availableParallelism() + 1,
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
