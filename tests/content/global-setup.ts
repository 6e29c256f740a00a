// Runs Astro's content layer once, as `astro build` does first, so `astro:content` in these tests holds the content/
// folder as the site sees it. Vitest serves modules as Astro's dev server does, which reads the data store from
// .astro/, so the sync writes it there rather than to its build cache.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sync = "import { sync } from 'astro'; await sync({ cacheDir: './.astro/', logLevel: 'warn' });";

export default function setup() {
  execFileSync(process.execPath, ['--input-type=module', '-e', sync], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
