-- ============================================================================
-- Catalog: what the database must enforce, copied from content/ by `catalog sync`
-- ============================================================================
-- Content in git is the source of truth for teaching material. The ids and rules that SQL needs (courses, lessons,
-- quizzes with their answer keys, cohorts with dates and capacity, webinars, guidelines, CPD) are upserted here.
-- No API role has any privilege on this schema: answer keys never reach a browser. Public functions that need the
-- catalog are security definer and return only what their caller may see.

create schema catalog;
comment on schema catalog is 'Course structure synced from content; readable only by definer functions and the database owner.';

create table catalog.courses (
  id text primary key,
  title text not null,
  format text not null check (format in ('5-day', '3-week')),
  cpd_hours numeric(5, 1) not null check (cpd_hours > 0),
  required_quizzes text[] not null default '{}',
  educators text[] not null default '{}',
  retired_at timestamptz,
  synced_at timestamptz not null default now()
);
comment on table catalog.courses is 'One row per course in content/courses; retired when its file is removed.';

create table catalog.lessons (
  id text primary key,
  course_id text not null references catalog.courses (id),
  module_id text not null,
  position int not null check (position > 0),
  required boolean not null,
  quiz_id text,
  retired_at timestamptz,
  synced_at timestamptz not null default now()
);
comment on table catalog.lessons is 'Lessons and whether they count towards completion.';
create index on catalog.lessons (course_id);

create table catalog.quizzes (
  id text primary key,
  course_id text not null references catalog.courses (id),
  pass_mark int not null check (pass_mark between 0 and 100),
  attempts_allowed int check (attempts_allowed > 0),
  shuffle boolean not null,
  questions jsonb not null,
  retired_at timestamptz,
  synced_at timestamptz not null default now()
);
comment on table catalog.quizzes is 'Quizzes with their questions and answer keys: never granted to an API role.';

create table catalog.cohorts (
  id text primary key,
  course_id text not null references catalog.courses (id),
  title text not null,
  starts_on date not null,
  ends_on date not null,
  sessions jsonb not null,
  capacity int not null check (capacity > 0),
  waitlist_capacity int not null check (waitlist_capacity >= 0),
  booking_opens date not null,
  booking_closes date not null,
  facilitator text not null,
  retired_at timestamptz,
  synced_at timestamptz not null default now(),
  check (starts_on <= ends_on),
  check (booking_opens <= booking_closes)
);
comment on table catalog.cohorts is 'Dated runs of a course, with capacity and booking window (dates are Europe/London).';
create index on catalog.cohorts (course_id);

create table catalog.webinars (
  id text primary key,
  series text not null,
  title text not null,
  cpd_minutes int not null check (cpd_minutes > 0),
  duration_seconds int not null check (duration_seconds > 0),
  members_only boolean not null,
  retired_at timestamptz,
  synced_at timestamptz not null default now()
);
comment on table catalog.webinars is 'Webinars and the CPD minutes a full viewing earns.';

create table catalog.guidelines (
  id text primary key,
  title text not null,
  version text not null,
  members_only boolean not null,
  next_review date not null,
  retired_at timestamptz,
  synced_at timestamptz not null default now()
);
comment on table catalog.guidelines is 'Prescribing guidelines: versions, review dates and who may read them.';

-- ----------------------------------------------------------------------------
-- catalog.sync: upsert everything in one transaction; retire what content no longer has
-- ----------------------------------------------------------------------------
create function catalog.sync(payload jsonb) returns jsonb
language plpgsql set search_path = '' as $$
declare
  counts jsonb := '{}';
  n int;
