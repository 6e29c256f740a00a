// npm run reset: deletes the local data folder, then starts again from the migrations and demo seed.
import { lstat, realpath, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const dataDir = resolve(process.env.DATA_DIR ?? '.data');
// As root from a private folder the cluster lives elsewhere, linked from the data folder: delete it too.
const cluster = join(dataDir, 'db');
if ((await lstat(cluster).catch(() => undefined))?.isSymbolicLink()) {
  await rm(await realpath(cluster), { recursive: true, force: true }).catch(() => {});
}
await rm(dataDir, { recursive: true, force: true });
console.log(`Deleted ${dataDir}: starting again from the demo data.`);
await import('./start.ts');
