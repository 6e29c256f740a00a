// One result: a link to the page, section or moment, its type and topic, and a snippet around the matched words.
import { formatTime } from '../../lib/webinars/format-time.ts';
import { typeLabels } from '../../lib/search/topics.ts';
import type { DocumentType, SearchResult } from '../../lib/search/types.ts';
import Snippet from './Snippet.tsx';

const tagColours: Record<DocumentType, string> = {
  guideline: 'nhsuk-tag--purple', webinar: 'nhsuk-tag--orange', course: 'nhsuk-tag--blue', lesson: 'nhsuk-tag--aqua-green', page: 'nhsuk-tag--grey',
};

/** Link text names the exact place: the guideline and its section, or the webinar and the time in its transcript. */
function linkText(result: SearchResult): string {
  if (result.start !== undefined) return `${result.title} – transcript at ${formatTime(result.start)}`;
  return result.section ? `${result.title} – ${result.section}` : result.title;
}

export default function SearchResultItem({ result }: { result: SearchResult }) {
  const details = [
    result.start !== undefined && result.section ? `Chapter: ${result.section}` : '',
    result.topicLabel ?? '',
    result.membersOnly ? 'Pharmacy network members only' : '',
  ].filter(Boolean);
  return (
    <li className="app-search-result">
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
        <a href={result.url}>{linkText(result)}</a>
      </h2>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 app-search-result__meta">
        <strong className={`nhsuk-tag ${tagColours[result.type]}`}>{typeLabels[result.type]}</strong> {details.join(' · ')}
      </p>
      {result.snippet.length > 0 && <Snippet segments={result.snippet} />}
    </li>
  );
}
