// Time from `npm start` to the first page served: cold (new data folder: initdb, migrations, seed) and warm.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '#local/free-port.ts';

async function timeToFirstPage(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 600; i++) {
      try {
        const response = await fetch(`http://localhost:${port}/`);
        if (response.ok) return performance.now() - started;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the platform did not serve its first page within 30 s');
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function benchStartTime(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-start-'));
  try {
    const cold = await timeToFirstPage(dataDir);
    const warm = [await timeToFirstPage(dataDir), await timeToFirstPage(dataDir), await timeToFirstPage(dataDir)];
    console.log('npm start → first page (site already built)');
    console.log(`  cold (new data folder: initdb, migrations, seed): ${(cold / 1000).toFixed(2)} s`);
    console.log(`  warm (existing data), best of 3:                  ${(Math.min(...warm) / 1000).toFixed(2)} s`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
