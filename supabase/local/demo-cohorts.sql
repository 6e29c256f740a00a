-- Demo cohorts for the educator dashboards: every cohort of the demo educator's courses that has started by today gets
-- learners from the three trusts, as they would have booked and learned. A few cancelled; a cohort filled to capacity
-- has a waiting list. Most are part-way through the lessons, some have not started, some failed a quiz before passing
-- it, and those who finished have a certificate. Quiz attempts and completions go through submit_quiz_attempt and
-- complete_course as each learner, so grading, attempt limits and the completion rule are the real ones; the times are
-- then moved back to when each step would have happened. The accounts have no password: nobody signs in as them.
do $$
declare
  educator constant text := 'educator@mindbody.example';
  today constant date := private.london_today();
  first_names constant text[] := array['Olivia', 'James', 'Amelia', 'Oliver', 'Isla', 'Harry', 'Ava', 'George', 'Priya',
    'Kwame', 'Sophie', 'Jack', 'Emily', 'Thomas', 'Chloe', 'Mohammed', 'Hannah', 'Samuel', 'Zainab', 'Callum', 'Niamh',
    'Rhys', 'Aisha', 'Liam', 'Megan', 'Joseph', 'Fatima', 'Ethan', 'Rebecca', 'Tomasz', 'Lucy', 'Arjun', 'Eleanor',
    'Daniel', 'Chiamaka', 'Ben', 'Holly', 'Adebayo', 'Katie', 'Rory'];
  last_names constant text[] := array['Smith', 'Patel', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans',
    'Thomas', 'Johnson', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'Hughes', 'Edwards', 'Green', 'Hall',
    'Khan', 'Lewis', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Mensah', 'Martin', 'Cooper', 'King', 'Ali', 'Baker',
    'Morgan', 'Nowak', 'Campbell', 'Adeyemi', 'Murphy', 'Begum', 'Kelly', 'Shah', 'Turner'];
  professions constant text[] := array['Staff nurse, acute medical ward', 'Staff nurse, surgical ward', 'Ward sister, elderly care',
    'Healthcare assistant, orthopaedic ward', 'Healthcare assistant, emergency department', 'FY1 doctor', 'FY2 doctor, emergency medicine',
    'Physiotherapist, respiratory', 'Physiotherapist, stroke unit', 'Occupational therapist', 'Staff nurse, emergency department',
    'Nursing associate, renal ward', 'Midwife', 'Dietitian', 'Core trainee, general medicine', 'Clinical nurse specialist, diabetes',
    'Speech and language therapist', 'Healthcare assistant, acute medical ward', 'Ward pharmacist', 'Staff nurse, cardiology'];
  trusts constant text[] := array['King''s College Hospital', 'Guy''s and St Thomas''', 'South London and Maudsley'];
  c record;
  q record;
  person int := 0;
  places int;
  waiting int;
  cancelled constant int := 3;
  lesson_count int;
  ran numeric;      -- how far the cohort has run: 0 on its first day, 1 two weeks after its last
  learner uuid;
  first_name text;
  last_name text;
  booked timestamptz;
  lessons_done int;
  all_passed boolean;
  tries int;
  wrong_at int;
  wrong_parity int;
  finished timestamptz;
  pace interval;    -- how long this learner takes over the lessons
  hard_quiz text;   -- one quiz per course whose last question most people get wrong, as the dashboard flags
