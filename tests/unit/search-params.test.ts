import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readSearchParams, searchHref } from '../../src/lib/search/params.ts';
import { capPerResultsPage, diversify } from '../../src/lib/search/diversify.ts';
import { clampPage, pageCount, pageRange } from '../../src/lib/paging.ts';
import { buildSnippet } from '../../src/lib/search/snippet.ts';
import { formatTime } from '../../src/lib/webinars/format-time.ts';
import SearchResults, { statusText } from '../../src/components/search/SearchResults.tsx';
import type { SearchResponse } from '../../src/lib/search/types.ts';

const topics = [{ value: 'cardiac', label: 'Cardiac', group: 'Guideline topics' }];

describe('search page parameters', () => {
  it('reads the query and the known filters, and ignores unknown ones', () => {
    expect(readSearchParams(new URLSearchParams('q=%20low%20%20sodium%20&type=guideline&topic=cardiac'), topics))
      .toEqual({ query: 'low sodium', filters: { type: 'guideline', topic: 'cardiac' } });
    expect(readSearchParams(new URLSearchParams('type=video&topic=nope'), topics)).toEqual({ query: '', filters: {} });
  });

  it('writes links that leave out what is empty', () => {
    expect(searchHref({ query: 'low sodium', filters: { type: 'guideline' } })).toBe('/search?q=low+sodium&type=guideline');
    expect(searchHref({ query: '', filters: {} })).toBe('/search');
    expect(searchHref({ query: 'qtc', filters: {}, page: 3 })).toBe('/search?q=qtc&page=3');
    expect(searchHref({ query: 'qtc', filters: {}, page: 1 })).toBe('/search?q=qtc');
  });

  it('reads a page only when it is a whole number above 1', () => {
    expect(readSearchParams(new URLSearchParams('q=qtc&page=3'), topics)).toEqual({ query: 'qtc', filters: {}, page: 3 });
    for (const page of ['1', '0', '-2', '1.5', 'two', '', '1e400']) {
      expect(readSearchParams(new URLSearchParams({ q: 'qtc', page }), topics)).toEqual({ query: 'qtc', filters: {} });
    }
  });

  it('reads back the links it writes', () => {
    const requests = [
      { query: 'low sodium', filters: {} },
      { query: 'qtc', filters: { type: 'guideline' as const, topic: 'cardiac' }, page: 2 },
      { query: 'a & b = c?', filters: { topic: 'cardiac' }, page: 40 },
    ];
    for (const request of requests) {
      expect(readSearchParams(new URL(searchHref(request), 'https://example.org').searchParams, topics)).toEqual(request);
    }
  });
});

describe('paging', () => {
  it('counts pages, at least one', () => {
    expect([pageCount(0), pageCount(1), pageCount(20), pageCount(21), pageCount(70)]).toEqual([1, 1, 1, 2, 4]);
    expect(pageCount(70, 30)).toBe(3);
  });

  it('keeps the page asked for within the pages there are', () => {
    expect([clampPage(2, 70), clampPage(9, 70), clampPage(0, 70), clampPage(-1, 70), clampPage(2.7, 70), clampPage(NaN, 70)]).toEqual([2, 4, 1, 1, 2, 1]);
    expect(clampPage(3, 0)).toBe(1);
  });

  it('says which results a page holds', () => {
    expect(pageRange(1, 70)).toEqual({ first: 1, last: 20 });
    expect(pageRange(2, 70)).toEqual({ first: 21, last: 40 });
    expect(pageRange(4, 70)).toEqual({ first: 61, last: 70 });
    expect(pageRange(9, 70)).toEqual({ first: 61, last: 70 });
    expect(pageRange(1, 0)).toEqual({ first: 0, last: 0 });
  });
});

describe('diversify', () => {
  it('lets each further result from the same page count for less', () => {
    const items = [{ id: 'a1', s: 10 }, { id: 'a2', s: 9.5 }, { id: 'a3', s: 9 }, { id: 'b1', s: 8 }];
    expect(diversify(items, (i) => i.s, (i) => i.id[0]!, 4).map((i) => i.id)).toEqual(['a1', 'a2', 'b1', 'a3']);
  });
});

describe('capPerResultsPage', () => {
  /** `w` items are passages of one webinar, `x` of another; the rest belong to no group. */
  const group = (id: string) => (id[0] === 'w' || id[0] === 'x' ? id[0] : undefined);
  const cap = (ids: string[], size = 4, most = 2) => capPerResultsPage(ids, group, size, most);

  it('moves a group’s extra items to later pages while other items can fill the page', () => {
    expect(cap(['w1', 'w2', 'w3', 'w4', 'g1', 'g2', 'g3', 'g4'])).toEqual(['w1', 'w2', 'g1', 'g2', 'w3', 'w4', 'g3', 'g4']);
    expect(cap(['w1', 'x1', 'w2', 'x2', 'w3', 'x3', 'g1'])).toEqual(['w1', 'x1', 'w2', 'x2', 'w3', 'x3', 'g1']);
    expect(cap(['w1', 'w2', 'w3', 'x1', 'x2', 'x3', 'g1', 'g2'])).toEqual(['w1', 'w2', 'x1', 'x2', 'w3', 'x3', 'g1', 'g2']);
  });

  it('fills a page with a group’s items when nothing else is left', () => {
    expect(cap(['w1', 'w2', 'w3', 'w4', 'w5', 'g1'])).toEqual(['w1', 'w2', 'g1', 'w3', 'w4', 'w5']);
    expect(cap(['w1', 'w2', 'w3'])).toEqual(['w1', 'w2', 'w3']);
  });

  it('never caps items of no group, and keeps every item once', () => {
    const ids = ['g1', 'g2', 'g3', 'g4', 'g5', 'w1', 'w2', 'w3', 'x1', 'g6', 'w4', 'w5', 'x2', 'x3', 'x4', 'g7'];
    expect(cap(ids).slice(0, 4)).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(cap(ids).toSorted()).toEqual(ids.toSorted());
    for (let page = 0; page < 3; page++) {
      const shown = cap(ids).slice(page * 4, page * 4 + 4);
      expect(shown.filter((id) => id[0] === 'w').length).toBeLessThanOrEqual(2);
    }
  });
});

