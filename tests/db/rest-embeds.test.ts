// Conformance: embedded resources as PostgREST 12 returns them: one-to-one as objects, many-to-many through a join
// table, hints, nesting, spreads, !inner, and filters, order and limits on embedded resources.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtures, restFixtures } from './rest-fixtures.ts';

beforeAll(restFixtures);

describe('cardinality', () => {
  it('returns a one-to-one embed (a foreign key that is also the primary key) as an object, both ways', async () => {
    const { data, error } = await fixtures().from('channels').select('slug, channel_details(details)').order('id');
    expect(error).toBeNull();
    expect(data).toEqual([
      { slug: 'public', channel_details: { details: 'Details for public' } },
      { slug: 'random', channel_details: { details: 'Details for random' } },
      { slug: 'empty', channel_details: null },
    ]);
    const back = await fixtures().from('channel_details').select('details, channels(slug)').eq('id', 1).single();
    expect(back.data).toEqual({ details: 'Details for public', channels: { slug: 'public' } });
  });

  it('embeds many-to-many through a join table', async () => {
    const { data, error } = await fixtures().from('products').select('name, categories(name)').eq('id', 1).single();
    expect(error).toBeNull();
    expect(data).toEqual({ name: 'Laptop', categories: [{ name: 'Electronics' }, { name: 'Portable' }] });
  });

  it('embeds several levels deep', async () => {
    const { data } = await fixtures().from('channels').select('slug, messages(id, users(username, status))').eq('id', 1).single();
    expect(data).toEqual({
      slug: 'public',
      messages: [
        { id: 1, users: { username: 'supabot', status: 'ONLINE' } },
        { id: 3, users: { username: 'kiwicopple', status: 'OFFLINE' } },
      ],
    });
  });
});

describe('hints', () => {
  it('refuses an ambiguous embed with PGRST201 and the choices', async () => {
    const { error, status } = await fixtures().from('best_friends').select('users(username)');
    expect(status).toBe(300);
    expect(error?.code).toBe('PGRST201');
    expect(error?.hint).toBe(
      "Try changing 'users' to one of the following: 'users!best_friends_first_user_fkey', 'users!best_friends_second_user_fkey'. Find the desired relationship in the 'details' key.",
    );
  });

  it('disambiguates by foreign key column or constraint name', async () => {
    const { data, error } = await fixtures()
      .from('best_friends')
      .select('id, first:users!first_user(username), second:users!best_friends_second_user_fkey(username)')
      .eq('id', 1)
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ id: 1, first: { username: 'supabot' }, second: { username: 'kiwicopple' } });
  });

  it('embeds the rows that point at this one through a constraint named as the resource', async () => {
    const { data, error } = await fixtures()
      .from('users')
      .select('first_friend_of:best_friends_first_user_fkey(id), best_friends_second_user_fkey(id)')
      .eq('username', 'supabot')
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ first_friend_of: [{ id: 1 }], best_friends_second_user_fkey: [{ id: 2 }] });
  });

  it('embeds through a foreign key column named as the resource', async () => {
    const { data } = await fixtures().from('messages').select('id, username(status)').eq('id', 3).single();
    expect(data).toEqual({ id: 3, username: { status: 'OFFLINE' } });
  });
});

describe('spreads, !inner and filters on embedded resources', () => {
  it('spreads a to-one embed into the parent row', async () => {
    const { data, error } = await fixtures().from('messages').select('id, ...users(username, status)').eq('id', 1).single();
    expect(error).toBeNull();
    expect(data).toEqual({ id: 1, username: 'supabot', status: 'ONLINE' });
  });

  it('filters, orders and limits an embedded resource without filtering the parents', async () => {
    const { data, error } = await fixtures()
      .from('users')
      .select('username, messages(id)')
      .in('username', ['supabot', 'kiwicopple'])
      .eq('messages.channel_id', 2)
      .order('username');
    expect(error).toBeNull();
    expect(data).toEqual([
      { username: 'kiwicopple', messages: [] },
      { username: 'supabot', messages: [{ id: 2 }] },
    ]);
    const ordered = await fixtures()
      .from('users')
      .select('username, messages(id)')
      .eq('username', 'supabot')
      .order('id', { referencedTable: 'messages', ascending: false })
      .limit(1, { referencedTable: 'messages' })
      .single();
    expect(ordered.data).toEqual({ username: 'supabot', messages: [{ id: 2 }] });
  });

  it('!inner keeps only parents with a matching embedded row', async () => {
    const { data } = await fixtures().from('users').select('username, messages!inner(id)').eq('messages.channel_id', 2);
    expect(data).toEqual([{ username: 'supabot', messages: [{ id: 2 }] }]);
  });

  it('filters on whether an embedded resource exists (is null / not is null)', async () => {
    const { data } = await fixtures().from('channels').select('slug, messages(id)').is('messages', null);
    expect(data).toEqual([{ slug: 'empty', messages: [] }]);
  });

  it('orders by a column of a to-one embed', async () => {
    const { data, error } = await fixtures().from('messages').select('id, users(username)').order('users(username)').order('id');
    expect(error).toBeNull();
    expect(data?.map((m) => m.id)).toEqual([3, 1, 2]);
  });

  it('refuses a filter on a resource the select does not embed (PGRST108)', async () => {
    const { error, status } = await fixtures().from('users').select('username').eq('messages.id', 1);
    expect(status).toBe(400);
    expect(error).toEqual({
      code: 'PGRST108',
      message: "'messages' is not an embedded resource in this request",
      details: null,
      hint: "Verify that 'messages' is included in the 'select' query parameter.",
    });
  });
});

describe('computed relationships, computed fields and views', () => {
  it('embeds through a function that takes a row (to-many and to-one)', async () => {
    const { data, error } = await fixtures().from('users').select('username, user_messages(id)').eq('username', 'supabot').single();
    expect(error).toBeNull();
    expect(data).toEqual({ username: 'supabot', user_messages: [{ id: 1 }, { id: 2 }] });
    const author = await fixtures().from('messages').select('id, author(status)').eq('id', 3).single();
    expect(author.data).toEqual({ id: 3, author: { status: 'OFFLINE' } });
  });

  it('selects a computed field like a column', async () => {
    const { data, error } = await fixtures().from('messages').select('id, shout').eq('id', 3).single();
    expect(error).toBeNull();
    expect(data).toEqual({ id: 3, shout: 'SOME MESSAGE' });
  });

  it('embeds through a view over a table with that table’s foreign keys', async () => {
    const { data, error } = await fixtures().from('busy_channels').select('slug, messages(id)').order('id');
    expect(error).toBeNull();
    expect(data).toEqual([
      { slug: 'public', messages: [{ id: 1 }, { id: 3 }] },
      { slug: 'random', messages: [{ id: 2 }] },
    ]);
  });
});
