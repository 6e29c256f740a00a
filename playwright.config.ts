import { defineConfig } from '@playwright/test';
import { e2eSettings, thisMachine } from './tests/machine-load.ts';

const port = Number(process.env.E2E_PORT ?? 4510);
// Two workers on a quiet machine, one on a busy one, with timeouts stretched by how busy it is. Decided once, when the
// run starts: the workers read the same configuration file and inherit these through the environment.
const machine = thisMachine();
const { workers, slowness } = e2eSettings(machine, process.env);
if (!process.env.TEST_WORKER_INDEX) {
  console.log(
    `E2E: ${workers} worker(s), timeouts x${slowness} (${machine.busy.toFixed(1)} of ${machine.cores} cores busy now; load ${machine.load.map((l) => l.toFixed(1)).join(', ')})`,
  );
}
process.env.E2E_WORKERS = String(workers);
process.env.E2E_SLOWNESS = String(slowness);

// The files with the longest journeys (25 to 60 s each) are queued first, so that the run does not end with one of them
// running alone while the other worker has nothing left to do.
const longJourneys = [
  '**/webinars.spec.ts',
  '**/learner-journey.spec.ts',
  '**/champions.spec.ts',
  '**/educator.spec.ts',
  '**/account.spec.ts',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers,
  retries: 0,
  timeout: 90_000 * slowness,
  expect: { timeout: 15_000 * slowness },
  projects: [
    { name: 'long journeys', testMatch: longJourneys },
    { name: 'pages and forms', testIgnore: longJourneys },
  ],
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    actionTimeout: 30_000 * slowness,
    navigationTimeout: 45_000 * slowness,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node tests/e2e/serve.ts`,
    env: { E2E_PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000 * slowness,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
