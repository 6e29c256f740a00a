// The JavaScript each page type loads, read from the pages the built site serves: module scripts, island components
// and everything they import; then what a first visit to each transfers.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform } from '../scripts/lib/platform-server.ts';
import { freePort } from '#local/free-port.ts';
import { printTransferredCold } from './page-weight.ts';

const pages: Record<string, string> = {
  home: '/',
  'course page': '/courses/mental-health-skills-5-day',
  lesson: '/courses/mental-health-skills-5-day/day-1/diagnostic-overshadowing',
  guideline: '/guidelines/lithium-monitoring',
  'programme page': '/programme/integrated-care-legacy',
  'webinar (player)': '/webinars/integrated-care-project-overview',
  quiz: '/quizzes/mental-health-skills-5-day-day-1',
  search: '/search',
};

/** Bytes of every script a page loads, following imports between the built chunks. */
async function scriptBytes(html: string): Promise<{ files: number; bytes: number }> {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(join('dist/client', file), 'utf8');
    bytes += Buffer.byteLength(text);
    for (const m of text.matchAll(/from\s*"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)/g)) queue.push(`/_astro/${m[1] ?? m[2]}`);
  }
  return { files: seen.size, bytes };
}

export async function benchPageJs(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-pages-'));
  const platform = await startPlatform({ port: await freePort(), dataDir });
  try {
    console.log('  JavaScript a signed-out visitor loads, uncompressed (inline scripts included):');
    for (const [type, path] of Object.entries(pages)) {
      const { files, bytes } = await scriptBytes(await (await fetch(`${platform.siteUrl}${path}`)).text());
      console.log(`    ${type.padEnd(18)} ${(bytes / 1024).toFixed(1).padStart(6)} KiB in ${files} files`);
    }
    await printTransferredCold(platform.siteUrl, pages);
  } finally {
    await platform.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
