// Searches a serialised index: ranked results with marked snippets, for any input at all (it never throws).
import lunr from 'lunr';
import { analyse, foldToken, metadataOf, tokenise } from './pipeline.ts';
import { buildSnippet, matchedRanges } from './snippet.ts';
import { groupByPage, pageOf } from './group.ts';
import { clampPage, pageSize as defaultPageSize } from '#lib/paging.ts';
import { cleanQuery } from './query-text.ts';
import type { SearchFilters, SearchIndexData, SearchResponse, SearchResult } from './types.ts';

const maxTerms = 40;
/** Other sections of a guideline (or moments of a webinar) linked under its best match. */
const moreLinks = 3;
/** Fuzzy matching costs grow fast with word length and count: only for a few words of ordinary length. */
const fuzzyWords = { min: 4, max: 20, count: 6 };

function editDistanceFor(word: string): number {
  if (word.length < fuzzyWords.min || word.length > fuzzyWords.max) return 0;
  return word.length >= 8 ? 2 : 1;
}

interface Searcher {
  index: lunr.Index;
  data: SearchIndexData;
  topicLabels: Map<string, string>;
  /** Analysed text of the documents already shown, for highlighting. */
  analysed: Map<number, lunr.Token[]>;
}

const opened = new WeakMap<SearchIndexData, Searcher>();

/** Loads the lunr index of `data` once (lunr.Index.load is the slow part) and keeps it with the data. */
export function openIndex(data: SearchIndexData): Searcher {
  let searcher = opened.get(data);
  if (!searcher) {
    searcher = {
      index: lunr.Index.load(data.index),
      data,
      topicLabels: new Map(data.topics.map((t) => [t.value, t.label])),
      analysed: new Map(),
    };
    opened.set(data, searcher);
  }
  return searcher;
}

const prefixPipeline = new lunr.Pipeline();
prefixPipeline.add(lunr.trimmer, lunr.stopWordFilter, foldToken);

/** The last word, unstemmed, to match words still being typed ("hypona" finds hyponatraemia). */
function prefixOf(query: string): string | undefined {
  const last = tokenise(query).at(-1);
  const word = last ? prefixPipeline.run([last]).at(0)?.toString() : undefined;
  return word && word.length >= 3 ? word : undefined;
}

function runQuery(index: lunr.Index, query: string, fuzzy: boolean): lunr.Index.Result[] {
  const seen = new Set<string>();
  const terms = analyse(query)
    .filter((t) => !seen.has(t.toString()) && seen.add(t.toString()))
    .slice(0, maxTerms);
  if (terms.length === 0) return [];
  const prefix = fuzzy ? undefined : prefixOf(query);
  let fuzzyLeft = fuzzyWords.count;
  return index.query((q) => {
    for (const term of terms) {
      const synonym = metadataOf(term).synonym === true;
      const word = term.toString();
      const editDistance = fuzzy && !synonym && fuzzyLeft > 0 ? editDistanceFor(word) : 0;
      if (editDistance) fuzzyLeft--;
      q.term(word, { usePipeline: false, boost: synonym ? 0.7 : 1, ...(editDistance ? { editDistance } : {}) });
    }
    if (prefix) q.term(prefix, { usePipeline: false, boost: 0.3, wildcard: lunr.Query.wildcard.TRAILING });
  });
}

function matches(index: lunr.Index, query: string): { found: lunr.Index.Result[]; fuzzy: boolean } {
  try {
    const found = runQuery(index, query, false);
    if (found.length > 0) return { found, fuzzy: false };
    return { found: runQuery(index, query, true), fuzzy: true };
  } catch {
    return { found: [], fuzzy: false };
  }
}

/**
 * Pure from the caller's side: the index data, the query and filters in; the ranked matches out, grouped by the page
 * they belong to, page `page` of them (`pageSize` a page) with a snippet of the best match's text around the matched
 * words and links to the page's other matches.
 */
export function search(
  data: SearchIndexData,
  query: unknown,
  filters: SearchFilters = {},
  pageSize = defaultPageSize,
  page = 1,
): SearchResponse {
  const cleaned = cleanQuery(query);
  const size = Math.max(1, Math.floor(pageSize) || defaultPageSize);
  const empty: SearchResponse = { query: cleaned, total: 0, unfiltered: 0, fuzzy: false, page: 1, pageSize: size, results: [] };
  if (!cleaned) return empty;
  const searcher = openIndex(data);
  const { found, fuzzy } = matches(searcher.index, cleaned);
  const kept = found.filter(({ ref }) => {
    const doc = data.docs[Number(ref)];
    return doc && (!filters.type || doc.type === filters.type) && (!filters.topic || doc.topic === filters.topic);
  });
  const docOf = (r: lunr.Index.Result) => data.docs[Number(r.ref)]!;
  const groups = groupByPage(
    kept,
    (r) => r.score,
    (r) => pageOf(docOf(r).url),
  );
  const current = clampPage(page, groups.length, size);
  const results = groups.slice((current - 1) * size, current * size).map(({ best: { ref, score, matchData }, others }): SearchResult => {
    const n = Number(ref);
    const doc = data.docs[n]!;
    let tokens = searcher.analysed.get(n);
    if (!tokens) searcher.analysed.set(n, (tokens = analyse(doc.text)));
    const ranges = matchedRanges(doc.text, tokens, new Set(Object.keys(matchData.metadata)));
    const { text: _text, ...shown } = doc;
    const links = others.slice(0, moreLinks).map((r) => {
      const { url, section, start } = docOf(r);
      return { url, ...(section === undefined ? {} : { section }), ...(start === undefined ? {} : { start }) };
    });
    return {
      ...shown,
      topicLabel: searcher.topicLabels.get(doc.topic),
      score: Math.round(score * 1000) / 1000,
      snippet: buildSnippet(doc.text, ranges),
      ...(others.length > 0 ? { more: { count: others.length, links } } : {}),
    };
  });
  return {
    query: cleaned,
    total: groups.length,
    unfiltered: found.length,
    fuzzy: fuzzy && found.length > 0,
    page: current,
    pageSize: size,
    results,
  };
}
