// Fixture tables and functions for the REST conformance tests, in their own exposed schema `rest_fixtures`, made
// once (whichever test file comes first) through the admin connection; the API then reloads its schema cache.
import { createClient } from '@supabase/supabase-js';
import { backend, serviceClient, sql } from './clients.ts';

const ddl = `
  create schema rest_fixtures;
  grant usage on schema rest_fixtures to anon, authenticated, service_role;
  create table rest_fixtures.users (username text primary key, status text not null default 'ONLINE', age_range int4range,
    data jsonb, catchphrase tsvector, tags text[]);
  create table rest_fixtures.channels (id bigint primary key, slug text);
  create table rest_fixtures.channel_details (id bigint primary key references rest_fixtures.channels (id), details text);
  create table rest_fixtures.messages (id bigint primary key, message text, username text not null references rest_fixtures.users,
    channel_id bigint not null references rest_fixtures.channels);
  create table rest_fixtures.best_friends (id bigint primary key, first_user text not null references rest_fixtures.users,
    second_user text not null references rest_fixtures.users);
  create table rest_fixtures.products (id bigint primary key, name text not null);
  create table rest_fixtures.categories (id bigint primary key, name text not null);
  create table rest_fixtures.product_categories (product_id bigint references rest_fixtures.products,
    category_id bigint references rest_fixtures.categories, primary key (product_id, category_id));
  create table rest_fixtures.counters (id int primary key, label text, n int not null default 0, note text default 'new');
  create table rest_fixtures.tags (name text primary key);
  create table rest_fixtures.defaults_only (id int generated always as identity primary key, note text not null default 'default');
  insert into rest_fixtures.users values
    ('supabot', 'ONLINE', '[1,2)', '{"age": 3, "pets": ["cat"]}', to_tsvector('english', 'fat cats ate rats'), '{bot,admin}'),
    ('kiwicopple', 'OFFLINE', '[25,35)', '{"age": 30}', to_tsvector('english', 'cat bat sat'), '{human}'),
    ('awailas', 'ONLINE', '[25,35)', null, to_tsvector('english', 'bat rat'), '{human,admin}'),
    ('dragarcia', 'ONLINE', '[20,30)', '{"age": 25}', to_tsvector('english', 'fat cats'), '{}');
  insert into rest_fixtures.channels values (1, 'public'), (2, 'random'), (3, 'empty');
  insert into rest_fixtures.channel_details values (1, 'Details for public'), (2, 'Details for random');
  insert into rest_fixtures.messages values (1, 'Hello World 👋', 'supabot', 1), (2, 'Perfection is attained...', 'supabot', 2),
    (3, 'Some message', 'kiwicopple', 1);
  insert into rest_fixtures.best_friends values (1, 'supabot', 'kiwicopple'), (2, 'awailas', 'supabot');
  insert into rest_fixtures.products values (1, 'Laptop'), (2, 'Phone'), (3, 'Cable');
  insert into rest_fixtures.categories values (1, 'Electronics'), (2, 'Portable'), (3, 'Unused');
  insert into rest_fixtures.product_categories values (1, 1), (1, 2), (2, 1), (2, 2), (3, 1);
  insert into rest_fixtures.counters (id, label, n) select g, 'counter ' || g, g from generate_series(1, 10) g;

  create function rest_fixtures.get_status(name_param text) returns text language sql stable
    as $$ select status from rest_fixtures.users where username = name_param $$;
  create function rest_fixtures.list_users() returns setof rest_fixtures.users language sql stable
    as $$ select * from rest_fixtures.users $$;
  create function rest_fixtures.first_user() returns rest_fixtures.users language sql stable
    as $$ select * from rest_fixtures.users order by username limit 1 $$;
  create function rest_fixtures.user_names() returns setof text language sql stable
    as $$ select username from rest_fixtures.users order by username $$;
  create function rest_fixtures.bump_counters(below int) returns setof rest_fixtures.counters language sql volatile
    as $$ update rest_fixtures.counters set n = n + 100 where id < below returning * $$;
  create function rest_fixtures.count_keys(json) returns int language sql immutable
    as $$ select count(*)::int from json_object_keys($1) $$;
  create function rest_fixtures.pick(a int) returns text language sql immutable as $$ select 'int' $$;
  create function rest_fixtures.pick(a text) returns text language sql immutable as $$ select 'text' $$;
  create function rest_fixtures.pick(b boolean) returns text language sql immutable as $$ select 'b' $$;
  create function rest_fixtures.do_nothing() returns void language sql as '';
  create view rest_fixtures.busy_channels as select id, slug from rest_fixtures.channels where slug <> 'empty';
  create function rest_fixtures.user_messages(rest_fixtures.users) returns setof rest_fixtures.messages language sql stable
    as $$ select * from rest_fixtures.messages where username = $1.username order by id $$;
  create function rest_fixtures.author(rest_fixtures.messages) returns rest_fixtures.users language sql stable
    as $$ select * from rest_fixtures.users where username = $1.username $$;
  create function rest_fixtures.shout(rest_fixtures.messages) returns text language sql stable as $$ select upper($1.message) $$;
  create function rest_fixtures.messages_of(user_row rest_fixtures.users) returns setof rest_fixtures.messages language sql stable
    as $$ select * from rest_fixtures.messages where username = user_row.username order by id $$;
  create function rest_fixtures.sleep_for(seconds float) returns void language sql as $$ select pg_sleep(seconds) $$;
  create function rest_fixtures.sum_of(numbers int[]) returns int language sql immutable as $$ select sum(n)::int from unnest(numbers) n $$;
  grant select, insert, update, delete on all tables in schema rest_fixtures to anon, authenticated, service_role;
  grant execute on all functions in schema rest_fixtures to anon, authenticated, service_role;`;

let ready: Promise<void> | undefined;

/** Creates the fixtures if no other test file has, and waits until the API sees them. */
export function restFixtures(): Promise<void> {
  ready ??= (async () => {
    await sql(`do $outer$ begin
      perform pg_advisory_xact_lock(4602);
      if not exists (select 1 from pg_namespace where nspname = 'rest_fixtures') then execute ${dollar(ddl)}; end if;
    end $outer$`);
    await sql(`notify pgrst, 'reload schema'`);
    for (let i = 0; i < 100; i++) {
      if (!(await serviceClient().schema('rest_fixtures').from('tags').select('name')).error) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('The REST API did not see the rest_fixtures schema');
  })();
  return ready;
}

function dollar(text: string): string {
  return `$ddl$${text}$ddl$`;
}

/** A service-role client on the fixture schema, typed for PostgREST 13 (as hosted runs it) so maxAffected() exists. */
export const fixtures = () =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fixture schema has no generated Database types
  createClient<any, { PostgrestVersion: '13' }>(backend.apiUrl, backend.serviceRoleKey, {
    auth: { persistSession: false, autoRefreshToken: false },
  }).schema('rest_fixtures');
