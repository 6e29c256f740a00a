// Conformance: PostgREST's filter operators and JSON paths, through supabase-js.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, restFixtures } from './rest-fixtures.ts';

beforeAll(restFixtures);

const names = async (query: PromiseLike<{ data: { username: string }[] | null; error: unknown }>) => {
  const { data, error } = await query;
  expect(error).toBeNull();
  return data?.map((r) => r.username).sort();
};
const users = () => fixtures().from('users').select('username');

describe('operators', () => {
  it('full-text search: fts, plfts, phfts, wfts, with a language', async () => {
    expect(await names(users().textSearch('catchphrase', `'fat' & 'cat'`, { config: 'english' }))).toEqual(['dragarcia', 'supabot']);
    expect(await names(users().textSearch('catchphrase', 'fat cats', { type: 'plain', config: 'english' }))).toEqual([
      'dragarcia',
      'supabot',
    ]);
    expect(await names(users().textSearch('catchphrase', 'fat cats', { type: 'phrase', config: 'english' }))).toEqual([
      'dragarcia',
      'supabot',
    ]);
    expect(await names(users().textSearch('catchphrase', 'bat -rat', { type: 'websearch', config: 'english' }))).toEqual(['kiwicopple']);
    expect(await names(users().not('catchphrase', 'fts', 'bat'))).toEqual(['dragarcia', 'supabot']);
  });

  it('arrays and JSON: cs, cd, ov', async () => {
    expect(await names(users().contains('tags', ['admin']))).toEqual(['awailas', 'supabot']);
    expect(await names(users().containedBy('tags', ['human', 'admin']))).toEqual(['awailas', 'dragarcia', 'kiwicopple']);
    expect(await names(users().overlaps('tags', ['bot', 'human']))).toEqual(['awailas', 'kiwicopple', 'supabot']);
    expect(await names(users().contains('data', { age: 30 }))).toEqual(['kiwicopple']);
  });

  it('ranges: sl, sr, nxl, nxr, adj, and ranges containing a range', async () => {
    expect(await names(users().rangeLt('age_range', '[10,20)'))).toEqual(['supabot']);
    expect(await names(users().rangeGt('age_range', '[10,20)'))).toEqual(['awailas', 'dragarcia', 'kiwicopple']);
    expect(await names(users().rangeGte('age_range', '[25,30)'))).toEqual(['awailas', 'kiwicopple']);
    expect(await names(users().rangeLte('age_range', '[1,3)'))).toEqual(['supabot']);
    expect(await names(users().rangeAdjacent('age_range', '[2,25)'))).toEqual(['awailas', 'kiwicopple', 'supabot']);
    expect(await names(users().contains('age_range', '[26,27)'))).toEqual(['awailas', 'dragarcia', 'kiwicopple']);
  });

  it('patterns: match, imatch, like(any), ilike(all)', async () => {
    expect(await names(users().match({ status: 'OFFLINE' }))).toEqual(['kiwicopple']);
    expect(await names(users().filter('username', 'match', '^[ks]'))).toEqual(['kiwicopple', 'supabot']);
    expect(await names(users().filter('username', 'imatch', '^[KS]'))).toEqual(['kiwicopple', 'supabot']);
    expect(await names(users().likeAnyOf('username', ['%bot', 'kiwi%']))).toEqual(['kiwicopple', 'supabot']);
    expect(await names(users().ilikeAllOf('username', ['%A%', '%S']))).toEqual(['awailas']);
  });

  it('isdistinct, in, is, not and or trees', async () => {
    expect(await names(users().filter('status', 'isdistinct', 'ONLINE'))).toEqual(['kiwicopple']);
    expect(await names(users().in('username', ['supabot', 'awailas', 'nobody']))).toEqual(['awailas', 'supabot']);
    expect(await names(users().is('data', null))).toEqual(['awailas']);
    expect(await names(users().or('status.eq.OFFLINE,and(username.like.*bot,tags.cs.{admin})'))).toEqual(['kiwicopple', 'supabot']);
    expect(await names(users().not('username', 'in', '(supabot,awailas)'))).toEqual(['dragarcia', 'kiwicopple']);
  });
});

describe('JSON paths', () => {
  it('select ->, ->> and array elements, named by their last key', async () => {
    const { data, error } = await fixtures()
      .from('users')
      .select('username, age:data->age, pets:data->pets, first_pet:data->pets->>0')
      .eq('username', 'supabot')
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ username: 'supabot', age: 3, pets: ['cat'], first_pet: 'cat' });
    const unnamed = await fixtures().from('users').select('data->age').eq('username', 'kiwicopple').single();
    expect(unnamed.data).toEqual({ age: 30 });
  });

  it('filter and order by a JSON path', async () => {
    expect(await names(users().gt('data->age', 20))).toEqual(['dragarcia', 'kiwicopple']);
    expect(await names(users().eq('data->>age', '3'))).toEqual(['supabot']);
    expect(await names(users().eq('data->age', 25))).toEqual(['dragarcia']);
    const { data } = await fixtures().from('users').select('username').not('data', 'is', null).order('data->age', { ascending: false });
    expect(data?.map((r) => r.username)).toEqual(['kiwicopple', 'dragarcia', 'supabot']);
  });
});
