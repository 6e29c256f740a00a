// Conformance: inserts, upserts, updates and deletes with PostgREST's Prefer semantics and Content-Range.
import { beforeAll, describe, expect, it } from 'vitest';
import { backend, sql } from './clients.ts';
import { fixtures, restFixtures } from './rest-fixtures.ts';

beforeAll(restFixtures);

const raw = (path: string, init: RequestInit) =>
  fetch(`${backend.apiUrl}/rest/v1/${path}`, {
    ...init,
    headers: {
      apikey: backend.serviceRoleKey,
      authorization: `Bearer ${backend.serviceRoleKey}`,
      'content-type': 'application/json',
      'content-profile': 'rest_fixtures',
      ...init.headers,
    },
  });

describe('upsert', () => {
  it('returns the row when the body holds only key columns', async () => {
    const first = await fixtures().from('tags').upsert({ name: 'only-key' }).select();
    expect(first.error).toBeNull();
    expect(first.data).toEqual([{ name: 'only-key' }]);
    const again = await fixtures().from('tags').upsert({ name: 'only-key' }).select();
    expect(again.data).toEqual([{ name: 'only-key' }]);
  });

  it('answers 201 when an upsert inserts a row, 200 when it only updates (PostgREST 13)', async () => {
    const inserted = await fixtures().from('counters').upsert({ id: 150, label: 'new' }).select('label');
    expect(inserted.status).toBe(201);
    const updated = await fixtures().from('counters').upsert({ id: 150, label: 'updated' }, { count: 'exact' }).select('label');
    expect(updated.status).toBe(200);
    expect(updated.count).toBe(1);
    expect(updated.data).toEqual([{ label: 'updated' }]);
    const bulk = await fixtures()
      .from('counters')
      .upsert([{ id: 150 }, { id: 151 }], { defaultToNull: false })
      .select('id, label')
      .rollback();
    expect(bulk.status).toBe(201);
    expect(bulk.data).toEqual([
      { id: 150, label: 'updated' },
      { id: 151, label: null },
    ]);
  });

  it('merges or ignores duplicates on a conflict target', async () => {
    await fixtures().from('counters').upsert({ id: 101, label: 'first' });
    const merged = await fixtures().from('counters').upsert({ id: 101, label: 'merged' }).select('id, label');
    expect(merged.data).toEqual([{ id: 101, label: 'merged' }]);
    const ignored = await fixtures().from('counters').upsert({ id: 101, label: 'ignored' }, { ignoreDuplicates: true }).select('id, label');
    expect(ignored.data).toEqual([]);
    expect(await sql(`select label from rest_fixtures.counters where id = 101`)).toEqual([{ label: 'merged' }]);
  });
});

describe('Prefer: missing=default', () => {
  it('fills keys a row leaves out with the column default, not null', async () => {
    const { data, error } = await fixtures()
      .from('counters')
      .insert(
        [
          { id: 201, label: 'has note', note: 'given' },
          { id: 202, label: 'no note' },
        ],
        { defaultToNull: false },
      )
      .select('id, note, n');
    expect(error).toBeNull();
    expect(data).toEqual([
      { id: 201, note: 'given', n: 0 },
      { id: 202, note: 'new', n: 0 },
    ]);
  });

  it('without it, a bulk insert sets the keys a row leaves out to null', async () => {
    const { data, error } = await fixtures()
      .from('counters')
      .insert([
        { id: 203, label: 'a', note: 'given' },
        { id: 204, label: 'b' },
      ])
      .select('id, note');
    expect(error).toBeNull();
    expect(data).toEqual([
      { id: 203, note: 'given' },
      { id: 204, note: null },
    ]);
  });
});

describe('rows of defaults', () => {
  it('inserts one row of defaults per empty object', async () => {
    const { data, error } = await fixtures().from('defaults_only').insert([{}, {}]).select('note');
    expect(error).toBeNull();
    expect(data).toEqual([{ note: 'default' }, { note: 'default' }]);
  });
});

