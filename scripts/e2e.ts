// npm run test:e2e [-- Playwright arguments]: the end-to-end tests alone, in Chromium, building the site first when
// its sources have changed. `npm run test:e2e -- tests/e2e/booking.spec.ts` runs one file.
import { findChromium } from './lib/chromium.ts';
import { isBuildCurrent } from './lib/build-stamp.ts';
import { run } from './lib/run.ts';

const env = { ASTRO_TELEMETRY_DISABLED: '1' };

if (!(await isBuildCurrent()) && (await run('npm', ['run', 'build', '--silent'], env)) !== 0) {
  console.error('\nThe build failed: see the messages above. No tests were run.');
  process.exit(1);
}
let chromium: string;
try {
  chromium = await findChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
process.exit(await run('npx', ['playwright', 'test', ...process.argv.slice(2)], { ...env, CHROMIUM_PATH: chromium }));
