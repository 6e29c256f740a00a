import { describe, expect, it } from 'vitest';
import { readSearchParams, searchHref } from '#lib/search/params.ts';
import { groupByPage } from '#lib/search/group.ts';
import { clampPage, pageCount, pageRange } from '#lib/paging.ts';

const topics = [{ value: 'cardiac', label: 'Cardiac', group: 'Guideline topics' }];

describe('search page parameters', () => {
  it('reads the query and the known filters, and ignores unknown ones', () => {
    expect(readSearchParams(new URLSearchParams('q=%20low%20%20sodium%20&type=guideline&topic=cardiac'), topics)).toEqual({
      query: 'low sodium',
      filters: { type: 'guideline', topic: 'cardiac' },
    });
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
    expect([clampPage(2, 70), clampPage(9, 70), clampPage(0, 70), clampPage(-1, 70), clampPage(2.7, 70), clampPage(NaN, 70)]).toEqual([
      2, 4, 1, 1, 2, 1,
    ]);
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

describe('groupByPage', () => {
  const items = [
    { id: 'a1', s: 10 },
    { id: 'a2', s: 9.5 },
    { id: 'a3', s: 9 },
    { id: 'b1', s: 8 },
    { id: 'c1', s: 3 },
    { id: 'b2', s: 7 },
  ];
  const grouped = (list = items) =>
    groupByPage(
      list,
      (i) => i.s,
      (i) => i.id[0]!,
    );

  it('gives each page one place, shown by its best match, with the others under it best first', () => {
    expect(grouped().map((g) => [g.best.id, g.others.map((o) => o.id)])).toEqual([
      ['a1', ['a2', 'a3']],
      ['b1', ['b2']],
      ['c1', []],
    ]);
  });

  it('keeps every item exactly once', () => {
    expect(
      grouped()
        .flatMap((g) => [g.best, ...g.others])
        .map((i) => i.id)
        .toSorted(),
    ).toEqual(items.map((i) => i.id).toSorted());
  });

  it('lets a page with several matches edge ahead of an equally good single match, but not a much better one', () => {
    const tie = [
      { id: 'x1', s: 5 },
      { id: 'y1', s: 5 },
      { id: 'y2', s: 1 },
    ];
    expect(grouped(tie).map((g) => g.key)).toEqual(['y', 'x']);
    const clear = [
      { id: 'x1', s: 6 },
      { id: 'y1', s: 5 },
      { id: 'y2', s: 4 },
      { id: 'y3', s: 4 },
    ];
    expect(grouped(clear).map((g) => g.key)).toEqual(['x', 'y']);
  });
});