begin
  insert into catalog.courses (id, title, format, cpd_hours, required_quizzes, educators, retired_at, synced_at)
  select c.id, c.title, c.format, c.cpd_hours, c.required_quizzes, c.educators, null, now()
  from jsonb_to_recordset(payload -> 'courses') as c(id text, title text, format text, cpd_hours numeric, required_quizzes text[], educators text[])
  on conflict (id) do update set title = excluded.title, format = excluded.format, cpd_hours = excluded.cpd_hours,
    required_quizzes = excluded.required_quizzes, educators = excluded.educators, retired_at = null, synced_at = now();

  insert into catalog.lessons (id, course_id, module_id, position, required, quiz_id, retired_at, synced_at)
  select l.id, l.course_id, l.module_id, l.position, l.required, l.quiz_id, null, now()
  from jsonb_to_recordset(payload -> 'lessons') as l(id text, course_id text, module_id text, position int, required boolean, quiz_id text)
  on conflict (id) do update set course_id = excluded.course_id, module_id = excluded.module_id, position = excluded.position,
    required = excluded.required, quiz_id = excluded.quiz_id, retired_at = null, synced_at = now();

  insert into catalog.quizzes (id, course_id, pass_mark, attempts_allowed, shuffle, questions, retired_at, synced_at)
  select q.id, q.course_id, q.pass_mark, q.attempts_allowed, q.shuffle, q.questions, null, now()
  from jsonb_to_recordset(payload -> 'quizzes') as q(id text, course_id text, pass_mark int, attempts_allowed int, shuffle boolean, questions jsonb)
  on conflict (id) do update set course_id = excluded.course_id, pass_mark = excluded.pass_mark, attempts_allowed = excluded.attempts_allowed,
    shuffle = excluded.shuffle, questions = excluded.questions, retired_at = null, synced_at = now();

  insert into catalog.cohorts (id, course_id, title, starts_on, ends_on, sessions, capacity, waitlist_capacity, booking_opens, booking_closes, facilitator, retired_at, synced_at)
  select c.id, c.course_id, c.title, c.starts_on, c.ends_on, c.sessions, c.capacity, c.waitlist_capacity, c.booking_opens, c.booking_closes, c.facilitator, null, now()
  from jsonb_to_recordset(payload -> 'cohorts') as c(id text, course_id text, title text, starts_on date, ends_on date, sessions jsonb,
    capacity int, waitlist_capacity int, booking_opens date, booking_closes date, facilitator text)
  on conflict (id) do update set course_id = excluded.course_id, title = excluded.title, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
    sessions = excluded.sessions, capacity = excluded.capacity, waitlist_capacity = excluded.waitlist_capacity, booking_opens = excluded.booking_opens,
    booking_closes = excluded.booking_closes, facilitator = excluded.facilitator, retired_at = null, synced_at = now();

  insert into catalog.webinars (id, series, title, cpd_minutes, duration_seconds, members_only, retired_at, synced_at)
  select w.id, w.series, w.title, w.cpd_minutes, w.duration_seconds, w.members_only, null, now()
  from jsonb_to_recordset(payload -> 'webinars') as w(id text, series text, title text, cpd_minutes int, duration_seconds int, members_only boolean)
  on conflict (id) do update set series = excluded.series, title = excluded.title, cpd_minutes = excluded.cpd_minutes,
    duration_seconds = excluded.duration_seconds, members_only = excluded.members_only, retired_at = null, synced_at = now();

  insert into catalog.guidelines (id, title, version, members_only, next_review, retired_at, synced_at)
  select g.id, g.title, g.version, g.members_only, g.next_review, null, now()
  from jsonb_to_recordset(payload -> 'guidelines') as g(id text, title text, version text, members_only boolean, next_review date)
  on conflict (id) do update set title = excluded.title, version = excluded.version, members_only = excluded.members_only,
    next_review = excluded.next_review, retired_at = null, synced_at = now();

  -- Removing content never deletes learners' records: the catalog row is only marked retired.
  update catalog.courses set retired_at = now() where retired_at is null and id not in (select x ->> 'id' from jsonb_array_elements(payload -> 'courses') x);
  get diagnostics n = row_count; counts := counts || jsonb_build_object('courses_retired', n);
  update catalog.lessons set retired_at = now() where retired_at is null and id not in (select x ->> 'id' from jsonb_array_elements(payload -> 'lessons') x);
  get diagnostics n = row_count; counts := counts || jsonb_build_object('lessons_retired', n);
  update catalog.quizzes set retired_at = now() where retired_at is null and id not in (select x ->> 'id' from jsonb_array_elements(payload -> 'quizzes') x);
  get diagnostics n = row_count; counts := counts || jsonb_build_object('quizzes_retired', n);
  update catalog.cohorts set retired_at = now() where retired_at is null and id not in (select x ->> 'id' from jsonb_array_elements(payload -> 'cohorts') x);
  get diagnostics n = row_count; counts := counts || jsonb_build_object('cohorts_retired', n);
  update catalog.webinars set retired_at = now() where retired_at is null and id not in (select x ->> 'id' from jsonb_array_elements(payload -> 'webinars') x);
  get diagnostics n = row_count; counts := counts || jsonb_build_object('webinars_retired', n);
  update catalog.guidelines set retired_at = now() where retired_at is null and id not in (select x ->> 'id' from jsonb_array_elements(payload -> 'guidelines') x);
  get diagnostics n = row_count; counts := counts || jsonb_build_object('guidelines_retired', n);

  return counts || jsonb_build_object(
    'courses', jsonb_array_length(payload -> 'courses'), 'lessons', jsonb_array_length(payload -> 'lessons'),
    'quizzes', jsonb_array_length(payload -> 'quizzes'), 'cohorts', jsonb_array_length(payload -> 'cohorts'),
    'webinars', jsonb_array_length(payload -> 'webinars'), 'guidelines', jsonb_array_length(payload -> 'guidelines'));
end;
$$;
comment on function catalog.sync is 'Upserts the catalog from a content payload in one transaction and retires rows content no longer has.';

revoke all on schema catalog from public;
revoke all on function catalog.sync(jsonb) from public;
