// npm run search -- "low sodium" [--type=guideline] [--topic=electrolytes] [--limit=10]
// Prints the top results from the same index the site serves, one a line: rank, type, title and URL, tab-separated.
import { indexFromContent } from '#lib/search/load-index.ts';
import { readSearchParams } from '#lib/search/params.ts';
import { search } from '#lib/search/query.ts';

const options = new Map<string, string>();
const words: string[] = [];
for (const arg of process.argv.slice(2)) {
  const option = /^--(type|topic|limit)=(.*)$/.exec(arg);
  if (option) options.set(option[1]!, option[2]!);
  else words.push(arg);
}
if (words.length === 0) {
  console.error('Usage: npm run search -- "query" [--type=guideline|webinar|course|lesson|page] [--topic=<topic>] [--limit=10]');
  process.exit(2);
}

const data = await indexFromContent();
const { query, filters } = readSearchParams(
  new URLSearchParams({ q: words.join(' '), type: options.get('type') ?? '', topic: options.get('topic') ?? '' }),
  data.topics,
);
const limit = Math.max(1, Math.min(100, Number(options.get('limit') ?? 10) || 10));
const response = search(data, query, filters, limit);

if (response.total === 0) console.error(`No results for "${response.query}".`);
else if (response.fuzzy) console.error(`No exact matches for "${response.query}"; results for similar words:`);
response.results.forEach((r, i) => console.log([i + 1, r.type, r.title, r.url].join('\t')));
