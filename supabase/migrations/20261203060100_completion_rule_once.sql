-- ============================================================================
-- The completion rule, written once: which place a course is completed on, decided here and read by the site
-- ============================================================================
-- The course page worked out for itself whether a learner could complete yet, from cohort_availability, which leaves
-- out retired cohorts; complete_course did not, so a confirmed place on a cohort removed from content still earned a
-- certificate naming its dates, while the page asked the learner to book. And for a learner whose places had not
-- started, the page named the soonest start and complete_course the latest. A retired cohort is "no longer running"
-- everywhere else (book_place, fill_places, cohort_availability), so it does not count here either, and the date to
-- wait for is the soonest. private.completion_place decides; complete_course and completion_gate both ask it.

create function private.completion_place(p_user uuid, p_course text) returns catalog.cohorts
language sql stable security definer set search_path = '' as $$
  -- The most recent cohort that has started, else the soonest to start: the certificate names its dates.
  select ch.*
  from public.bookings b join catalog.cohorts ch on ch.id = b.cohort_id
  where b.user_id = p_user and ch.course_id = p_course and b.status = 'confirmed' and ch.retired_at is null
  order by ch.starts_on <= private.london_today() desc,
    case when ch.starts_on <= private.london_today() then ch.starts_on end desc nulls last,
    ch.starts_on
  limit 1;
$$;
comment on function private.completion_place is 'The cohort a learner completes a course on: a confirmed place on a running cohort, the latest started, else the soonest to start (null when none).';
-- Called only by the definer functions below, which run as its owner: no API role executes it directly.
revoke execute on function private.completion_place(uuid, text) from public, anon, authenticated, service_role;

-- ----------------------------------------------------------------------------
-- completion_gate: whether the signed-in learner's place lets them complete now, for the course page
-- ----------------------------------------------------------------------------
create function public.completion_gate(course text) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
declare
  place catalog.cohorts := private.completion_place(auth.uid(), course);
begin
  if place.id is null then return jsonb_build_object('open', false, 'reason', 'no-place'); end if;
  if place.starts_on > private.london_today() then
    return jsonb_build_object('open', false, 'reason', 'not-started', 'startsOn', place.starts_on);
  end if;
  return jsonb_build_object('open', true);
end;
$$;
comment on function public.completion_gate is 'Whether the signed-in learner has the place complete_course needs: {open}, or {open: false, reason: no-place | not-started, startsOn}.';
revoke execute on function public.completion_gate(text) from public, anon;
grant execute on function public.completion_gate(text) to authenticated, service_role;

-- ----------------------------------------------------------------------------
-- complete_course, as before, with its place from private.completion_place
-- ----------------------------------------------------------------------------
create or replace function public.complete_course(course text) returns public.certificates
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
  cohort := private.completion_place(me, course);
  if cohort.id is null then
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
comment on function public.complete_course is 'Checks the completion rule (a place from private.completion_place, required lessons and quizzes) and issues the certificate and CPD entry; returns the existing certificate if already complete.';
revoke execute on function public.complete_course(text) from public, anon;
grant execute on function public.complete_course(text) to authenticated, service_role;
