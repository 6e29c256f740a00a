// A second `npm start` on a data folder that is in use says which process holds it, and a Postgres that cannot start
// shows its own log lines instead of a bare error.
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataDir, postmasterPid, removeDataDir, startPlatformProcess, timedGet, type PlatformProcess } from './platform-process.ts';

let first: PlatformProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = await newDataDir();
  first = startPlatformProcess(4654, dataDir);
  await first.waitFor(/is running/, 150_000);
}, 180_000);

afterAll(async () => {
  await first.stop();
  await removeDataDir(dataDir);
}, 60_000);

describe('npm start on a data folder', () => {
  it('that another npm start is using says "this data folder is in use by process N", and the first keeps serving', async () => {
    const second = startPlatformProcess(4655, dataDir);
    expect(await second.exited, second.output()).toBe(1);
    expect(second.output()).toContain(`This data folder is in use by process ${postmasterPid(dataDir)}`);
    expect(second.output()).not.toMatch(/TypeError|at .*\.ts:\d+/);
    expect((await timedGet(`${first.url}/courses/mental-health-skills-5-day`)).status).toBe(200);
  }, 60_000);

  it('where Postgres cannot start shows what Postgres said', async () => {
    await first.stop();
    await appendFile(join(dataDir, 'db', 'postgresql.auto.conf'), "shared_buffers = 'plenty'\n");
    const again = startPlatformProcess(4655, dataDir);
    expect(await again.exited, again.output()).toBe(1);
    expect(again.output()).toMatch(/Postgres did not start \(exit code 1\)/);
    expect(again.output()).toMatch(/invalid value for parameter "shared_buffers": "plenty"/);
  }, 60_000);
});
