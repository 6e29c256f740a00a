// npm run restore FILE: replaces the embedded database (and the project keys) with a backup from `npm run backup`.
// The platform must be stopped first. The data it replaces is kept beside it until you delete it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, mkdtemp, readFile, realpath, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DataFolderInUseError, assertDataFolderFree } from '#local/data-folder-lock.ts';
import { postgresUser } from '#local/postgres-binaries.ts';

const exec = promisify(execFile);
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const clusterLink = join(dataDir, 'db');
const file = process.argv[2];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!file) fail('Say which backup to restore: npm run restore backups/mind-and-body-<date>.tar.gz');
if (!existsSync(file)) fail(`There is no backup at ${resolve(file)}.`);
try {
  assertDataFolderFree(clusterLink);
} catch (error) {
  if (error instanceof DataFolderInUseError) fail(`${error.message.split(':')[0]}: stop \`npm start\` (Ctrl-C) before restoring.`);
  throw error;
}

// As root from a private folder the cluster lives elsewhere, linked from the data folder: restore it there.
const cluster = (await lstat(clusterLink).catch(() => undefined))?.isSymbolicLink() ? await realpath(clusterLink) : clusterLink;
await mkdir(dirname(cluster), { recursive: true });
const staging = await mkdtemp(`${cluster}.restoring-`);
try {
  await exec('tar', ['-xzf', resolve(file), '-C', staging]);
  const manifest = JSON.parse(await readFile(join(staging, 'manifest.json'), 'utf8').catch(() => '{}'));
  if (manifest.format !== 'mind-and-body-backup/1' || !existsSync(join(staging, 'cluster', 'PG_VERSION'))) {
    await rm(staging, { recursive: true, force: true });
    fail(`${file} is not a backup made by \`npm run backup\`.`);
  }
  const runAs = await postgresUser();
  if (runAs.uid !== undefined) await exec('chown', ['-R', `${runAs.uid}:${runAs.gid}`, join(staging, 'cluster')]);
  await exec('chmod', ['700', join(staging, 'cluster')]);
  const previous = `${cluster}.before-restore-${Date.now()}`;
  if (existsSync(cluster)) await rename(cluster, previous);
  await rename(join(staging, 'cluster'), cluster);
  if (existsSync(join(staging, 'keys.json'))) await cp(join(staging, 'keys.json'), join(dataDir, 'keys.json'));
  console.log(`Restored ${resolve(file)} (taken ${manifest.takenAt}) into ${dataDir}.`);
  if (existsSync(previous)) console.log(`The data it replaced is kept in ${previous}: delete it when you no longer need it.`);
  console.log('Start the platform with: npm start');
} finally {
  await rm(staging, { recursive: true, force: true });
}
