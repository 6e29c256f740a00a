import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readSearchParams, searchHref } from '../../src/lib/search/params.ts';
import { diversify } from '../../src/lib/search/diversify.ts';
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
  });
});

describe('diversify', () => {
  it('lets each further result from the same page count for less', () => {
    const items = [{ id: 'a1', s: 10 }, { id: 'a2', s: 9.5 }, { id: 'a3', s: 9 }, { id: 'b1', s: 8 }];
    expect(diversify(items, (i) => i.s, (i) => i.id[0]!, 4).map((i) => i.id)).toEqual(['a1', 'a2', 'b1', 'a3']);
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
    query: 'qtc', total: 1, unfiltered: 1, fuzzy: false,
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
    expect(statusText({ response: { ...response, fuzzy: true, total: 25 }, status: 'ready' }))
      .toBe('No exact matches for “qtc”: 25 results for similar words, showing the first 1');
    expect(statusText({ response, status: 'loading' })).toBe('Loading search…');
  });
});
