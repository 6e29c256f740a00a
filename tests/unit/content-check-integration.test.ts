// Astro runs the content check itself: a bad file stops a build with the same lines as npm run content:check, and
// the dev server reports them and keeps running.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCheck } from '#lib/content/check-integration.ts';

const valid = fileURLToPath(new URL('../fixtures/content/valid', import.meta.url));
const COHORT = 'content/cohorts/first-aid-2027-01.yaml';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A project folder whose content/ is the valid fixture tree, with the cohort's end date written as words. */
async function project(broken: boolean): Promise<URL> {
  const root = await mkdtemp(join(tmpdir(), 'content-integration-'));
  made.push(root);
  await cp(valid, join(root, 'content'), { recursive: true });
  if (broken) {
    const text = await readFile(join(root, COHORT), 'utf8');
    await writeFile(join(root, COHORT), text.replace('end: 2027-01-15', 'end: next Tuesday'));
  }
  return pathToFileURL(`${root}/`);
}

function runSetup(root: URL, command: 'build' | 'dev') {
  const logged: string[] = [];
  const logger = { error: (line: string) => logged.push(line) };
  const setup = contentCheck().hooks['astro:config:setup']!;
  return { logged, done: setup({ config: { root }, command, logger } as unknown as Parameters<typeof setup>[0]) };
}

describe('the content check inside Astro', () => {
  it('stops a build with the file, the field and what was expected', async () => {
    const { done } = runSetup(await project(true), 'build');
    await expect(done).rejects.toThrow(
      '1 content problem(s) found:\ncontent/cohorts/first-aid-2027-01.yaml: end: expected a date written as YYYY-MM-DD',
    );
  });

  it('lets a build of valid content go on', async () => {
    const { done, logged } = runSetup(await project(false), 'build');
    await expect(done).resolves.toBeUndefined();
    expect(logged).toEqual([]);
  });

  it('reports the problem in the dev server and keeps it running', async () => {
    const { done, logged } = runSetup(await project(true), 'dev');
    await expect(done).resolves.toBeUndefined();
    expect(logged).toEqual(['content/cohorts/first-aid-2027-01.yaml: end: expected a date written as YYYY-MM-DD']);
  });
});
