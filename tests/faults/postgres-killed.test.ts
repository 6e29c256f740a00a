// kill -9 of Postgres under load: the Node server stays up, static pages keep serving, everything that needs the
// database answers 503 with Retry-After (never a crash, never a 500), and Postgres comes back by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newDataDir,
  postmasterPid,
  removeDataDir,
  signal,
  startPlatformProcess,
  timedGet,
  type PlatformProcess,
} from './platform-process.ts';

const port = 4651;
const coursePage = '/courses/mental-health-skills-5-day';
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

type Result = Awaited<ReturnType<typeof timedGet>> & { path: string };

/** Requests the REST API and an on-demand page from `workers` loops until `until` resolves. */
async function underLoad(until: Promise<unknown>, workers = 6): Promise<Result[]> {
  const results: Result[] = [];
  let done = false;
  void until.then(() => {
    done = true;
  });
  const paths = ['/rest/v1/rpc/cohort_availability?course=mental-health-skills-5-day', coursePage];
  await Promise.all(
    Array.from({ length: workers }, async (_, i) => {
      while (!done) {
        const path = paths[i % paths.length]!;
        results.push({ path, ...(await timedGet(platform.url + path, { apikey: anonKey })) });
      }
    }),
  );
  return results;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('When Postgres is killed with kill -9 under load', () => {
  it('keeps serving: static pages answer 200, database pages and the API 503 with Retry-After, nothing crashes', async () => {
    const load = underLoad(sleep(6_000));
    await sleep(1_000);
    signal(postmasterPid(platform.dataDir), 'SIGKILL');
    const results = await load;

    expect(platform.child.exitCode, platform.output()).toBeNull();
    expect((await timedGet(`${platform.url}/`)).status).toBe(200);
    const failures = results.filter((r) => r.status !== 200);
    expect(new Set(failures.map((f) => f.path)).size, 'the kill reached both the API and the page').toBe(2);
    for (const failure of failures) {
      expect(failure.status, `${failure.path}: ${failure.body.slice(0, 300)}`).toBe(503);
      expect(Number(failure.headers.get('retry-after'))).toBeGreaterThan(0);
      if (failure.path.startsWith('/rest/'))
        expect(JSON.parse(failure.body)).toMatchObject({ code: 'PGRST000', message: expect.stringMatching(/database is not available/) });
      else expect(failure.body).toContain('Sorry, the service is unavailable');
    }
  }, 60_000);

  it('restarts Postgres by itself, the pools reconnect, and the log says what happened', async () => {
    let rest = await timedGet(`${platform.url}/rest/v1/rpc/cohort_availability?course=mental-health-skills-5-day`, { apikey: anonKey });
    for (const started = Date.now(); rest.status !== 200 && Date.now() - started < 30_000; await sleep(250)) {
      rest = await timedGet(`${platform.url}/rest/v1/rpc/cohort_availability?course=mental-health-skills-5-day`, { apikey: anonKey });
    }
    expect(rest.status).toBe(200);
    expect((await timedGet(platform.url + coursePage)).status).toBe(200);
    expect(platform.output()).toMatch(/Postgres stopped unexpectedly .*SIGKILL/);
    expect(platform.output()).toMatch(/Postgres is running again/);
  }, 60_000);

  it('comes back again after a second kill, and signing in works afterwards', async () => {
    signal(postmasterPid(platform.dataDir), 'SIGKILL');
    await sleep(500);
    const signIn = async () =>
      (
        await fetch(`${platform.url}/auth/v1/token?grant_type=password`, {
          method: 'POST',
          headers: { apikey: anonKey, 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'learner@mindbody.example', password: 'Password123!' }),
        })
      ).status;
    let status = await signIn();
    for (const started = Date.now(); status !== 200 && Date.now() - started < 30_000; await sleep(250)) status = await signIn();
    expect(status).toBe(200);
    expect(platform.child.exitCode).toBeNull();
  }, 60_000);
});
