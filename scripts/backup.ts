// npm run backup [FILE]: writes a consistent backup of the embedded database (and the project keys) to FILE, by
// default backups/mind-and-body-<date and time>.tar.gz, while the platform runs or not. `npm run restore FILE` puts it back.
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runningPostmaster } from '#local/data-folder-lock.ts';
import { freePort } from '#local/free-port.ts';
import { startPostgres, superuserUrlFor } from '#local/postgres.ts';
import { copyRunningCluster } from './lib/base-backup.ts';

const exec = promisify(execFile);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const clusterDir = join(dataDir, 'db');
const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
const file = resolve(process.argv[2] ?? join('backups', `mind-and-body-${stamp}.tar.gz`));

if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
  console.error(`There is no database in ${dataDir} to back up: \`npm start\` creates it.`);
  process.exit(1);
}

let staging: string | undefined;
try {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  staging = await mkdtemp(join(dirname(file), '.backup-'));
  const running = runningPostmaster(clusterDir);
  // Not running: start Postgres alone for the copy, so a backup is taken the same way either way.
  const postgres = running ? undefined : await startPostgres(clusterDir, await freePort(), { log: () => {} });
  try {
    const superuserUrl = postgres?.superuserUrl ?? (await superuserUrlFor(clusterDir, running!.port));
    await copyRunningCluster(superuserUrl, clusterDir, join(staging, 'cluster'));
  } finally {
    await postgres?.stop();
  }
  if (existsSync(join(dataDir, 'keys.json'))) await cp(join(dataDir, 'keys.json'), join(staging, 'keys.json'));
  const manifest = {
    format: 'mind-and-body-backup/1',
    postgres: (await readFile(join(clusterDir, 'PG_VERSION'), 'utf8')).trim(),
    takenAt: new Date().toISOString(),
  };
  await writeFile(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // It holds every account's password hash and the project's keys: for the owner's eyes only.
  await writeFile(file, '', { mode: 0o600 });
  await chmod(file, 0o600);
  await exec('tar', ['-czf', file, '-C', staging, '.']);
  console.log(
    `Backed up ${dataDir} to ${file}${running ? ' while the platform was running' : ''}. Restore it with: npm run restore ${file}`,
  );
} catch (error) {
  console.error(`The backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (staging) await rm(staging, { recursive: true, force: true });
}
