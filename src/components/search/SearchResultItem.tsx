// One result: a link to the page, section or moment, its type and topic, and a snippet around the matched words.
import { formatTime } from '#lib/webinars/format-time.ts';
import { typeLabels } from '#lib/search/topics.ts';
import type { DocumentType, MoreLink, SearchResult } from '#lib/search/types.ts';
import Snippet from './Snippet.tsx';

const tagColours: Record<DocumentType, string> = {
  guideline: 'nhsuk-tag--purple',
  webinar: 'nhsuk-tag--orange',
  course: 'nhsuk-tag--blue',
  lesson: 'nhsuk-tag--aqua-green',
  page: 'nhsuk-tag--grey',
};

/** Link text names the exact place: the guideline and its section, or the webinar and the time in its transcript. */
function linkText(result: SearchResult): string {
  if (result.start !== undefined) return `${result.title} – transcript at ${formatTime(result.start)}`;
  return result.section ? `${result.title} – ${result.section}` : result.title;
}

function moreLabel(link: MoreLink): string {
  if (link.start !== undefined) return `Transcript at ${formatTime(link.start)}${link.section ? ` (${link.section})` : ''}`;
  return link.section ?? 'Overview';
}

function moreHeading(type: DocumentType, count: number): string {
  const what = type === 'webinar' ? (count === 1 ? 'moment' : 'moments') : count === 1 ? 'section' : 'sections';
  const where = type === 'guideline' ? 'this guideline' : type === 'webinar' ? 'this webinar' : 'this page';
  return `${count} more ${what} in ${where}`;
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
      {result.more && (
        <div className="app-search-result__more">
          <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-1">{moreHeading(result.type, result.more.count)}:</p>
          <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
            {result.more.links.map((link) => (
              <li key={link.url} className="nhsuk-u-margin-bottom-1">
                <a href={link.url}>{moreLabel(link)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
