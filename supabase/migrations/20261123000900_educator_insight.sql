-- ============================================================================
-- Educator insight: who booked, progressed and completed, computed in SQL
-- ============================================================================
-- An educator sees the courses listed against their e-mail in content; an admin sees every course. Every figure is
-- an aggregate over the learning tables, so the page never loads learners' rows to count them.

create function private.sees_course(p_course text) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.has_role('admin') or private.runs_course(p_course);
$$;

create index if not exists bookings_cohort_status on public.bookings (cohort_id, status);
create index if not exists quiz_attempts_quiz on public.quiz_attempts (quiz_id);
create index if not exists lesson_progress_lesson on public.lesson_progress (lesson_id);
create index if not exists course_completions_course on public.course_completions (course_id);

-- ----------------------------------------------------------------------------
-- course_dashboard: the course and each cohort, quizzes and their questions
-- ----------------------------------------------------------------------------
create function public.course_dashboard(course text) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
declare
  result jsonb;
begin
  if not private.sees_course(course) then
    perform private.refuse('forbidden', 'You can see the learners of the courses you run only.');
  end if;

  with cohorts as (
    select id, title, starts_on, ends_on, capacity from catalog.cohorts where course_id = course
  ), booked as (
    select b.cohort_id, b.user_id, b.status, b.booked_at from public.bookings b join cohorts c on c.id = b.cohort_id
    where b.status <> 'cancelled'
  ), active as (
    -- Learners with any progress on this course.
    select distinct p.user_id from public.lesson_progress p join catalog.lessons l on l.id = p.lesson_id where l.course_id = course
    union
    select distinct a.user_id from public.quiz_attempts a join catalog.quizzes q on q.id = a.quiz_id where q.course_id = course
  ), done as (
    select user_id, cohort_id, completed_at from public.course_completions where course_id = course
  ), per_cohort as (
    select c.id, c.title, c.starts_on, c.capacity,
      count(b.user_id) filter (where b.status = 'confirmed') as booked,
      count(b.user_id) filter (where b.status = 'waitlisted') as waitlisted,
      count(b.user_id) filter (where b.status = 'confirmed' and b.user_id in (select user_id from active)) as started,
      count(b.user_id) filter (where b.status = 'confirmed' and b.user_id in (select user_id from done)) as completed
    from cohorts c left join booked b on b.cohort_id = c.id
    group by c.id, c.title, c.starts_on, c.capacity
  ), times as (
    select extract(epoch from d.completed_at - min(b.booked_at)) / 86400.0 as days
    from done d join public.bookings b on b.user_id = d.user_id and b.cohort_id = d.cohort_id
    group by d.user_id, d.completed_at
  )
  select jsonb_build_object(
    'booked', coalesce((select sum(booked) from per_cohort), 0),
    'waitlisted', coalesce((select sum(waitlisted) from per_cohort), 0),
    'started', coalesce((select sum(started) from per_cohort), 0),
    'completed', (select count(*) from done),
    'completionRate', case when coalesce((select sum(booked) from per_cohort), 0) = 0 then null
      else round((select count(*) from done)::numeric / (select sum(booked) from per_cohort), 3) end,
    'medianDaysToComplete', (select round(percentile_cont(0.5) within group (order by days)::numeric, 1) from times),
    'cohorts', coalesce((select jsonb_agg(jsonb_build_object('cohortId', id, 'title', title, 'startsOn', starts_on, 'capacity', capacity,
        'booked', booked, 'waitlisted', waitlisted, 'started', started, 'completed', completed) order by starts_on) from per_cohort), '[]'),
    'quizzes', private.quiz_insight(course)
  ) into result;
  return result;
end;
$$;
comment on function public.course_dashboard is 'Bookings, progress and completion of a course and its cohorts, with quiz results, for its educators and admins.';