describe('buildSnippet', () => {
  const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}\nThe QTc is long here. ${'More words follow. '.repeat(20)}`;
  const at = text.indexOf('QTc');

  it('shows the part of the text around the match, marked', () => {
    const segments = buildSnippet(text, [[at, at + 3]], 120);
    expect(segments[0]).toEqual({ text: '… The ', match: false });
    expect(segments[1]).toEqual({ text: 'QTc', match: true });
    expect(segments.at(-1)!.text.endsWith('…')).toBe(true);
    expect(segments.map((s) => s.text).join('').length).toBeLessThanOrEqual(125);
  });

  it('starts at the beginning when nothing in the text matched', () => {
    expect(buildSnippet('Short text.', [])).toEqual([{ text: 'Short text.', match: false }]);
    expect(buildSnippet('', [])).toEqual([]);
  });
});

describe('formatTime', () => {
  it('writes video times', () => {
    expect([formatTime(0), formatTime(95), formatTime(3725)]).toEqual(['0:00', '1:35', '1:02:05']);
  });
});

describe('SearchResults', () => {
  const response: SearchResponse = {
    query: 'qtc', total: 1, unfiltered: 1, fuzzy: false, page: 1, pageSize: 20,
    results: [{
      type: 'webinar', title: 'Cardiology <b>', section: 'Measuring the QT', topic: 'pharmacy-network', topicLabel: 'Pharmacy network',
      url: '/webinars/c?t=211#cue-211', start: 211, score: 1, snippet: [{ text: '<script>x</script> the ', match: false }, { text: 'QTc', match: true }],
    }],
  };

  it('renders marked snippets as text, never as HTML', () => {
    const html = renderToStaticMarkup(createElement(SearchResults, { response, request: { query: 'qtc', filters: {} }, status: 'ready' }));
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; the </span><mark>QTc</mark>');
    expect(html).toContain('<a href="/webinars/c?t=211#cue-211">Cardiology &lt;b&gt; – transcript at 3:31</a>');
    expect(html).not.toContain('<script>');
  });

  it('says how many results there are, in words a screen reader can announce', () => {
    expect(statusText({ response, status: 'ready' })).toBe('1 result for “qtc”');
    expect(statusText({ response: { ...response, total: 0, results: [] }, status: 'ready' })).toBe('No results for “qtc”');
    expect(statusText({ response: { ...response, total: 20 }, status: 'ready' })).toBe('20 results for “qtc”');
    expect(statusText({ response: { ...response, total: 70, page: 2 }, status: 'ready' })).toBe('Showing 21 to 40 of 70 results for “qtc”');
    expect(statusText({ response: { ...response, total: 70, page: 4 }, status: 'ready' })).toBe('Showing 61 to 70 of 70 results for “qtc”');
    expect(statusText({ response: { ...response, fuzzy: true, total: 25 }, status: 'ready' }))
      .toBe('No exact matches for “qtc”: showing 1 to 20 of 25 results for similar words');
    expect(statusText({ response: { ...response, fuzzy: true, total: 3 }, status: 'ready' })).toBe('No exact matches for “qtc”: 3 results for similar words');
    expect(statusText({ response, status: 'loading' })).toBe('Loading search…');
  });

  const render = (changes: Partial<SearchResponse>, filters = {}) =>
    renderToStaticMarkup(createElement(SearchResults, { response: { ...response, ...changes }, request: { query: 'qtc', filters }, status: 'ready' }));

  it('links to the other pages of results, keeping the filters', () => {
    const html = render({ total: 70, page: 2 }, { type: 'guideline' });
    expect(html).toContain('<nav class="nhsuk-pagination nhsuk-pagination--numbered" role="navigation" aria-label="Pages of search results">');
    expect(html).toMatch(/<a href="\/search\?q=qtc&amp;type=guideline" class="nhsuk-pagination__previous" rel="prev">/);
    expect(html).toMatch(/<a href="\/search\?q=qtc&amp;type=guideline&amp;page=3" class="nhsuk-pagination__next" rel="next">/);
    expect(html).toContain('<a href="/search?q=qtc&amp;type=guideline&amp;page=2" class="nhsuk-pagination__link" aria-label="Page 2" aria-current="page">2</a>');
    expect(html.match(/aria-label="Page \d"/g)).toEqual(['aria-label="Page 1"', 'aria-label="Page 2"', 'aria-label="Page 3"', 'aria-label="Page 4"']);
  });

  it('leaves out links that go nowhere', () => {
    expect(render({ total: 20 })).not.toContain('nhsuk-pagination');
    const first = render({ total: 70 });
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('rel="next"');
    const last = render({ total: 70, page: 4 });
    expect(last).toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
  });

  it('shows gaps between far-apart page numbers', () => {
    const html = render({ total: 200, page: 5 });
    expect(html.match(/aria-label="Page \d+"/g)).toEqual(['aria-label="Page 1"', 'aria-label="Page 4"', 'aria-label="Page 5"', 'aria-label="Page 6"', 'aria-label="Page 10"']);
    expect(html.match(/nhsuk-pagination__item--ellipsis/g)).toHaveLength(2);
  });
});
