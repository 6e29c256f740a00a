// The search island: the same form and results the server rendered, then results as you type and pages without
// reloading. The index is fetched only once someone focuses the form; until it arrives (or if it cannot), the form and
// page links go to the server as before.
import { useCallback, useEffect, useRef, useState, type MouseEvent, type SubmitEvent } from 'react';
import type { SearchFn } from '#lib/search/client.ts';
import { readSearchParams, searchHref, type SearchRequest } from '#lib/search/params.ts';
import type { SearchFilters, SearchResponse, TopicFacet } from '#lib/search/types.ts';
import SearchForm from './SearchForm.tsx';
import SearchResults, { type LoadStatus } from './SearchResults.tsx';

interface Props {
  request: SearchRequest;
  response: SearchResponse;
  topics: TopicFacet[];
}

const typingDelay = 150;

export default function SearchIsland({ request: initialRequest, response: initialResponse, topics }: Props) {
  const [request, setRequest] = useState(initialRequest);
  const [searched, setSearched] = useState({ request: initialRequest, response: initialResponse });
  const [status, setStatus] = useState<LoadStatus>('ready');
  const engine = useRef<Promise<SearchFn> | null>(null);
  const latest = useRef(0);
  const delay = useRef<number | null>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const focusStatus = useRef(false);

  const load = useCallback(() => {
    engine.current ??= import('#lib/search/client.ts').then((m) => m.loadSearch());
    engine.current.catch(() => {
      engine.current = null;
    });
    return engine.current;
  }, []);

  /** A new page of the same search is a new history entry, with focus on its count; anything else replaces the entry. */
  const run = useCallback(
    async (next: SearchRequest, newPage = false) => {
      const id = ++latest.current;
      const timer = setTimeout(() => id === latest.current && setStatus('loading'), 100);
      try {
        const searchFn = await load();
        if (id !== latest.current) return;
        const response = searchFn(next.query, next.filters, next.page);
        setSearched({ request: next, response });
        setStatus('ready');
        focusStatus.current = newPage;
        const href = searchHref({ query: next.query.trim(), filters: next.filters, page: response.page });
        if (newPage) window.history.pushState(null, '', href);
        else window.history.replaceState(window.history.state, '', href);
      } catch {
        if (id === latest.current) setStatus('error');
      } finally {
        clearTimeout(timer);
      }
    },
    [load],
  );

  // Search after a pause in typing, or at once when a filter changes.
  useEffect(() => {
    if (delay.current === null) return;
    const timer = setTimeout(() => run(request), delay.current);
    return () => clearTimeout(timer);
  }, [request, run]);

  useEffect(() => {
    if (focusStatus.current) statusLine.current?.focus();
    focusStatus.current = false;
  }, [searched]);

  const goTo = useCallback(
    (next: SearchRequest, newPage = false) => {
      delay.current = null;
      setRequest(next);
      run(next, newPage);
    },
    [run],
  );

  // Back and forward between pages of results.
  useEffect(() => {
    const onPopState = () => goTo(readSearchParams(new URLSearchParams(window.location.search), topics));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [goTo, topics]);

  const change = (next: SearchRequest, wait: number) => {
    delay.current = wait;
    setRequest(next);
  };
  const setFilter = (key: keyof SearchFilters, value: string) => {
    const filters: SearchFilters = { ...request.filters };
    if (value) Object.assign(filters, { [key]: value });
    else delete filters[key];
    change({ query: request.query, filters }, 0);
  };
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    if (status === 'error') return; // let the browser ask the server instead
    event.preventDefault();
    goTo({ query: request.query, filters: request.filters });
  };
  const onPageChange = (page: number, event: MouseEvent<HTMLAnchorElement>) => {
    if (status === 'error' || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goTo({ ...searched.request, page }, true);
  };

  return (
    <>
      <SearchForm
        request={request}
        topics={topics}
        onActivate={() => {
          load().catch(() => {});
        }}
        onSubmit={onSubmit}
        onQueryChange={(query) => change({ query, filters: request.filters }, typingDelay)}
        onTypeChange={(type) => setFilter('type', type)}
        onTopicChange={(topic) => setFilter('topic', topic)}
      />
      <SearchResults
        response={searched.response}
        request={searched.request}
        status={status}
        statusRef={statusLine}
        onClearFilters={() => change({ query: request.query, filters: {} }, 0)}
        onPageChange={onPageChange}
      />
    </>
  );
}
