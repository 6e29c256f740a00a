// A stalled database (every Postgres process stopped with SIGSTOP) must not hang the site: pages and the API answer
// 503 within a few seconds, static pages are untouched, and everything recovers by itself once Postgres moves again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newDataDir,
  postgresProcesses,
  removeDataDir,
  signal,
  startPlatformProcess,
  timedGet,
  type PlatformProcess,
} from './platform-process.ts';

const port = 4653;
const coursePage = '/courses/mental-health-skills-5-day';
const restPath = '/rest/v1/rpc/cohort_availability?course=mental-health-skills-5-day';
let platform: PlatformProcess;
let anonKey: string;

beforeAll(async () => {
  platform = startPlatformProcess(port, await newDataDir());
  await platform.waitFor(/is running/, 150_000);
  anonKey = /Anon key\s+(\S+)/.exec(platform.output())![1]!;
}, 180_000);

afterAll(async () => {
  await platform.stop();
  await removeDataDir(platform.dataDir);
}, 60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('When Postgres stalls (SIGSTOP)', () => {
  it('answers 503 within a few seconds instead of hanging, while static pages answer at once', async () => {
    expect((await timedGet(platform.url + coursePage)).status).toBe(200);
    const stopped = postgresProcesses(platform.dataDir);
    for (const pid of stopped) signal(pid, 'SIGSTOP');
    try {
      const [home, ...answers] = await Promise.all([
        timedGet(`${platform.url}/`),
        ...Array.from({ length: 3 }, () => timedGet(platform.url + coursePage)),
        ...Array.from({ length: 3 }, () => timedGet(platform.url + restPath, { apikey: anonKey })),
      ]);
      expect(home!.status).toBe(200);
      expect(home!.ms).toBeLessThan(2_000);
      for (const [i, answer] of answers.entries()) {
        expect(answer.status, answer.body.slice(0, 300)).toBe(503);
        // Pages give up after the site's 8 s fetch timeout; the API after its 11 s read timeout.
        expect(answer.ms).toBeLessThan(i < 3 ? 12_000 : 15_000);
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    } finally {
      for (const pid of stopped) signal(pid, 'SIGCONT');
    }
  }, 60_000);

  it('recovers by itself once Postgres runs again', async () => {
    let page = await timedGet(platform.url + coursePage);
    for (const started = Date.now(); page.status !== 200 && Date.now() - started < 20_000; await sleep(250))
      page = await timedGet(platform.url + coursePage);
    expect(page.status).toBe(200);
    expect((await timedGet(platform.url + restPath, { apikey: anonKey })).status).toBe(200);
    expect(platform.child.exitCode).toBeNull();
  }, 60_000);
});
