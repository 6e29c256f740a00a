// The search page's query string: read it safely, and write links to it.
import { documentTypes, type DocumentType, type SearchFilters, type TopicFacet } from './types.ts';
import { cleanQuery } from './query-text.ts';

export interface SearchRequest {
  query: string;
  filters: SearchFilters;
}

/** `?q=&type=&topic=`; an unknown type or topic is ignored rather than an error. */
export function readSearchParams(params: URLSearchParams, topics: TopicFacet[]): SearchRequest {
  const type = params.get('type') ?? '';
  const topic = params.get('topic') ?? '';
  return {
    query: cleanQuery(params.get('q')),
    filters: {
      ...((documentTypes as readonly string[]).includes(type) ? { type: type as DocumentType } : {}),
      ...(topics.some((t) => t.value === topic) ? { topic } : {}),
    },
  };
}

/** `/search?q=...`, leaving out what is empty. */
export function searchHref({ query, filters }: SearchRequest): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filters.type) params.set('type', filters.type);
  if (filters.topic) params.set('topic', filters.topic);
  const search = params.toString();
  return search ? `/search?${search}` : '/search';
}
