-- ============================================================================
-- Who teaches what, decided once per request; indexes on the columns lookups filter by
-- ============================================================================
-- The educators' read policies called a definer helper with a column of the row (runs_cohort(cohort_id),
-- runs_course(quiz_course(quiz_id)), ...). Postgres cannot hoist such a call, so it ran once per row: reading
-- /rest/v1/bookings?select=id at 26,000 bookings took over a second for anyone, learners included. Each helper below
-- depends only on who is asking, so wrapped in (select ...) it runs once per query as an initPlan, and each row is
-- matched against the small set it returns.

-- ----------------------------------------------------------------------------
-- What the signed-in educator runs: courses listed against their e-mail in content, and what belongs to them
-- ----------------------------------------------------------------------------
create function private.taught_courses() returns text[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(c.id), '{}')
  from catalog.courses c
  where (select private.has_role('educator'))
    and exists (select 1 from unnest(c.educators) as e where lower(e) = lower(auth.email()));
$$;
comment on function private.taught_courses is 'Ids of the courses the signed-in educator runs (none for anyone else). Policies call it once per query.';

create function private.taught_cohorts() returns text[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(id), '{}') from catalog.cohorts where course_id = any ((select private.taught_courses())::text[]);
$$;
comment on function private.taught_cohorts is 'Ids of the cohorts of the courses the signed-in educator runs.';

create function private.taught_lessons() returns text[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(id), '{}') from catalog.lessons where course_id = any ((select private.taught_courses())::text[]);
$$;
comment on function private.taught_lessons is 'Ids of the lessons of the courses the signed-in educator runs.';

create function private.taught_quizzes() returns text[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(id), '{}') from catalog.quizzes where course_id = any ((select private.taught_courses())::text[]);
$$;
comment on function private.taught_quizzes is 'Ids of the quizzes of the courses the signed-in educator runs.';

revoke execute on function private.taught_courses(), private.taught_cohorts(), private.taught_lessons(), private.taught_quizzes() from public, anon;
grant execute on function private.taught_courses(), private.taught_cohorts(), private.taught_lessons(), private.taught_quizzes() to authenticated, service_role;

-- ----------------------------------------------------------------------------
-- The same policies, asking once per query
-- ----------------------------------------------------------------------------
drop policy "Educators can read bookings for the courses they run" on public.bookings;
create policy "Educators can read bookings for the courses they run"
on public.bookings for select to authenticated
using (cohort_id = any ((select private.taught_cohorts())::text[]));

drop policy "Educators can read progress in the courses they run" on public.lesson_progress;
create policy "Educators can read progress in the courses they run"
on public.lesson_progress for select to authenticated
using (lesson_id = any ((select private.taught_lessons())::text[]));

drop policy "Educators can read attempts in the courses they run" on public.quiz_attempts;
create policy "Educators can read attempts in the courses they run"
on public.quiz_attempts for select to authenticated
using (quiz_id = any ((select private.taught_quizzes())::text[]));

drop policy "Educators can read completions of the courses they run" on public.course_completions;
create policy "Educators can read completions of the courses they run"
on public.course_completions for select to authenticated
using (course_id = any ((select private.taught_courses())::text[]));

drop policy "Educators can read certificates of the courses they run" on public.certificates;
create policy "Educators can read certificates of the courses they run"
on public.certificates for select to authenticated
using (course_id = any ((select private.taught_courses())::text[]));

-- ----------------------------------------------------------------------------
-- Indexes on the columns that foreign keys, policies and lookups filter by
-- ----------------------------------------------------------------------------
create index if not exists webinar_views_webinar on public.webinar_views (webinar_id);
create index if not exists resource_useful_resource on public.resource_useful (resource_id);
create index if not exists resource_reports_resource on public.resource_reports (resource_id);
create index if not exists certificates_user_course on public.certificates (user_id, course_id);
create index if not exists audit_log_subject on public.audit_log (subject_id);
create index if not exists notifications_user on private.notifications (user_id);
create index if not exists notifications_booking on private.notifications (booking_id);
