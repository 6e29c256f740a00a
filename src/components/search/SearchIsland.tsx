// The search island: the same form and results the server rendered, then results as you type. The index is fetched
// only once someone focuses the form; until it arrives (or if it cannot), the form submits to the server as before.
import { useCallback, useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { SearchFn } from '../../lib/search/client.ts';
import { searchHref, type SearchRequest } from '../../lib/search/params.ts';
import type { SearchFilters, SearchResponse, TopicFacet } from '../../lib/search/types.ts';
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

  const load = useCallback(() => {
    engine.current ??= import('../../lib/search/client.ts').then((m) => m.loadSearch());
    engine.current.catch(() => { engine.current = null; });
    return engine.current;
  }, []);

  const run = useCallback(async (next: SearchRequest) => {
    const id = ++latest.current;
    const timer = setTimeout(() => id === latest.current && setStatus('loading'), 100);
    try {
      const searchFn = await load();
      if (id !== latest.current) return;
      setSearched({ request: next, response: searchFn(next.query, next.filters) });
      setStatus('ready');
      window.history.replaceState(window.history.state, '', searchHref({ query: next.query.trim(), filters: next.filters }));
    } catch {
      if (id === latest.current) setStatus('error');
    } finally {
      clearTimeout(timer);
    }
  }, [load]);

  // Search after a pause in typing, or at once when a filter changes.
  useEffect(() => {
    if (delay.current === null) return;
    const timer = setTimeout(() => run(request), delay.current);
    return () => clearTimeout(timer);
  }, [request, run]);

  const change = (next: SearchRequest, wait: number) => {
    delay.current = wait;
    setRequest(next);
  };
  const setFilter = (key: keyof SearchFilters, value: string) => {
    const filters: SearchFilters = { ...request.filters };
    if (value) Object.assign(filters, { [key]: value });
    else delete filters[key];
    change({ ...request, filters }, 0);
  };
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    if (status === 'error') return; // let the browser ask the server instead
    event.preventDefault();
    delay.current = null;
    run(request);
  };

  return (
    <>
      <SearchForm
        request={request} topics={topics} onActivate={() => { load().catch(() => {}); }} onSubmit={onSubmit}
        onQueryChange={(query) => change({ ...request, query }, typingDelay)}
        onTypeChange={(type) => setFilter('type', type)} onTopicChange={(topic) => setFilter('topic', topic)}
      />
      <SearchResults
        response={searched.response} request={searched.request} status={status}
        onClearFilters={() => change({ ...request, filters: {} }, 0)}
      />
    </>
  );
}
