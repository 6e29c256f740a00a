-- ============================================================================
-- Course completion, certificates and the CPD record
-- ============================================================================
-- complete_course checks the completion rule in SQL and issues a certificate with an unguessable public code.
-- Anyone can check a code with verify_certificate, which says whether it is valid, for whom and for what.

create table public.course_completions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  course_id text not null references catalog.courses (id),
  cohort_id text not null references catalog.cohorts (id),
  completed_at timestamptz not null default now(),
  unique (user_id, course_id)
);
alter table public.course_completions enable row level security;
comment on table public.course_completions is 'Courses each person has completed. Written only by complete_course.';

create table public.certificates (
  id uuid primary key default gen_random_uuid(),
  -- Both become null when the learner deletes their account: the certificate stays verifiable, without a name.
  completion_id uuid unique references public.course_completions (id) on delete set null,
  user_id uuid references auth.users (id) on delete set null,
  course_id text not null references catalog.courses (id),
  code text not null unique check (code ~ '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$'),
  learner_name text,
  course_title text not null,
  cohort_starts_on date not null,
  cohort_ends_on date not null,
  cpd_hours numeric(5, 1) not null,
  issued_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_reason text,
  check ((user_id is null) = (learner_name is null))
);
alter table public.certificates enable row level security;
comment on table public.certificates is 'Certificates as issued: name, course, dates and hours are copied so the certificate never changes.';

create table public.cpd_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  source text not null check (source in ('course', 'webinar')),
  source_id text not null,
  activity text not null,
  activity_date date not null,
  hours numeric(5, 2) not null check (hours > 0),
  kind text not null check (kind in ('Participatory', 'Self-directed')),
  learned text not null default '' check (char_length(learned) <= 2000),
  practice_change text not null default '' check (char_length(practice_change) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (user_id, source, source_id)
);
alter table public.cpd_entries enable row level security;
comment on table public.cpd_entries is 'The CPD record: added by the platform; the learner writes what they learned and how it changed their practice.';

create trigger cpd_entries_touch_updated_at
before update on public.cpd_entries
for each row execute function private.touch_updated_at();

-- ----------------------------------------------------------------------------
-- Certificate codes: 16 characters of Crockford base32 (80 random bits), easy to read aloud and type
-- ----------------------------------------------------------------------------
create function private.certificate_code() returns text
language sql volatile set search_path = '' as $$
  select string_agg(
    case when i in (5, 9, 13) then '-' else '' end
      || substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', get_byte(uuid_send(gen_random_uuid()), 0) % 32 + 1, 1),
    '' order by i)
  from generate_series(1, 16) as i;
$$;

create function private.normalise_certificate_code(input text) returns text
language sql immutable set search_path = '' as $$
  select regexp_replace(translate(upper(regexp_replace(coalesce(input, ''), '[^0-9A-Za-z]', '', 'g')), 'OIL', '011'),
    '^(.{4})(.{4})(.{4})(.{4})$', '\1-\2-\3-\4');
$$;
comment on function private.normalise_certificate_code is 'Accepts a code typed with spaces, lower case, or O/I/L for 0/1/1.';

-- ----------------------------------------------------------------------------
-- complete_course
-- ----------------------------------------------------------------------------
create function public.complete_course(course text) returns public.certificates
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  c catalog.courses;
  cohort catalog.cohorts;
  lessons_left int;
  quizzes_left int;
  learner text;
  completion_id uuid;
  certificate public.certificates;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to complete a course.'); end if;
  select * into c from catalog.courses where id = course;
  if not found then perform private.refuse('not_found', 'This course does not exist.'); end if;

  -- One completion at a time per person and course: a double click gets the same certificate, not an error.
  perform pg_advisory_xact_lock(hashtext(me::text || '/complete/' || course));
  select * into certificate from public.certificates where user_id = me and course_id = course;
  if found then return certificate; end if;

  -- The certificate names the taught dates, so the learner's cohort must have started.
  select ch.* into cohort
  from public.bookings b join catalog.cohorts ch on ch.id = b.cohort_id
  where b.user_id = me and ch.course_id = course and b.status = 'confirmed'
  order by ch.starts_on <= private.london_today() desc, ch.starts_on desc limit 1;
  if not found then
    perform private.refuse('no_booking', 'You need a confirmed place on a cohort of this course before you can complete it.');
  end if;
  if cohort.starts_on > private.london_today() then
    perform private.refuse('not_started', format('You can complete the course once your cohort has started on %s.', to_char(cohort.starts_on, 'FMDD FMMonth YYYY')));
  end if;

  select count(*) into lessons_left
  from catalog.lessons l
  where l.course_id = course and l.required and l.retired_at is null
    and not exists (select 1 from public.lesson_progress p where p.user_id = me and p.lesson_id = l.id);
  select count(*) into quizzes_left
  from catalog.quizzes qz
  where qz.id = any (c.required_quizzes) and qz.retired_at is null
    and not exists (select 1 from public.quiz_attempts a where a.user_id = me and a.quiz_id = qz.id and a.passed);
  if lessons_left + quizzes_left > 0 then
    perform private.refuse('incomplete', format('Not finished yet: %s required %s and %s %s still to pass.',
      lessons_left, case when lessons_left = 1 then 'lesson' else 'lessons' end,
      quizzes_left, case when quizzes_left = 1 then 'quiz' else 'quizzes' end));
  end if;

  select trim(full_name) into learner from public.profiles where id = me;
  if coalesce(learner, '') = '' then
    perform private.refuse('no_name', 'Add your full name to your account first: it is printed on your certificate.');
  end if;

  insert into public.course_completions (user_id, course_id, cohort_id) values (me, course, cohort.id)
  returning id into completion_id;
  insert into public.certificates (completion_id, user_id, course_id, code, learner_name, course_title, cohort_starts_on, cohort_ends_on, cpd_hours)
  values (completion_id, me, course, private.certificate_code(), learner, c.title, cohort.starts_on, cohort.ends_on, c.cpd_hours)
  returning * into certificate;
  insert into public.cpd_entries (user_id, source, source_id, activity, activity_date, hours, kind)
  values (me, 'course', course, format('%s (%s)', c.title, cohort.title), private.london_today(), c.cpd_hours, 'Participatory')
  on conflict (user_id, source, source_id) do nothing;
  return certificate;
