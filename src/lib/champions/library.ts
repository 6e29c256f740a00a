// The library's search, filters, order and pages, as pure functions of the query string and an index of rows.
import { pageCount } from '#lib/paging.ts';
import { audiences } from './resource-form.ts';

export const pageSize = 20;
export const sorts = { newest: 'Newest first', useful: 'Most useful first' } as const;
export type Sort = keyof typeof sorts;

export interface LibraryQuery {
  q: string;
  tag: string;
  audience: string;
  sort: Sort;
  page: number;
}

/** The few columns of every approved resource that filtering and ordering need. */
export interface IndexRow {
  id: string;
  tags: string[];
  audience: string;
  created_at: string;
  useful_count: number;
}

export function readLibraryQuery(params: URLSearchParams): LibraryQuery {
  const audience = params.get('audience') ?? '';
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().replace(/\s+/g, ' ').slice(0, 100),
    tag: (params.get('tag') ?? '').trim().toLowerCase().slice(0, 30),
    audience: (audiences as readonly string[]).includes(audience) ? audience : '',
    sort: params.get('sort') === 'useful' ? 'useful' : 'newest',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/**
 * The search text as the inside of an `ilike` pattern in a PostgREST `or=(...)` filter. `%`, `_` and `\` are escaped
 * for LIKE. The characters PostgREST's filter syntax reserves (`,` `(` `)` `"` and `*`, its wildcard) cannot be escaped
 * the same way in every PostgREST version, so each becomes `_`, which matches any one character, itself included.
 */
export function ilikeText(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/[,()"*]/g, '_');
}

/** title, summary or note contains the search text, ignoring case. (Tags are matched with `tagMatches`.) */
export function searchFilter(q: string): string {
  const pattern = `*${ilikeText(q)}*`;
  return ['title', 'summary', 'note'].map((column) => `${column}.ilike.${pattern}`).join(',');
}

export function tagMatches(tags: string[], q: string): boolean {
  const needle = q.toLowerCase();
  return tags.some((t) => t.includes(needle));
}

/** Every tag in use, A to Z, for the tag filter. */
export function tagOptions(rows: IndexRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b));
}

/**
 * The ids on the asked-for page, after the filters and in order, and how many match in all. `textMatches` holds the
 * ids whose title, summary or note matched the search (null when there is no search).
 */
export function selectPage(
  rows: IndexRow[],
  query: LibraryQuery,
  textMatches: Set<string> | null,
): { ids: string[]; total: number; pages: number } {
  const matching = rows.filter(
    (r) =>
      (!query.audience || r.audience === query.audience) &&
      (!query.tag || r.tags.includes(query.tag)) &&
      (!textMatches || textMatches.has(r.id) || tagMatches(r.tags, query.q)),
  );
  const newest = (a: IndexRow, b: IndexRow) => b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id);
  matching.sort(query.sort === 'useful' ? (a, b) => b.useful_count - a.useful_count || newest(a, b) : newest);
  const pages = pageCount(matching.length, pageSize);
  const start = (Math.min(query.page, pages) - 1) * pageSize;
  return { ids: matching.slice(start, start + pageSize).map((r) => r.id), total: matching.length, pages };
}

/** The library's address with this query, changed as asked; defaults are left out so addresses stay short. */
export function libraryHref(query: LibraryQuery, change: Partial<LibraryQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.tag) params.set('tag', next.tag);
  if (next.audience) params.set('audience', next.audience);
  if (next.sort !== 'newest') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/champions?${search}` : '/champions';
}
