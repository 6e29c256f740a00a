// The search page's query string: read it safely, and write links to it.
import { documentTypes, type DocumentType, type SearchFilters, type TopicFacet } from './types.ts';
import { cleanQuery } from './query-text.ts';

export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  /** The page of results, from 2; absent for the first. */
  page?: number;
}

/** `?q=&type=&topic=&page=`; an unknown type or topic, or a page that is not a whole number above 1, is ignored. */
export function readSearchParams(params: URLSearchParams, topics: TopicFacet[]): SearchRequest {
  const type = params.get('type') ?? '';
  const topic = params.get('topic') ?? '';
  const page = Number(params.get('page'));
  return {
    query: cleanQuery(params.get('q')),
    filters: {
      ...((documentTypes as readonly string[]).includes(type) ? { type: type as DocumentType } : {}),
      ...(topics.some((t) => t.value === topic) ? { topic } : {}),
    },
    ...(Number.isSafeInteger(page) && page > 1 ? { page } : {}),
  };
}

/** `/search?q=...`, leaving out what is empty. */
export function searchHref({ query, filters, page }: SearchRequest): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filters.type) params.set('type', filters.type);
  if (filters.topic) params.set('topic', filters.topic);
  if (page && page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/search?${search}` : '/search';
}
