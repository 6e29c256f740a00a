// Champions' resources: sharing, moderation with reasons, reports, useful marks, and who can read or write each.
import { describe, expect, test } from 'vitest';
import { anonClient, sql } from './clients.ts';
import { person, reason } from './learning.ts';

const resource = (extra: object = {}) => ({
  title: 'Talking to patients about smoking and clozapine',
  url: 'https://example.nhs.uk/smoking-clozapine',
  summary: 'A one-page guide for ward staff on what to say when a patient on clozapine stops smoking.',
  tags: ['clozapine', 'smoking'],
  audience: 'Nurses',
  trust: 'All trusts',
  ...extra,
});

async function share(extra: object = {}) {
  const champion = await person('champion', ['champion']);
  const { data, error } = await champion.client.from('resources').insert(resource(extra)).select().single();
  expect(error).toBeNull();
  return { champion, id: data.id as string, row: data };
}

describe('sharing', () => {
  test('a champion shares a resource; it waits as pending whatever they send, and only they and educators see it', async () => {
    const { champion, row } = await share({ status: 'approved', useful_count: 99 });
    expect(row).toMatchObject({ status: 'pending', useful_count: 0, author: champion.id });
    const other = await person();
    expect((await other.client.from('resources').select('id').eq('id', row.id)).data).toEqual([]);
    const educator = await person('educator', ['educator']);
    expect((await educator.client.from('resources').select('id').eq('id', row.id)).data).toHaveLength(1);
  });

  test('only champions share, and bad input is refused by the database with nothing stored', async () => {
    const learner = await person();
    expect((await learner.client.from('resources').insert(resource())).error?.code).toBe('42501');
    const champion = await person('champion', ['champion']);
    for (const bad of [
      { url: 'javascript:alert(1)' },
      { url: null, note: null },
      { title: 'x' },
      { audience: 'Everybody' },
      { tags: Array(9).fill('t') },
    ]) {
      expect((await champion.client.from('resources').insert(resource(bad))).error?.code, JSON.stringify(bad)).toBe('23514');
    }
    expect(await sql('select 1 from public.resources where author = $1', [champion.id])).toHaveLength(0);
    expect((await anonClient().from('resources').insert(resource())).error?.code).toBe('42501');
  });

  test('at most 10 a day', async () => {
    const champion = await person('champion', ['champion']);
    for (let i = 0; i < 10; i++) expect((await champion.client.from('resources').insert(resource())).error).toBeNull();
    const eleventh = await champion.client.from('resources').insert(resource());
    expect(reason(eleventh.error)).toBe('rate_limited');
    expect(eleventh.error?.message).toMatch(/10 resources today/);
  });

  test('at most 10 a day even when the shares arrive together', async () => {
    const champion = await person('champion', ['champion']);
    expect((await champion.client.from('resources').insert(resource())).error).toBeNull();
    const shares = await Promise.all(Array.from({ length: 15 }, () => champion.client.from('resources').insert(resource())));
    expect(shares.filter((r) => r.error === null)).toHaveLength(9);
    expect(shares.filter((r) => reason(r.error) === 'rate_limited')).toHaveLength(6);
    expect(await sql('select 1 from public.resources where author = $1', [champion.id])).toHaveLength(10);
  });
});

