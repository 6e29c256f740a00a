// npm run reset: deletes the local data folder, then starts again from the migrations and demo seed.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

const dataDir = resolve(process.env.DATA_DIR ?? '.data');
await rm(dataDir, { recursive: true, force: true });
console.log(`Deleted ${dataDir}: starting again from the demo data.`);
await import('./start.ts');
