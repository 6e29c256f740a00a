// Build time for the real content and for 1,000 generated guideline pages (in a temporary copy, never committed),
// and the JavaScript each page type ships.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');

async function copyProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mbl-bench-build-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'scripts']) {
    await cp(join(root, item), join(dir, item), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function timeBuild(dir: string): number {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build', '--silent'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stderr || result.stdout}`);
  return (performance.now() - started) / 1000;
}

async function generateGuidelines(dir: string, count: number): Promise<void> {
  const template = await readFile(join(root, 'content/guidelines/lithium-monitoring.mdx'), 'utf8');
  for (let i = 0; i < count; i++) {
    const text = template
      .replace(/^title: .*$/m, `title: "Generated guideline ${i}"`)
      .replace(/^related:[\s\S]*?^(?=\w)/m, 'related: []\n');
    await writeFile(join(dir, 'content/guidelines', `generated-${i}.mdx`), text);
  }
}

/** JavaScript bytes a page loads at first: its script tags and module preloads. */
async function pageJsBytes(clientDir: string, htmlFile: string): Promise<number> {
  const html = await readFile(join(clientDir, htmlFile), 'utf8');
  const urls = new Set([...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!));
  let bytes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  for (const url of urls) if (url.startsWith('/')) bytes += (await stat(join(clientDir, url))).size;
  return bytes;
}

export async function benchBuild(): Promise<void> {
  const dir = await copyProject();
  try {
    const real = timeBuild(dir);
    const client = join(dir, 'dist/client');
    const types: Record<string, string> = {
      home: 'index.html',
      'course page': 'courses/mental-health-skills-5-day/index.html',
      lesson: 'courses/mental-health-skills-5-day/day-1/diagnostic-overshadowing/index.html',
      webinar: 'webinars/cardiology-ecg-and-qtc/index.html',
      guideline: 'guidelines/lithium-monitoring/index.html',
      'programme page': 'programme/integrated-care-legacy/index.html',
    };
    console.log(`astro build, real content: ${real.toFixed(1)} s`);
    console.log('JavaScript shipped at first load, per prerendered page type:');
    for (const [type, file] of Object.entries(types)) console.log(`  ${type.padEnd(15)} ${(await pageJsBytes(client, file)).toLocaleString('en-GB')} bytes`);
    const assets = await readdir(join(client, '_astro'));
    const island = assets.filter((f) => f.endsWith('.js'));
    let islandBytes = 0;
    for (const f of island) islandBytes += (await stat(join(client, '_astro', f))).size;
    console.log(`  (all island JavaScript, loaded only by pages with an island, e.g. search: ${islandBytes.toLocaleString('en-GB')} bytes in ${island.length} files)`);

    await generateGuidelines(dir, 1000);
    const big = timeBuild(dir);
    console.log(`astro build with 1,000 generated guideline pages added: ${big.toFixed(1)} s (about ${(big - real).toFixed(0)} ms per extra page)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