describe('moderation', () => {
  test('an educator rejects with a reason the champion sees; the champion edits and resubmits; an educator approves', async () => {
    const { champion, id } = await share();
    const educator = await person('educator', ['educator']);
    expect(reason((await educator.client.rpc('moderate_resource', { resource: id, approve: false })).error)).toBe('invalid');
    await educator.client.rpc('moderate_resource', { resource: id, approve: false, reason: 'The link goes to a login page.' });
    expect((await champion.client.from('resources').select('status, rejection_reason').eq('id', id)).data).toEqual([
      { status: 'rejected', rejection_reason: 'The link goes to a login page.' },
    ]);

    expect((await champion.client.from('resources').update({ url: 'https://example.nhs.uk/public-guide' }).eq('id', id)).error).toBeNull();
    expect((await champion.client.from('resources').select('status').eq('id', id)).data).toEqual([{ status: 'pending' }]);
    const { data, error } = await educator.client.rpc('moderate_resource', { resource: id, approve: true });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'approved', rejection_reason: null });
    expect((await (await person()).client.from('resources').select('id').eq('id', id)).data).toHaveLength(1);
    expect((await sql(`select action from public.audit_log where subject_id = $1 order by id`, [id])).map((r) => r.action)).toEqual([
      'resource.rejected',
      'resource.approved',
    ]);
  });

  test('nobody moderates their own resource; champions and learners cannot moderate; approved resources cannot be edited', async () => {
    const educatorChampion = await person('educator', ['educator', 'champion']);
    const own = (await educatorChampion.client.from('resources').insert(resource()).select().single()).data;
    expect(reason((await educatorChampion.client.rpc('moderate_resource', { resource: own.id, approve: true })).error)).toBe(
      'own_resource',
    );

    const { champion, id } = await share();
    expect(reason((await champion.client.rpc('moderate_resource', { resource: id, approve: true })).error)).toBe('forbidden');
    expect(
      (
        await champion.client
          .from('resources')
          .update({ status: 'approved' } as object)
          .eq('id', id)
      ).error?.code,
    ).toBe('42501');
    await (await person('educator', ['educator'])).client.rpc('moderate_resource', { resource: id, approve: true });
    const edit = await champion.client.from('resources').update({ title: 'Changed after approval' }).eq('id', id).select();
    expect(edit.data ?? []).toEqual([]);
    expect(await sql('select title, status from public.resources where id = $1', [id])).toEqual([
      { title: resource().title, status: 'approved' },
    ]);
  });

  test('a report sends an approved resource back to the queue; three reporters take it out of the library', async () => {
    const { id } = await share();
    const educator = await person('educator', ['educator']);
    await educator.client.rpc('moderate_resource', { resource: id, approve: true });
    const [first, second, third] = [await person(), await person(), await person()];
    expect(reason((await first.client.rpc('report_resource', { resource: id, reason: '' })).error)).toBe('invalid');
    expect((await first.client.rpc('report_resource', { resource: id, reason: 'The dose in it is out of date.' })).error).toBeNull();
    expect(await sql('select status, reported from public.resources where id = $1', [id])).toEqual([
      { status: 'approved', reported: true },
    ]);
    await first.client.rpc('report_resource', { resource: id, reason: 'Still out of date.' });
    await second.client.rpc('report_resource', { resource: id, reason: 'Broken link.' });
    expect(await sql('select status from public.resources where id = $1', [id])).toEqual([{ status: 'approved' }]);
    await third.client.rpc('report_resource', { resource: id, reason: 'Not suitable.' });
    expect(await sql('select status from public.resources where id = $1', [id])).toEqual([{ status: 'pending' }]);
    expect((await first.client.from('resource_reports').select('reason')).data).toEqual([]);
    expect((await educator.client.from('resource_reports').select('reason').eq('resource_id', id)).data).toHaveLength(3);

    await educator.client.rpc('moderate_resource', { resource: id, approve: true });
    expect(await sql('select status, reported from public.resources where id = $1', [id])).toEqual([
      { status: 'approved', reported: false },
    ]);
    await first.client.rpc('report_resource', { resource: id, reason: 'Again.' });
    expect(await sql('select status from public.resources where id = $1', [id])).toEqual([{ status: 'approved' }]);
    expect((await anonClient().rpc('report_resource', { resource: id, reason: 'spam spam' })).error?.code).toBe('42501');
  });
});

describe('useful marks', () => {
  test('champions mark an approved resource useful once; the count follows; not their own, not a pending one', async () => {
    const { champion: author, id } = await share();
    const fan = await person('champion', ['champion']);
    expect((await fan.client.from('resource_useful').insert({ resource_id: id })).error?.code).toBe('42501');
    await (await person('educator', ['educator'])).client.rpc('moderate_resource', { resource: id, approve: true });
    expect((await fan.client.from('resource_useful').insert({ resource_id: id })).error).toBeNull();
    expect((await fan.client.from('resource_useful').insert({ resource_id: id })).error?.code).toBe('23505');
    expect((await author.client.from('resource_useful').insert({ resource_id: id })).error?.code).toBe('42501');
    expect((await (await person()).client.from('resource_useful').insert({ resource_id: id })).error?.code).toBe('42501');
    expect(await sql('select useful_count from public.resources where id = $1', [id])).toEqual([{ useful_count: 1 }]);
    await fan.client.from('resource_useful').delete().eq('resource_id', id);
    expect(await sql('select useful_count from public.resources where id = $1', [id])).toEqual([{ useful_count: 0 }]);
  });
});
