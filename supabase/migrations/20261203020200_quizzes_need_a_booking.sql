-- ============================================================================
-- Quizzes are for people on the course, and answer keys only for those who passed
-- ============================================================================
-- An account with no booking could take any quiz, use up its attempts and be shown every correct option. The site
-- links quizzes from a course's lessons, and the demo learner takes them on a booked cohort, so a quiz now needs a
-- live booking (confirmed or on the waiting list) on a cohort of its course; educators and admins may try any quiz.
-- The correct options come back only with a passing attempt: running out of attempts no longer reveals them.

create or replace function public.submit_quiz_attempt(quiz text, answers jsonb) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  me uuid := auth.uid();
  q catalog.quizzes;
  used int;
  question jsonb;
  question_no int;
  qid text;
  chosen text[];
  answer_key text[];
  graded jsonb := '[]';
  normalised jsonb := '{}';
  unanswered text[] := '{}';
  correct_count int := 0;
  question_count int;
  score int;
  passed boolean;
  attempts_left int;
  reveal boolean;
  attempt_id uuid;
begin
  if me is null then perform private.refuse('unauthenticated', 'Sign in to take this quiz.'); end if;
  select * into q from catalog.quizzes where id = quiz;
  if not found or q.retired_at is not null then
    perform private.refuse('not_found', 'This quiz does not exist or is no longer available.');
  end if;
  if not (private.has_role('educator') or private.has_role('admin') or exists (
    select 1 from public.bookings b join catalog.cohorts c on c.id = b.cohort_id
    where b.user_id = me and b.status <> 'cancelled' and c.course_id = q.course_id
  )) then
    perform private.refuse('not_booked', 'Book a place on a date of this course to take its quizzes.');
  end if;
  if jsonb_typeof(answers) is distinct from 'object' then
    perform private.refuse('invalid', 'Send your answers as question ids with the options you chose.');
  end if;
  if exists (select 1 from jsonb_object_keys(answers) k where k not in (select x ->> 'id' from jsonb_array_elements(q.questions) x)) then
    perform private.refuse('invalid', 'Your answers name a question that is not in this quiz. Reload the page and try again.');
  end if;

  -- One submission at a time per person and quiz, so attempts are numbered without gaps or duplicates.
  perform pg_advisory_xact_lock(hashtext(me::text || '/' || quiz));
  select count(*) into used from public.quiz_attempts a where a.user_id = me and a.quiz_id = quiz;
  if q.attempts_allowed is not null and used >= q.attempts_allowed then
    perform private.refuse('attempts_exhausted', format('You have used all %s attempts at this quiz. Contact the course educator.', q.attempts_allowed));
  end if;

  for question, question_no in select x, n from jsonb_array_elements(q.questions) with ordinality as t(x, n) loop
    qid := question ->> 'id';
    if jsonb_typeof(answers -> qid) is distinct from 'array' or jsonb_array_length(answers -> qid) = 0 then
      unanswered := unanswered || qid;
      continue;
    end if;
    chosen := array(select distinct v from jsonb_array_elements_text(answers -> qid) v order by v);
    if not chosen <@ array(select o ->> 'id' from jsonb_array_elements(question -> 'options') o) then
      perform private.refuse('invalid', format('Question %s has an answer that is not one of its options. Reload the page and try again.', question_no));
    end if;
    if question ->> 'type' <> 'multiple' and cardinality(chosen) > 1 then
      perform private.refuse('invalid', format('Question %s takes one answer only.', question_no));
    end if;
    answer_key := array(select o ->> 'id' from jsonb_array_elements(question -> 'options') o where (o ->> 'correct')::boolean order by 1);
    if chosen = answer_key then correct_count := correct_count + 1; end if;
    normalised := normalised || jsonb_build_object(qid, to_jsonb(chosen));
    graded := graded || jsonb_build_object(
      'id', qid,
      'correct', chosen = answer_key,
      'chosen', to_jsonb(chosen),
      'feedback', coalesce((
        select jsonb_agg(jsonb_build_object('optionId', o ->> 'id', 'text', o ->> 'feedback') order by n)
        from jsonb_array_elements(question -> 'options') with ordinality as opts(o, n)
        where o ->> 'id' = any (chosen) and o ->> 'feedback' is not null), '[]'),
      'explanation', question -> 'explanation',
      'key', to_jsonb(answer_key));
  end loop;

  if cardinality(unanswered) > 0 then
    raise exception using errcode = 'P0001', hint = 'incomplete', detail = array_to_string(unanswered, ','),
      message = format('Answer every question before you submit: %s still to answer.', cardinality(unanswered));
  end if;

  question_count := jsonb_array_length(q.questions);
  score := round(100.0 * correct_count / question_count);
  passed := score >= q.pass_mark;
  attempts_left := q.attempts_allowed - (used + 1);
  reveal := passed;

  insert into public.quiz_attempts (user_id, quiz_id, attempt_number, answers, score, correct_count, question_count, passed)
  values (me, quiz, used + 1, normalised, score, correct_count, question_count, passed)
  returning id into attempt_id;

  return jsonb_build_object(
    'attemptId', attempt_id, 'attemptNumber', used + 1, 'attemptsAllowed', q.attempts_allowed, 'attemptsLeft', attempts_left,
    'score', score, 'correctCount', correct_count, 'questionCount', question_count, 'passMark', q.pass_mark, 'passed', passed,
    -- The right answers are shown only to someone who passed.
    'questions', (select jsonb_agg((g - 'key') || jsonb_build_object('correctOptions', case when reveal then g -> 'key' end))
                  from jsonb_array_elements(graded) g));
end;
$$;
comment on function public.submit_quiz_attempt is 'Grades an attempt by someone booked on the course (or an educator or admin) against the answer key, records it, and returns the score and per-question feedback; the correct options only with a pass.';

revoke execute on function public.submit_quiz_attempt(text, jsonb) from public, anon;
grant execute on function public.submit_quiz_attempt(text, jsonb) to authenticated, service_role;
