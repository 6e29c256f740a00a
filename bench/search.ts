// npm run bench -- search: index size and build time for the real content, then index size, build time, load time and
// search latency over 2,000 guideline sections (the real ones plus guideline-like sections generated in memory).
import { gzipSync } from 'node:zlib';
import { buildIndex } from '#lib/search/build-index.ts';
import { documentsFromContent } from '#lib/search/load-index.ts';
import { openIndex, search } from '#lib/search/query.ts';
import type { SearchDocument, SearchIndexData } from '#lib/search/types.ts';
import { ms, percentile } from './stats.ts';

const targetSections = 2000;
const queries = [
  'QTc',
  'low sodium',
  'raised prolactin',
  'white cell count clozapine',
  'blood sugar antipsychotic',
  'hyponatremia',
  'delirium',
  'lithium level',
  'rapid tranquillisation',
  'smoking clozapine',
  'weight gain metformin',
  'valproate pregnancy',
  'constipation',
  'nms',
  'serotonin syndrome',
  'kidney function lithium',
  'hypona',
  'hyponatramia',
  'ecg before haloperidol',
  'fits',
];

/** A small seeded generator, so every run indexes the same generated text. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Guideline-like sections made by recombining sentences of the real ones, until there are `target` in all. */
function withGeneratedSections(docs: SearchDocument[], target: number): SearchDocument[] {
  const real = docs.filter((d) => d.type === 'guideline');
  const sentences = real.flatMap((d) => d.text.split(/(?<=[.;:])\s+|\n/)).filter((s) => s.length > 20);
  const next = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const extra: SearchDocument[] = [];
  for (let i = 0; real.length + extra.length < target; i++) {
    const template = pick(real);
    const guideline = `generated-${Math.floor(i / 8)}`;
    const text = Array.from({ length: 4 + Math.floor(next() * 8) }, () => pick(sentences)).join(' ');
    extra.push({
      ...template,
      id: `guideline:${guideline}#s${i}`,
      title: `${template.title} (variant ${Math.floor(i / 8)})`,
      text,
      url: `/guidelines/${guideline}#s${i}`,
    });
  }
  return [...docs, ...extra];
}

function sizes(data: SearchIndexData) {
  const json = JSON.stringify(data);
  return `${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB (${(gzipSync(json).length / 1024).toFixed(0)} KiB gzipped)`;
}

function timeBuild(docs: SearchDocument[], runs = 3): { data: SearchIndexData; times: number[] } {
  let data!: SearchIndexData;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    data = buildIndex(docs);
    times.push(performance.now() - start);
  }
  return { data, times };
}

export async function benchSearch(): Promise<void> {
  const docs = await documentsFromContent();
  const realSections = docs.filter((d) => d.type === 'guideline').length;
  const real = timeBuild(docs);
  console.log(
    `real content: ${docs.length} documents (${realSections} guideline sections); index ${sizes(real.data)}; build ${ms(percentile(real.times, 50))}`,
  );

  const corpus = withGeneratedSections(docs, targetSections);
  const big = timeBuild(corpus);
  const sections = corpus.filter((d) => d.type === 'guideline').length;
  console.log(
    `${sections} guideline sections (${sections - realSections} generated), ${corpus.length} documents: index ${sizes(big.data)}; build ${ms(percentile(big.times, 50))}`,
  );

  // As the browser does it: parse the JSON and load the lunr index.
  const json = JSON.stringify(big.data);
  const loadStart = performance.now();
  const parsed = JSON.parse(json) as SearchIndexData;
  openIndex(parsed);
  console.log(`JSON.parse + lunr.Index.load: ${ms(performance.now() - loadStart)}`);

  for (const q of queries) search(parsed, q); // warm up
  const latencies: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const q of queries) {
      const start = performance.now();
      search(parsed, q);
      latencies.push(performance.now() - start);
    }
  }
  console.log(
    `search with snippets (top 20), ${latencies.length} queries: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}`,
  );
}