describe('Prefer: max-affected with handling=strict', () => {
  it('refuses an update over the limit with PGRST124 and changes nothing', async () => {
    const { error, status } = await fixtures().from('counters').update({ label: 'too many' }).lte('id', 5).maxAffected(3);
    expect(status).toBe(400);
    expect(error).toEqual({
      code: 'PGRST124',
      message: 'Query result exceeds max-affected preference constraint',
      details: 'The query affects 5 rows',
      hint: null,
    });
    expect(await sql(`select count(*)::int as n from rest_fixtures.counters where label = 'too many'`)).toEqual([{ n: 0 }]);
  });

  it('lets a write within the limit through', async () => {
    const { error, status } = await fixtures().from('counters').update({ label: 'within' }).eq('id', 6).maxAffected(1);
    expect(error).toBeNull();
    expect(status).toBe(204);
  });

  it('refuses unknown preferences under handling=strict with PGRST122', async () => {
    const response = await raw('counters?id=eq.7', {
      method: 'PATCH',
      body: '{"label":"x"}',
      headers: { prefer: 'handling=strict, return=everything, frobnicate' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'PGRST122',
      message: 'Invalid preferences given with handling=strict',
      details: 'Invalid preferences: return=everything, frobnicate',
      hint: null,
    });
  });
});

describe('count on writes', () => {
  it('counts inserted, updated and deleted rows as PostgREST does', async () => {
    const inserted = await fixtures()
      .from('counters')
      .insert([{ id: 301 }, { id: 302 }], { count: 'exact' });
    expect(inserted.count).toBe(2);
    const updated = await fixtures().from('counters').update({ label: 'counted' }, { count: 'exact' }).in('id', [301, 302]);
    expect(updated.count).toBe(2);
    const deleted = await fixtures().from('counters').delete({ count: 'exact' }).in('id', [301, 302]);
    expect(deleted.count).toBe(2);
  });

  it('sends Content-Range exactly as PostgREST: */n for inserts and deletes, 0-(n-1)/n for updates', async () => {
    const insert = await raw('counters', { method: 'POST', body: '[{"id":401},{"id":402}]', headers: { prefer: 'count=exact' } });
    expect(insert.status).toBe(201);
    expect(insert.headers.get('content-range')).toBe('*/2');
    const update = await raw('counters?id=in.(401,402)', { method: 'PATCH', body: '{"label":"r"}', headers: { prefer: 'count=exact' } });
    expect(update.status).toBe(204);
    expect(update.headers.get('content-range')).toBe('0-1/2');
    const uncounted = await raw('counters?id=in.(401,402)', { method: 'PATCH', body: '{"label":"r"}' });
    expect(uncounted.headers.get('content-range')).toBe('0-1/*');
    const del = await raw('counters?id=in.(401,402)', { method: 'DELETE', headers: { prefer: 'count=exact' } });
    expect(del.headers.get('content-range')).toBe('*/2');
  });
});

describe('Prefer: return', () => {
  it('answers minimal with no body, headers-only with a Location, representation with the rows', async () => {
    const minimal = await raw('tags', { method: 'POST', body: '{"name":"minimal"}', headers: { prefer: 'return=minimal' } });
    expect(minimal.status).toBe(201);
    expect(await minimal.text()).toBe('');
    const headersOnly = await raw('tags', { method: 'POST', body: '{"name":"headers only"}', headers: { prefer: 'return=headers-only' } });
    expect(headersOnly.status).toBe(201);
    expect(headersOnly.headers.get('location')).toBe('/tags?name=eq.headers%20only');
    const full = await raw('tags', { method: 'POST', body: '{"name":"full"}', headers: { prefer: 'return=representation' } });
    expect(await full.json()).toEqual([{ name: 'full' }]);
    expect(full.headers.get('preference-applied')).toBe('return=representation');
  });

  it('rolls everything back with Prefer: tx=rollback', async () => {
    const response = await raw('tags', {
      method: 'POST',
      body: '{"name":"rolled back"}',
      headers: { prefer: 'return=representation, tx=rollback' },
    });
    expect(await response.json()).toEqual([{ name: 'rolled back' }]);
    expect(await sql(`select count(*)::int as n from rest_fixtures.tags where name = 'rolled back'`)).toEqual([{ n: 0 }]);
  });
});
