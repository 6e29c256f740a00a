-- ============================================================================
-- The CPD record, completed: CPD done elsewhere, course entries dated by the course, and lesson reflections
-- ============================================================================
-- A learner adds CPD done outside the platform (a study day, a conference) with add_external_cpd, and may remove
-- what they added with remove_external_cpd; the platform's own entries stay. A completed course's entry is dated by the course's last day,
-- not the day "Complete" was pressed. Each lesson's "Reflect" prompts have a place to write, kept per lesson, which
-- the CPD record shows beside the course.

-- ----------------------------------------------------------------------------
-- CPD done elsewhere
-- ----------------------------------------------------------------------------
alter table public.cpd_entries drop constraint cpd_entries_source_check;
alter table public.cpd_entries add constraint cpd_entries_source_check check (source in ('course', 'webinar', 'external'));

create function public.add_external_cpd(activity text, activity_date date, hours numeric, kind text, learned text default '',
  practice_change text default '') returns public.cpd_entries
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  entry public.cpd_entries;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to add to your CPD record.'); end if;
  if coalesce(btrim(activity), '') = '' or char_length(activity) > 200 then
    perform private.refuse('invalid', 'Enter what the activity was, in 200 characters or fewer.');
  end if;
  if activity_date is null or activity_date > private.london_today() or activity_date < private.london_today() - 3660 then
    perform private.refuse('invalid', 'Enter the date of the activity: today or in the last 10 years.');
  end if;
  if hours is null or hours <= 0 or hours > 200 or hours * 4 <> floor(hours * 4) then
    perform private.refuse('invalid', 'Enter the hours as a number from 0.25 to 200, in quarter hours.');
  end if;
  if kind is null or kind not in ('Participatory', 'Self-directed') then
    perform private.refuse('invalid', 'Choose whether the activity was participatory or self-directed.');
  end if;
  insert into public.cpd_entries (user_id, source, source_id, activity, activity_date, hours, kind, learned, practice_change)
  values (me, 'external', gen_random_uuid()::text, btrim(activity), activity_date, hours, kind,
    left(coalesce(learned, ''), 2000), left(coalesce(practice_change, ''), 2000))
  returning * into entry;
  return entry;
end;
$$;
comment on function public.add_external_cpd is 'Adds CPD done elsewhere to the signed-in learner''s record, checking date, hours and type.';
revoke execute on function public.add_external_cpd(text, date, numeric, text, text, text) from public, anon;
grant execute on function public.add_external_cpd(text, date, numeric, text, text, text) to authenticated, service_role;

-- Removing goes through a function too, so the platform's own entries stay undeletable (no DELETE grant at all).
create function public.remove_external_cpd(entry uuid) returns public.cpd_entries
language plpgsql security definer set search_path = '' as $$
declare
  removed public.cpd_entries;
begin
  if auth.uid() is null then perform private.refuse('unauthenticated', 'Sign in to change your CPD record.'); end if;
  delete from public.cpd_entries e where e.id = entry and e.user_id = auth.uid() and e.source = 'external'
  returning * into removed;
  if removed.id is null then
    perform private.refuse('not_found', 'That activity could not be removed: only CPD you added yourself can be.');
  end if;
  return removed;
end;
$$;
comment on function public.remove_external_cpd is 'Removes CPD done elsewhere that the signed-in learner added; refuses for anything else.';
revoke execute on function public.remove_external_cpd(uuid) from public, anon;
grant execute on function public.remove_external_cpd(uuid) to authenticated, service_role;

-- ----------------------------------------------------------------------------
-- A course's CPD entry is dated by the course: the last day of the dates on its certificate
-- ----------------------------------------------------------------------------
create function private.date_course_cpd() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  select c.cohort_ends_on into new.activity_date
  from public.certificates c where c.user_id = new.user_id and c.course_id = new.source_id;
  new.activity_date := coalesce(new.activity_date, private.london_today());
  return new;
end;
$$;
comment on function private.date_course_cpd is 'Dates a course''s CPD entry by the last day of the course dates on the certificate.';
revoke execute on function private.date_course_cpd() from public, anon, authenticated;

create trigger cpd_entries_date_course
before insert on public.cpd_entries
for each row when (new.source = 'course') execute function private.date_course_cpd();

update public.cpd_entries e set activity_date = c.cohort_ends_on
from public.certificates c
where e.source = 'course' and c.user_id = e.user_id and c.course_id = e.source_id and e.activity_date <> c.cohort_ends_on;

-- ----------------------------------------------------------------------------
-- Lesson reflections: what a learner writes under a lesson's "Reflect" prompts
-- ----------------------------------------------------------------------------
create table public.lesson_reflections (
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  lesson_id text not null references catalog.lessons (id),
  reflection text not null check (char_length(btrim(reflection)) between 1 and 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (user_id, lesson_id)
);
alter table public.lesson_reflections enable row level security;
comment on table public.lesson_reflections is 'A learner''s own reflection on a lesson''s Reflect prompts; private to them, shown in their CPD record.';

create trigger lesson_reflections_touch_updated_at
before update on public.lesson_reflections
for each row execute function private.touch_updated_at();

create policy "Learners can read their own reflections"
on public.lesson_reflections for select to authenticated
using (user_id = (select auth.uid()));

create policy "Learners can write their own reflections"
on public.lesson_reflections for insert to authenticated
with check (user_id = (select auth.uid()));

create policy "Learners can change their own reflections"
on public.lesson_reflections for update to authenticated
using (user_id = (select auth.uid()))
with check (user_id = (select auth.uid()));

create policy "Learners can delete their own reflections"
on public.lesson_reflections for delete to authenticated
using (user_id = (select auth.uid()));

revoke all on public.lesson_reflections from public, anon;
grant select, insert, delete on public.lesson_reflections to authenticated;
-- An upsert (insert … on conflict do update) sets every column it was sent; the policy keeps user_id their own.
grant update (user_id, lesson_id, reflection) on public.lesson_reflections to authenticated;
grant all on public.lesson_reflections to service_role;
