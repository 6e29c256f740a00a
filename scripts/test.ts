// npm test: lint and formatting, then typecheck beside the build, unit and database tests (vitest), then the end-to-end tests in Chromium
// (Playwright).
// Every step runs even when an earlier one failed, so one run shows everything that is wrong.
import { readFile, rm } from 'node:fs/promises';
import { findChromium } from './lib/chromium.ts';
import { isBuildCurrent } from './lib/build-stamp.ts';
import { run } from './lib/run.ts';
import { runCaptured } from './lib/run-captured.ts';
import { summary, type StepResult } from './lib/test-summary.ts';

const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const steps: StepResult[] = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

async function step(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n=== ${name} ===`);
  const ok = (await run(command, args, { ...env, ...extraEnv })) === 0;
  steps.push({ name, ok });
  return ok;
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

await rm('test-results', { recursive: true, force: true });

// The build and the typecheck each take most of a minute, mostly on one core: the build starts first, beside the lint
// steps, and once it has written Astro's generated types (.astro/), the typecheck runs on those types instead of
// writing them again.
// The build's output is printed after the typecheck's.
let built = await isBuildCurrent();
const build = built ? undefined : runCaptured('npm', ['run', 'build', '--silent'], env, /\[types\] Generated/);
await step('Lint and formatting: ESLint', 'npx', ['eslint', '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']);
await step('Lint and formatting: Prettier (npm run format fixes it)', 'npx', ['prettier', '--cache', '--check', '.']);
const typesReady = build && (await Promise.race([build.reached.then(() => true), build.done.then(() => false)]));
await step('Typecheck (astro check)', 'npx', ['astro', 'check', ...(typesReady ? ['--noSync'] : [])]);
if (build) {
  console.log('\n=== Build (content check and astro build) ===');
  const { code, output } = await build.done;
  process.stdout.write(output);
  built = code === 0;
  steps.push({ name: 'Build (content check and astro build)', ok: built });
}

await step('Unit and database tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
const vitest = await readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(
  'test-results/vitest.json',
);
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + vitest.numTodoTests;
}

let chromium: string | undefined;
try {
  chromium = await findChromium();
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  steps.push({ name: 'Find Chromium', ok: false });
}

if (built && chromium) {
  await step('End-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
  const e2e = await readJson<{ stats?: { expected: number; unexpected: number; flaky: number; skipped: number } }>('test-results/e2e.json');
  if (e2e?.stats) {
    counts.passed += e2e.stats.expected;
    counts.failed += e2e.stats.unexpected + e2e.stats.flaky;
    counts.skipped += e2e.stats.skipped;
  }
} else {
  steps.push({ name: 'End-to-end tests (skipped: no build or no Chromium)', ok: false });
}

console.log('\n=== Summary ===');
const result = summary(steps, counts);
for (const line of result.lines) console.log(line);
process.exit(result.ok ? 0 : 1);
