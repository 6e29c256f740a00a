// The webinar player: transcript search and current-cue lookup over the longest transcript.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseWebVtt } from '#lib/webinars/webvtt.ts';
import { indexAt, searchTranscript } from '#lib/webinars/player.ts';
import { ms, percentile } from './stats.ts';

const queries = ['QTc', 'clozapine', 'the', 'potassium and magnesium', 'xyzzy', 'sodium'];

async function longestTranscript() {
  const dir = 'content/transcripts';
  const files = (await readdir(dir)).filter((f) => f.endsWith('.vtt'));
  const sized = await Promise.all(files.map(async (f) => ({ f, size: (await stat(join(dir, f))).size })));
  const { f } = sized.sort((a, b) => b.size - a.size)[0]!;
  return { name: f, cues: parseWebVtt(await readFile(join(dir, f), 'utf8')) };
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
  console.log(
    `  current cue lookup: p50 ${(percentile(lookups, 50) * 1000).toFixed(1)} µs, p95 ${(percentile(lookups, 95) * 1000).toFixed(1)} µs`,
  );
}
