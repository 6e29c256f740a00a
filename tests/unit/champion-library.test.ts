import { describe, expect, it } from 'vitest';
import { ilikeText, libraryHref, readLibraryQuery, searchFilter, selectPage, tagOptions, type IndexRow } from '#lib/champions/library.ts';
import { pageItems } from '#lib/paging.ts';
import { decisionForm, reportForm } from '#lib/champions/reasons.ts';
import { readForm } from '#lib/forms.ts';
import { hostOf, noteParagraphs, usefulText } from '#lib/champions/resource.ts';

const row = (id: string, day: number, useful = 0, tags: string[] = [], audience = 'Everyone'): IndexRow => ({
  id,
  tags,
  audience,
  useful_count: useful,
  created_at: `2027-01-${String(day).padStart(2, '0')}T10:00:00Z`,
});

describe('the library query', () => {
  it('reads the query string, ignoring values it does not know', () => {
    expect(readLibraryQuery(new URLSearchParams('q=  sleep   well &tag=Sleep&audience=Nurses&sort=useful&page=3'))).toEqual({
      q: 'sleep well',
      tag: 'sleep',
      audience: 'Nurses',
      sort: 'useful',
      page: 3,
    });
    expect(readLibraryQuery(new URLSearchParams('audience=Managers&sort=random&page=-2'))).toEqual({
      q: '',
      tag: '',
      audience: '',
      sort: 'newest',
      page: 1,
    });
  });

  it('writes it back, leaving out defaults', () => {
    const query = readLibraryQuery(new URLSearchParams({ q: 'sleep & rest', sort: 'useful' }));
    expect(libraryHref(query)).toBe('/champions?q=sleep+%26+rest&sort=useful');
    expect(libraryHref(query, { page: 2, sort: 'newest' })).toBe('/champions?q=sleep+%26+rest&page=2');
    expect(libraryHref(readLibraryQuery(new URLSearchParams()))).toBe('/champions');
  });
});

describe('search text in a PostgREST or filter', () => {
  it('escapes LIKE wildcards and neutralises the characters the filter syntax reserves', () => {
    expect(ilikeText('50% of_staff')).toBe('50\\% of\\_staff');
    expect(ilikeText('a\\b')).toBe('a\\\\b');
    expect(ilikeText('tea, (biscuits) "now" *')).toBe('tea_ _biscuits_ _now_ _');
    expect(searchFilter('sleep')).toBe('title.ilike.*sleep*,summary.ilike.*sleep*,note.ilike.*sleep*');
  });

  it('cannot add a condition of its own', () => {
    const filter = searchFilter('x),status.eq.pending,or(title.ilike.*');
    expect(filter.split(',')).toHaveLength(3);
    expect(filter).not.toMatch(/[()]/);
  });
});

describe('selecting a page', () => {
  const rows = [row('a', 1, 5, ['sleep']), row('b', 3, 0, ['sleep', 'diet'], 'Nurses'), row('c', 2, 5, ['exercise'])];
  const query = readLibraryQuery(new URLSearchParams());

  it('orders newest first, or most useful first with the newest first among equals', () => {
    expect(selectPage(rows, query, null).ids).toEqual(['b', 'c', 'a']);
    expect(selectPage(rows, { ...query, sort: 'useful' }, null).ids).toEqual(['c', 'a', 'b']);
  });

  it('filters by tag and audience, and matches a search in the text or in the tags', () => {
    expect(selectPage(rows, { ...query, tag: 'sleep' }, null)).toEqual({ ids: ['b', 'a'], total: 2, pages: 1 });
    expect(selectPage(rows, { ...query, audience: 'Nurses' }, null).ids).toEqual(['b']);
    expect(selectPage(rows, { ...query, q: 'exer' }, new Set()).ids).toEqual(['c']);
    expect(selectPage(rows, { ...query, q: 'walking' }, new Set(['a'])).ids).toEqual(['a']);
    expect(selectPage(rows, { ...query, q: 'nothing' }, new Set())).toEqual({ ids: [], total: 0, pages: 1 });
  });

  it('pages 20 at a time, and shows the last page when asked for one past it', () => {
    const many = Array.from({ length: 45 }, (_, i) => row(`r${String(i).padStart(2, '0')}`, 1 + (i % 28)));
    expect(selectPage(many, query, null)).toMatchObject({ total: 45, pages: 3 });
    expect(selectPage(many, { ...query, page: 3 }, null).ids).toHaveLength(5);
    expect(selectPage(many, { ...query, page: 9 }, null).ids).toEqual(selectPage(many, { ...query, page: 3 }, null).ids);
  });

  it('lists tags A to Z once each', () => {
    expect(tagOptions(rows)).toEqual(['diet', 'exercise', 'sleep']);
  });

  it('numbers pages with gaps', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(1, 3)).toEqual([1, 2, 3]);
    expect(pageItems(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageItems(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe('reasons', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };

  it('a report needs 3 to 500 characters', () => {
    expect(readForm(reportForm, form({ reason: ' ok ' }))).toEqual({
      ok: false,
      errors: [{ field: 'reason', message: 'Say what is wrong with this resource' }],
    });
    expect(readForm(reportForm, form({ reason: 'x'.repeat(501) }))).toEqual({
      ok: false,
      errors: [{ field: 'reason', message: 'Reason must be 500 characters or fewer' }],
    });
    expect(readForm(reportForm, form({ reason: ' Link is broken ' }))).toEqual({ ok: true, data: { reason: 'Link is broken' } });
    expect(readForm(reportForm, form({ reason: 'Broken\u0000' }))).toEqual({
      ok: false,
      errors: [{ field: 'reason', message: 'Remove the hidden NUL character from the reason' }],
    });
  });

  it('rejecting needs a reason; approving does not', () => {
    const r1 = 'c0000000-0000-4000-8000-000000000001';
    const error = (fields: Record<string, string>) => {
      const result = readForm(decisionForm, form(fields));
      return result.ok ? null : result.errors[0]?.message;
    };
    expect(readForm(decisionForm, form({ resource: r1, decision: 'approve' }))).toEqual({
      ok: true,
      data: { resource: r1, approve: true, reason: null },
    });
    expect(error({ resource: r1, decision: 'reject', reason: '  ' })).toBe('Give a reason for rejecting: the champion will see it.');
    expect(readForm(decisionForm, form({ resource: r1, decision: 'reject', reason: 'Out of date' }))).toEqual({
      ok: true,
      data: { resource: r1, approve: false, reason: 'Out of date' },
    });
    expect(error({ resource: r1 })).toBe('Choose approve or reject.');
    expect(error({ resource: r1, decision: 'reject', reason: 'x'.repeat(501) })).toBe('Keep the reason to 500 characters or fewer.');
    expect(error({ resource: 'r1', decision: 'approve' })).toBe('This resource is no longer in the queue. Reload the page.');
  });
});

describe('showing a resource', () => {
  it('names the host a link goes to', () => {
    expect(hostOf('https://www.nice.org.uk/guidance/ng222')).toBe('www.nice.org.uk');
    expect(hostOf(null)).toBeNull();
  });

  it('splits a note into paragraphs of lines', () => {
    expect(noteParagraphs('One\nTwo\n\n\nThree\n \n')).toEqual([['One', 'Two'], ['Three']]);
  });

  it('counts useful marks in words', () => {
    expect([0, 1, 2].map(usefulText)).toEqual([
      'No one has marked this useful yet',
      '1 person found this useful',
      '2 people found this useful',
    ]);
  });
});
