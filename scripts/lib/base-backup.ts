// A consistent copy of a running cluster, taken as pg_basebackup takes it, with Postgres's own backup functions:
// pg_backup_start, copy the files while Postgres runs, pg_backup_stop, then add the WAL written meanwhile. Started
// from the copy, Postgres replays that WAL and opens exactly the data committed when the backup ended. The server
// itself does the work, so the backup always matches its major version (no pg_dump 18 is on npm or in Debian 12).
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

/** Folders whose contents Postgres rebuilds at start (pg_basebackup leaves them empty too). */
const emptied = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);
const skipped = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);

const gone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Copies `from` into `to`; files that Postgres deletes during the copy (temporary files, dropped tables) are left out. */
async function copyTree(from: string, to: string, top: boolean): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  const entries = await readdir(from, { withFileTypes: true }).catch((error) => (gone(error) ? [] : Promise.reject(error)));
  for (const entry of entries) {
    if (top && skipped.has(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && emptied.has(entry.name))
        await mkdir(join(target, entry.name === 'pg_wal' ? 'archive_status' : ''), { recursive: true, mode: 0o700 });
      else await copyTree(source, target, false);
    } else if (entry.isFile()) {
      await copyFile(source, target).catch((error) => {
        if (!gone(error)) throw error;
      });
    }
  }
}

/** Copies the cluster in `clusterDir`, which runs and is reached with `adminUrl`, into the new folder `into`. */
export async function copyRunningCluster(adminUrl: string, clusterDir: string, into: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('select pg_backup_start($1, fast => true)', ['npm run backup']);
    let stop: { labelfile: string; spcmapfile: string | null };
    try {
      await copyTree(clusterDir, into, true);
    } finally {
      stop = (await client.query('select labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)')).rows[0];
    }
    // Closes the current WAL segment, so the one holding the end of the backup is complete on disk.
    await client.query('select pg_switch_wal()');
    await writeFile(join(into, 'backup_label'), stop.labelfile, { mode: 0o600 });
    if (stop.spcmapfile) await writeFile(join(into, 'tablespace_map'), stop.spcmapfile, { mode: 0o600 });
    for (const name of await readdir(join(clusterDir, 'pg_wal'))) {
      if (/^[0-9A-F]{24}$/.test(name))
        await copyFile(join(clusterDir, 'pg_wal', name), join(into, 'pg_wal', name)).catch((error) => {
          if (!gone(error)) throw error;
        });
    }
  } finally {
    await client.end();
  }
}
