// Build time for the real content and for 1,000 generated guideline pages (in a temporary copy, never committed).
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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
  const result = spawnSync('npx', ['astro', 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
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

export async function benchBuild(): Promise<void> {
  const dir = await copyProject();
  try {
    const real = timeBuild(dir);
    console.log(`astro build, real content: ${real.toFixed(1)} s`);

    await generateGuidelines(dir, 1000);
    const big = timeBuild(dir);
    console.log(
      `astro build with 1,000 generated guideline pages added: ${big.toFixed(1)} s (about ${(big - real).toFixed(0)} ms per extra page)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
