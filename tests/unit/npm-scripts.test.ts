// The npm scripts run files that exist, and `npm test` counts failed steps apart from failed tests.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summary } from '../../scripts/lib/test-summary.ts';

describe('npm scripts', () => {
  it('every `node <file>` in package.json names a file that exists', () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    const files = Object.entries(scripts).flatMap(([name, command]) =>
      [...command.matchAll(/\bnode (\S+\.ts)\b/g)].map((m) => [name, m[1]!] as const),
    );
    expect(files.map(([name]) => name)).toEqual(expect.arrayContaining(['test', 'test:e2e', 'content:check']));
    expect(files.filter(([, file]) => !existsSync(file))).toEqual([]);
  });
});

describe('npm run build', () => {
  it('never writes to a database by itself: syncing the catalog is its own deploy step', () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    expect(scripts.build).not.toMatch(/catalog-sync|catalog:sync|DATABASE_URL/);
    expect(scripts['catalog:sync']).toBe('node scripts/catalog-sync.ts');
  });
});

describe("npm test's summary", () => {
  it('counts a failed step as a failed step, not as a failed test', () => {
    const { lines, ok } = summary(
      [
        { name: 'Typecheck (astro check)', ok: false },
        { name: 'Unit and database tests (vitest)', ok: true },
      ],
      { passed: 12, failed: 0, skipped: 1 },
    );
    expect(ok).toBe(false);
    expect(lines).toEqual([
      'FAIL  Typecheck (astro check)',
      'ok    Unit and database tests (vitest)',
      '',
      'Tests: 12 passed, 0 failed, 1 skipped',
      'Steps: 1 ok, 1 failed (Typecheck (astro check))',
      'No test failed, but 1 step did: see above.',
    ]);
  });

  it('passes only when every step and every test passed', () => {
    expect(summary([{ name: 'Build', ok: true }], { passed: 3, failed: 0, skipped: 0 })).toEqual({
      ok: true,
      lines: ['ok    Build', '', 'Tests: 3 passed, 0 failed, 0 skipped', 'Steps: 1 ok, 0 failed'],
    });
    expect(summary([{ name: 'Build', ok: true }], { passed: 3, failed: 2, skipped: 0 }).ok).toBe(false);
  });
});