-- Pass rates per quiz (of learners who tried it) and the correct rate of each question across all attempts.
create function private.quiz_insight(p_course text) returns jsonb
language sql stable security definer set search_path = '' as $$
  with quizzes as (
    select id, pass_mark, questions from catalog.quizzes where course_id = p_course
  ), learners as (
    select a.quiz_id, a.user_id, bool_or(a.passed) as passed, count(*) as attempts
    from public.quiz_attempts a join quizzes q on q.id = a.quiz_id group by a.quiz_id, a.user_id
  ), keys as (
    select q.id as quiz_id, question ->> 'id' as question_id, question ->> 'prompt' as prompt, n as position,
      array(select o ->> 'id' from jsonb_array_elements(question -> 'options') o where (o ->> 'correct')::boolean order by 1) as answer_key
    from quizzes q, jsonb_array_elements(q.questions) with ordinality as t(question, n)
  ), marks as (
    select k.quiz_id, k.question_id, k.prompt, k.position,
      count(a.id) as answered,
      count(a.id) filter (where array(select jsonb_array_elements_text(a.answers -> k.question_id) order by 1) = k.answer_key) as correct
    from keys k left join public.quiz_attempts a on a.quiz_id = k.quiz_id
    group by k.quiz_id, k.question_id, k.prompt, k.position
  )
  select coalesce(jsonb_agg(jsonb_build_object(
    'quizId', q.id, 'passMark', q.pass_mark,
    'learners', (select count(*) from learners l where l.quiz_id = q.id),
    'attempts', (select coalesce(sum(attempts), 0) from learners l where l.quiz_id = q.id),
    'passRate', (select case when count(*) = 0 then null else round(count(*) filter (where passed)::numeric / count(*), 3) end from learners l where l.quiz_id = q.id),
    'questions', (select jsonb_agg(jsonb_build_object('questionId', m.question_id, 'prompt', m.prompt, 'answered', m.answered,
        'correctRate', case when m.answered = 0 then null else round(m.correct::numeric / m.answered, 3) end) order by m.position)
      from marks m where m.quiz_id = q.id)
  ) order by q.id), '[]')
  from quizzes q;
$$;

-- ----------------------------------------------------------------------------
-- cohort_learners: one row per learner on a cohort, for the table and its CSV export
-- ----------------------------------------------------------------------------
create function public.cohort_learners(cohort text)
returns table (user_id uuid, full_name text, email text, profession text, trust text, status public.booking_status,
  waitlist_position int, booked_at timestamptz, lessons_done int, required_lessons int, quizzes_passed int,
  required_quizzes int, completed_at timestamptz)
language plpgsql stable security definer set search_path = '' as $$
declare
  c catalog.cohorts;
  crs catalog.courses;
begin
  select * into c from catalog.cohorts where id = cohort;
  if not found or not private.sees_course(c.course_id) then
    perform private.refuse('forbidden', 'You can see the learners of the courses you run only.');
  end if;
  select * into crs from catalog.courses where id = c.course_id;
  return query
  select b.user_id, p.full_name, u.email::text, p.profession, p.trust, b.status, b.waitlist_position, b.booked_at,
    (select count(*)::int from public.lesson_progress lp join catalog.lessons l on l.id = lp.lesson_id
      where lp.user_id = b.user_id and l.course_id = c.course_id and l.required and l.retired_at is null),
    (select count(*)::int from catalog.lessons l where l.course_id = c.course_id and l.required and l.retired_at is null),
    (select count(distinct a.quiz_id)::int from public.quiz_attempts a where a.user_id = b.user_id and a.passed and a.quiz_id = any (crs.required_quizzes)),
    cardinality(crs.required_quizzes),
    (select cc.completed_at from public.course_completions cc where cc.user_id = b.user_id and cc.course_id = c.course_id)
  from public.bookings b
  join public.profiles p on p.id = b.user_id
  join auth.users u on u.id = b.user_id
  where b.cohort_id = cohort and b.status <> 'cancelled'
  order by b.status, b.waitlist_position nulls first, p.full_name;
end;
$$;
comment on function public.cohort_learners is 'The learners booked on a cohort with their progress, for its educators and admins.';

-- ----------------------------------------------------------------------------
-- webinar_insight: views, completions and CPD minutes per webinar, for educators and admins
-- ----------------------------------------------------------------------------
create function public.webinar_insight()
returns table (webinar_id text, title text, series text, viewers int, watched int, cpd_minutes_awarded int)
language plpgsql stable security definer set search_path = '' as $$
begin
  if not (private.has_role('educator') or private.has_role('admin')) then
    perform private.refuse('forbidden', 'Webinar figures are for educators and admins.');
  end if;
  return query
  select w.id, w.title, w.series, count(v.user_id)::int, count(v.completed_at)::int, (count(v.completed_at) * w.cpd_minutes)::int
  from catalog.webinars w left join public.webinar_views v on v.webinar_id = w.id
  where w.retired_at is null
  group by w.id, w.title, w.series, w.cpd_minutes
  order by w.series, w.title;
end;
$$;

revoke execute on function public.course_dashboard(text), public.cohort_learners(text), public.webinar_insight() from public, anon;
revoke execute on function private.quiz_insight(text) from public;
