import { defineConfig } from '@playwright/test';
import { availableParallelism } from 'node:os';

const port = Number(process.env.E2E_PORT ?? 4510);
// The platform runs beside the browsers: on two cores or fewer a second worker only makes both wait for the CPU.
const workers = Number(process.env.E2E_WORKERS ?? (availableParallelism() <= 2 ? 1 : 2));
// Timeouts allow for a busy machine (load 10 on 2 cores); E2E_SLOWNESS multiplies them for a slower one.
const slowness = Number(process.env.E2E_SLOWNESS ?? 1);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers,
  retries: 0,
  timeout: 90_000 * slowness,
  expect: { timeout: 15_000 * slowness },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    actionTimeout: 30_000 * slowness,
    navigationTimeout: 45_000 * slowness,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