begin
  perform setseed(0.2026);
  for c in
    select ch.* from catalog.cohorts ch join catalog.courses co on co.id = ch.course_id
    where educator = any (co.educators) and ch.retired_at is null and ch.starts_on <= today
    order by ch.starts_on, ch.id
  loop
    select count(*) into lesson_count from catalog.lessons where course_id = c.course_id and retired_at is null;
    select id into hard_quiz from catalog.quizzes where course_id = c.course_id and retired_at is null order by id offset 1 limit 1;
    ran := least(1, (today - c.starts_on)::numeric / (c.ends_on - c.starts_on + 14));
    -- Up to 22 places taken: a smaller cohort is full and has a waiting list.
    places := least(c.capacity, 22) - (select count(*) from public.bookings where cohort_id = c.id and status = 'confirmed');
    waiting := case when c.capacity <= 22 then least(4, c.waitlist_capacity) else 0 end;

    for j in 1 .. places + waiting + cancelled loop
      person := person + 1;
      learner := format('00000000-0000-4000-9000-%s', lpad(person::text, 12, '0'))::uuid;
      first_name := first_names[1 + (person - 1) % cardinality(first_names)];
      last_name := last_names[1 + ((person - 1) * 17 + (person - 1) / cardinality(first_names)) % cardinality(last_names)];
      insert into auth.users (instance_id, aud, role, confirmation_token, recovery_token, id, email, email_confirmed_at, raw_user_meta_data, raw_app_meta_data)
      values ('00000000-0000-0000-0000-000000000000', 'authenticated', 'authenticated', '', '', learner,
        lower(format('%s.%s@mindbody.example', first_name, last_name)), now(),
        jsonb_build_object('full_name', first_name || ' ' || last_name), '{"provider": "email", "providers": ["email"]}');
      update public.profiles set profession = professions[1 + floor(random() * cardinality(professions))::int], trust = trusts[1 + person % 3]
      where id = learner;

      if j > places + waiting then
        booked := c.booking_opens + random() * (c.booking_closes - c.booking_opens) * interval '1 day' + interval '8 hours';
        insert into public.bookings (cohort_id, user_id, status, booked_at, confirmed_at, cancelled_at, cancelled_by)
        values (c.id, learner, 'cancelled', booked, booked, least(booked + interval '9 days', c.starts_on - interval '1 day'), learner);
        continue;
      end if;
      if j > places then
        -- The waiting list formed in the last days before booking closed.
        booked := c.booking_closes - (waiting - (j - places) + 1) * interval '1 day' + interval '14 hours';
        insert into public.bookings (cohort_id, user_id, status, waitlist_position, booked_at)
        values (c.id, learner, 'waitlisted', j - places, booked);
        continue;
      end if;
      booked := c.booking_opens + random() * 0.8 * (c.booking_closes - c.booking_opens) * interval '1 day' + interval '8 hours';
      insert into public.bookings (cohort_id, user_id, status, booked_at, confirmed_at) values (c.id, learner, 'confirmed', booked, booked);

      continue when random() < 0.12; -- booked but not started
      pace := (c.ends_on - c.starts_on + 1 + random() * 16) * interval '1 day';
      lessons_done := round(lesson_count * least(1, ran * (0.45 + random() * 1.2)));
      insert into public.lesson_progress (user_id, lesson_id, completed_at)
      select learner, l.id, least(now() - interval '2 hours',
        c.starts_on + interval '9 hours' + (n::numeric / lesson_count) * date_trunc('day', pace) + random() * interval '10 hours')
      from (select id, row_number() over (order by module_id, position) as n from catalog.lessons
            where course_id = c.course_id and retired_at is null) l
      where n <= lessons_done;

      -- Each quiz once its lesson is done (a quiz with no lesson once all are): most pass first time, some fail first.
      perform set_config('request.jwt.claims', jsonb_build_object('sub', learner, 'role', 'authenticated')::text, true);
      all_passed := true;
      for q in
        select qz.id, qz.questions, qz.attempts_allowed, jsonb_array_length(qz.questions) as size from catalog.quizzes qz
        where qz.course_id = c.course_id and qz.retired_at is null
          and case when exists (select 1 from catalog.lessons l where l.quiz_id = qz.id and l.retired_at is null)
            then exists (select 1 from catalog.lessons l join public.lesson_progress p on p.lesson_id = l.id and p.user_id = learner
                         where l.quiz_id = qz.id)
            else lessons_done = lesson_count end
        order by qz.id
      loop
        tries := least(case when random() < 0.05 then 3 when random() < 0.22 then 2 else 1 end, q.attempts_allowed);
        -- A few failed their latest try and have not come back to it yet.
        if tries = 1 and lessons_done < lesson_count and random() < 0.15 then tries := 0; end if;
        for attempt in 1 .. greatest(tries, 1) loop
          -- The first question everyone gets right; a failed try misses every other one, a pass at most one (on the
          -- hard quiz, mostly its last), which keeps it over an 80% pass mark.
          wrong_parity := floor(random() * 2)::int;
          wrong_at := case when q.id = hard_quiz and random() < 0.6 then q.size when random() < 0.45 then 2 + floor(random() * (q.size - 1))::int else 0 end;
          perform public.submit_quiz_attempt(q.id, (
            select jsonb_object_agg(question ->> 'id', (
              select jsonb_agg(o ->> 'id') from (
                select o from jsonb_array_elements(question -> 'options') o
                where coalesce((o ->> 'correct')::boolean, false) <> wrong
                limit case when wrong then 1 end
              ) chosen))
            from jsonb_array_elements(q.questions) with ordinality as t(question, n)
            cross join lateral (select n > 1 and case when attempt < tries or tries = 0 then (n + wrong_parity) % 2 = 0
              else n = wrong_at end as wrong) w));
        end loop;
        all_passed := all_passed and tries > 0;
      end loop;
      if lessons_done = lesson_count and all_passed and random() < 0.85 and not exists (
        select 1 from catalog.courses co, unnest(co.required_quizzes) as required (quiz_id)
        where co.id = c.course_id
          and not exists (select 1 from public.quiz_attempts a where a.user_id = learner and a.quiz_id = required.quiz_id and a.passed)) then
        perform public.complete_course(c.course_id);
      end if;
      perform set_config('request.jwt.claims', '', true);

      -- Back-date each attempt to the day of its lesson, and the completion to just after the last attempt.
      update public.quiz_attempts a set submitted_at = coalesce(
          (select p.completed_at from public.lesson_progress p join catalog.lessons l on l.id = p.lesson_id
           where p.user_id = learner and l.quiz_id = a.quiz_id limit 1),
          (select max(p.completed_at) from public.lesson_progress p where p.user_id = learner))
        + a.attempt_number * interval '20 minutes'
      where a.user_id = learner;
      select max(submitted_at) + interval '5 minutes' into finished from public.quiz_attempts where user_id = learner;
      update public.course_completions set completed_at = finished where user_id = learner;
      update public.certificates set issued_at = finished where user_id = learner;
      update public.cpd_entries set created_at = finished where user_id = learner;
    end loop;
  end loop;
end;
$$;
