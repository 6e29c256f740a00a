// The browser's side of search, loaded on first use: fetch the index once, open it, and search it.
import { openIndex, search } from './query.ts';
import { pageSize } from '#lib/paging.ts';
import type { SearchFilters, SearchIndexData, SearchResponse } from './types.ts';

export type SearchFn = (query: string, filters: SearchFilters, page?: number) => SearchResponse;

let loading: Promise<SearchFn> | undefined;

/** Fetches and opens `/search-index.json` on the first call; later calls share it. A failed load can be retried. */
export function loadSearch(url = '/search-index.json', fetcher: typeof fetch = fetch): Promise<SearchFn> {
  loading ??= fetcher(url)
    .then((response) => {
      if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexData>;
    })
    .then((data) => {
      openIndex(data);
      return (query: string, filters: SearchFilters, page = 1) => search(data, query, filters, pageSize, page);
    });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
