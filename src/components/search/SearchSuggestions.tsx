// What to try when a search finds nothing, and searches to start from.
import { searchHref, type SearchRequest } from '#lib/search/params.ts';

export const popularSearches = ['QTc', 'clozapine bloods', 'lithium level', 'low sodium', 'delirium', 'rapid tranquillisation'];

interface Props {
  request: SearchRequest;
  /** Matches there would be without the filters; 0 hides the suggestion to remove them. */
  unfiltered: number;
  onClearFilters?: () => void;
}

export function NoResults({ request, unfiltered, onClearFilters }: Props) {
  const filtered = Boolean(request.filters.type || request.filters.topic);
  return (
    <div className="app-search-empty">
      <p className="nhsuk-body">Try:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {filtered && unfiltered > 0 && (
          <li>
            <a
              href={searchHref({ query: request.query, filters: {} })}
              onClick={
                onClearFilters &&
                ((e) => {
                  e.preventDefault();
                  onClearFilters();
                })
              }
            >
              searching all types and topics
            </a>{' '}
            ({unfiltered} {unfiltered === 1 ? 'result' : 'results'})
          </li>
        )}
        <li>checking the spelling</li>
        <li>fewer words, or more general ones</li>
        <li>the name of a drug or a condition, such as lithium or hyponatraemia</li>
      </ul>
      <PopularSearches />
    </div>
  );
}

export function PopularSearches() {
  return (
    <>
      <h2 className="nhsuk-heading-s">Popular searches</h2>
      <ul className="nhsuk-list">
        {popularSearches.map((q) => (
          <li key={q}>
            <a href={searchHref({ query: q, filters: {} })}>{q}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
