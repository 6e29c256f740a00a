// The webinar player: transcript search and current-cue lookup over the longest transcript, and the JavaScript a
// webinar page loads.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform } from '../scripts/lib/platform-server.ts';
import { freePort } from '../supabase/local/free-port.ts';
import { parseWebVtt } from '../src/lib/webinars/webvtt.ts';
import { indexAt, searchTranscript } from '../src/lib/webinars/player.ts';
import { isBuildCurrent } from '../scripts/lib/build-stamp.ts';
import { ms, percentile } from './stats.ts';

const queries = ['QTc', 'clozapine', 'the', 'potassium and magnesium', 'xyzzy', 'sodium'];

async function longestTranscript() {
  const dir = 'content/transcripts';
  const files = (await readdir(dir)).filter((f) => f.endsWith('.vtt'));
  const sized = await Promise.all(files.map(async (f) => ({ f, size: (await stat(join(dir, f))).size })));
  const { f } = sized.sort((a, b) => b.size - a.size)[0]!;
  return { name: f, cues: parseWebVtt(await readFile(join(dir, f), 'utf8')) };
}

/** The JavaScript a page loads: its module scripts and everything they import, from the built HTML. */
async function pageScriptBytes(html: string): Promise<{ files: number; bytes: number }> {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
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

export async function benchWebinarPlayer(): Promise<void> {
  const { name, cues } = await longestTranscript();
  console.log(`  longest transcript: ${name}, ${cues.length} cues, ${Math.round(cues.at(-1)!.end / 60)} minutes`);
  for (const query of queries) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      hits = searchTranscript(cues, query).length;
      times.push(performance.now() - t);
    }
    console.log(`  search "${query}": ${hits} matches, p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
  }
  const lookups: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const t = performance.now();
    indexAt(cues, Math.random() * cues.at(-1)!.end);
    lookups.push(performance.now() - t);
  }
  console.log(`  current cue lookup: p50 ${(percentile(lookups, 50) * 1000).toFixed(1)} µs, p95 ${(percentile(lookups, 95) * 1000).toFixed(1)} µs`);

  if (!(await isBuildCurrent())) {
    console.log('  page JavaScript: skipped, the site is not built from the current sources (run npm run build first)');
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'mbl-bench-player-'));
  const platform = await startPlatform({ port: await freePort(), dataDir });
  let html: string;
  try {
    html = await (await fetch(`${platform.siteUrl}/webinars/integrated-care-project-overview`)).text();
  } finally {
    await platform.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const js = await pageScriptBytes(html);
  console.log(`  webinar page JavaScript: ${(js.bytes / 1024).toFixed(0)} KiB in ${js.files} files (uncompressed)`);
}
