// The results area: a live status line with the count, then the results, or help when there are none.
import type { SearchRequest } from '../../lib/search/params.ts';
import type { SearchResponse } from '../../lib/search/types.ts';
import SearchResultItem from './SearchResultItem.tsx';
import { NoResults, PopularSearches } from './SearchSuggestions.tsx';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Props {
  response: SearchResponse;
  /** The filters the response was searched with. */
  request: SearchRequest;
  status: LoadStatus;
  onClearFilters?: () => void;
}

const plural = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;

export function statusText({ response, status }: Pick<Props, 'response' | 'status'>): string {
  if (status === 'loading') return 'Loading search…';
  if (status === 'error') return 'Search could not load. Press Search to try again.';
  if (!response.query) return '';
  if (response.total === 0) return `No results for “${response.query}”`;
  const shown = response.total > response.results.length ? `, showing the first ${response.results.length}` : '';
  return response.fuzzy
    ? `No exact matches for “${response.query}”: ${plural(response.total)} for similar words${shown}`
    : `${plural(response.total)} for “${response.query}”${shown}`;
}

export default function SearchResults({ response, request, status, onClearFilters }: Props) {
  return (
    <div className="app-search-results">
      <p className="nhsuk-body nhsuk-u-font-weight-bold app-search-results__status" role="status" aria-live="polite" aria-atomic="true">
        {statusText({ response, status })}
      </p>
      {!response.query ? (
        <>
          <p className="nhsuk-body">Search courses and lessons, prescribing guidelines, webinars and their transcripts, and pages about the programme.</p>
          <PopularSearches />
        </>
      ) : response.total === 0 ? (
        <NoResults request={request} unfiltered={response.unfiltered} onClearFilters={onClearFilters} />
      ) : (
        <ul className="nhsuk-list app-search-results__list">
          {response.results.map((result) => <SearchResultItem key={result.url} result={result} />)}
        </ul>
      )}
    </div>
  );
}
