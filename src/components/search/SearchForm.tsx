// The search form: a GET form to /search that works without JavaScript; the island only listens to it.
import type { SubmitEvent } from 'react';
import type { SearchRequest } from '#lib/search/params.ts';
import { typeLabels } from '#lib/search/topics.ts';
import { documentTypes, type TopicFacet } from '#lib/search/types.ts';

interface Props {
  request: SearchRequest;
  topics: TopicFacet[];
  onQueryChange?: (query: string) => void;
  onTypeChange?: (type: string) => void;
  onTopicChange?: (topic: string) => void;
  /** First focus or keystroke: time to fetch the index. */
  onActivate?: () => void;
  onSubmit?: (event: SubmitEvent<HTMLFormElement>) => void;
}

const typePlurals: Record<string, string> = {
  guideline: 'Guidelines',
  webinar: 'Webinars and transcripts',
  course: 'Courses',
  lesson: 'Lessons',
  page: 'Programme pages',
};

export default function SearchForm({ request, topics, onQueryChange, onTypeChange, onTopicChange, onActivate, onSubmit }: Props) {
  const groups = [...new Set(topics.map((t) => t.group))];
  return (
    <form method="get" action="/search" role="search" aria-label="Site" onSubmit={onSubmit}>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-label--s" htmlFor="search-q">
          Search courses, webinars and guidelines
        </label>
        <div className="nhsuk-hint" id="search-q-hint">
          For example QTc, low sodium, clozapine bloods or a phrase from a webinar
        </div>
        <input
          className="nhsuk-input"
          id="search-q"
          name="q"
          type="search"
          aria-describedby="search-q-hint"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={request.query}
          onChange={(e) => onQueryChange?.(e.target.value)}
          onFocus={onActivate}
        />
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="search-type">
              Type
            </label>
            <select
              className="nhsuk-select"
              id="search-type"
              name="type"
              value={request.filters.type ?? ''}
              onChange={(e) => onTypeChange?.(e.target.value)}
              onFocus={onActivate}
            >
              <option value="">All types</option>
              {documentTypes.map((type) => (
                <option key={type} value={type}>
                  {typePlurals[type] ?? typeLabels[type]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="nhsuk-grid-column-one-half">
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="search-topic">
              Topic
            </label>
            <select
              className="nhsuk-select"
              id="search-topic"
              name="topic"
              value={request.filters.topic ?? ''}
              onChange={(e) => onTopicChange?.(e.target.value)}
              onFocus={onActivate}
            >
              <option value="">All topics</option>
              {groups.map((group) => (
                <optgroup key={group} label={group}>
                  {topics
                    .filter((t) => t.group === group)
                    .map((t) => (
                      <option key={t.value} value={t.value}>
                        {t.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
        </div>
      </div>
      <button className="nhsuk-button" type="submit" data-module="nhsuk-button">
        Search
      </button>
    </form>
  );
}
