// The results area: a live status line with the count, then a page of results and links to the others, or help when
// there are none.
import type { MouseEvent, Ref } from 'react';
import { pageCount, pageRange } from '#lib/paging.ts';
import { searchHref, type SearchRequest } from '#lib/search/params.ts';
import type { SearchResponse } from '#lib/search/types.ts';
import PageNumbers from '#components/PageNumbers.tsx';
import SearchResultItem from './SearchResultItem.tsx';
import { NoResults, PopularSearches } from './SearchSuggestions.tsx';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Props {
  response: SearchResponse;
  /** The filters the response was searched with. */
  request: SearchRequest;
  status: LoadStatus;
  onClearFilters?: () => void;
  onPageChange?: (page: number, event: MouseEvent<HTMLAnchorElement>) => void;
  /** The status line, which takes focus when the page changes. */
  statusRef?: Ref<HTMLParagraphElement>;
}

const plural = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;

export function statusText({ response, status }: Pick<Props, 'response' | 'status'>): string {
  if (status === 'loading') return 'Loading search…';
  if (status === 'error') return 'Search could not load. Press Search to try again.';
  if (!response.query) return '';
  const { query, total, page, pageSize } = response;
  if (total === 0) return `No results for “${query}”`;
  const { first, last } = pageRange(page, total, pageSize);
  const paged = total > pageSize;
  if (response.fuzzy)
    return `No exact matches for “${query}”: ${paged ? `showing ${first} to ${last} of ` : ''}${plural(total)} for similar words`;
  return `${paged ? `Showing ${first} to ${last} of ` : ''}${plural(total)} for “${query}”`;
}

export default function SearchResults({ response, request, status, onClearFilters, onPageChange, statusRef }: Props) {
  return (
    <div className="app-search-results">
      <p
        className="nhsuk-body nhsuk-u-font-weight-bold app-search-results__status"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        ref={statusRef}
        tabIndex={-1}
      >
        {statusText({ response, status })}
      </p>
      {!response.query ? (
        <>
          <p className="nhsuk-body">
            Search courses and lessons, prescribing guidelines, webinars and their transcripts, and pages about the programme.
          </p>
          <PopularSearches />
        </>
      ) : response.total === 0 ? (
        <NoResults request={request} unfiltered={response.unfiltered} onClearFilters={onClearFilters} />
      ) : (
        <>
          <ul className="nhsuk-list app-search-results__list">
            {response.results.map((result) => (
              <SearchResultItem key={result.url} result={result} />
            ))}
          </ul>
          <PageNumbers
            label="Pages of search results"
            current={response.page}
            pages={pageCount(response.total, response.pageSize)}
            onSelect={onPageChange}
            href={(page) => searchHref({ query: response.query, filters: request.filters, page })}
          />
        </>
      )}
    </div>
  );
}