end;
$$;
comment on function public.complete_course is 'Checks the completion rule and issues the certificate and CPD entry; returns the existing certificate if already complete.';

-- ----------------------------------------------------------------------------
-- verify_certificate: public, and says only whether it is valid, for whom and for what
-- ----------------------------------------------------------------------------
create function public.verify_certificate(certificate_code text)
returns table (code text, learner_name text, course_title text, cohort_starts_on date, cohort_ends_on date, cpd_hours numeric,
  issued_at timestamptz, revoked boolean, revoked_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select c.code, c.learner_name, c.course_title, c.cohort_starts_on, c.cohort_ends_on, c.cpd_hours, c.issued_at,
    c.revoked_at is not null, c.revoked_at
  from public.certificates c
  where c.code = private.normalise_certificate_code(certificate_code);
$$;
comment on function public.verify_certificate is 'Looks up a certificate by its public code.';

-- ----------------------------------------------------------------------------
-- revoke_certificate: admins, or educators who run the course
-- ----------------------------------------------------------------------------
create function public.revoke_certificate(certificate uuid, reason text) returns public.certificates
language plpgsql security definer set search_path = '' as $$
declare
  cert public.certificates;
begin
  select * into cert from public.certificates where id = certificate;
  if not found or not (private.has_role('admin') or private.runs_course(cert.course_id)) then
    perform private.refuse('not_found', 'We could not find that certificate.');
  end if;
  if coalesce(trim(reason), '') = '' then perform private.refuse('invalid', 'Say why the certificate is revoked.'); end if;
  if cert.revoked_at is not null then perform private.refuse('already_revoked', 'This certificate is already revoked.'); end if;
  update public.certificates set revoked_at = now(), revoked_reason = trim(reason) where id = certificate returning * into cert;
  insert into public.audit_log (actor, action, subject_type, subject_id, details)
  values (auth.uid(), 'certificate.revoked', 'certificate', cert.id::text, jsonb_build_object('reason', cert.revoked_reason, 'learner', cert.user_id));
  return cert;
end;
$$;

-- ----------------------------------------------------------------------------
-- Policies
-- ----------------------------------------------------------------------------
create policy "Learners can read their own completions"
on public.course_completions for select to authenticated
using (user_id = (select auth.uid()));

create policy "Educators can read completions of the courses they run"
on public.course_completions for select to authenticated
using ((select private.runs_course(course_id)));

create policy "Admins can read all completions"
on public.course_completions for select to authenticated
using ((select private.has_role('admin')));

create policy "Learners can read their own certificates"
on public.certificates for select to authenticated
using (user_id = (select auth.uid()));

create policy "Educators can read certificates of the courses they run"
on public.certificates for select to authenticated
using ((select private.runs_course(course_id)));

create policy "Admins can read all certificates"
on public.certificates for select to authenticated
using ((select private.has_role('admin')));

create policy "Learners can read their own CPD record"
on public.cpd_entries for select to authenticated
using (user_id = (select auth.uid()));

create policy "Learners can write their reflections"
on public.cpd_entries for update to authenticated
using (user_id = (select auth.uid()))
with check (user_id = (select auth.uid()));

revoke all on public.course_completions, public.certificates, public.cpd_entries from anon;
revoke insert, update, delete, truncate on public.course_completions, public.certificates, public.cpd_entries from authenticated;
grant update (learned, practice_change) on public.cpd_entries to authenticated;
revoke execute on function public.complete_course(text), public.revoke_certificate(uuid, text) from public, anon;
