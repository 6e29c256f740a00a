-- ============================================================================
-- Lesson progress and quiz attempts
-- ============================================================================
-- A learner marks their own lessons done. Quiz attempts are written only by submit_quiz_attempt, which grades in
-- SQL against keys the browser never sees: nobody can insert a passed attempt or change a score.

create table public.lesson_progress (
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  lesson_id text not null references catalog.lessons (id),
  completed_at timestamptz not null default now(),
  primary key (user_id, lesson_id)
);
alter table public.lesson_progress enable row level security;
comment on table public.lesson_progress is 'Lessons each person has marked done.';

create table public.quiz_attempts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  quiz_id text not null references catalog.quizzes (id),
  attempt_number int not null check (attempt_number > 0),
  answers jsonb not null,
  score int not null check (score between 0 and 100),
  correct_count int not null check (correct_count >= 0),
  question_count int not null check (question_count > 0),
  passed boolean not null,
  submitted_at timestamptz not null default now(),
  unique (user_id, quiz_id, attempt_number)
);
alter table public.quiz_attempts enable row level security;
comment on table public.quiz_attempts is 'Graded quiz attempts. Written only by submit_quiz_attempt.';

create function private.quiz_course(p_quiz text) returns text
language sql stable security definer set search_path = '' as $$
  select course_id from catalog.quizzes where id = p_quiz;
$$;

create function private.lesson_course(p_lesson text) returns text
language sql stable security definer set search_path = '' as $$
  select course_id from catalog.lessons where id = p_lesson;
$$;

-- ----------------------------------------------------------------------------
-- submit_quiz_attempt: grade, count, and say what was right, in one transaction
-- ----------------------------------------------------------------------------
create function public.submit_quiz_attempt(quiz text, answers jsonb) returns jsonb
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
  reveal := passed or attempts_left = 0;

  insert into public.quiz_attempts (user_id, quiz_id, attempt_number, answers, score, correct_count, question_count, passed)
  values (me, quiz, used + 1, normalised, score, correct_count, question_count, passed)
  returning id into attempt_id;

  return jsonb_build_object(
    'attemptId', attempt_id, 'attemptNumber', used + 1, 'attemptsAllowed', q.attempts_allowed, 'attemptsLeft', attempts_left,
    'score', score, 'correctCount', correct_count, 'questionCount', question_count, 'passMark', q.pass_mark, 'passed', passed,
    -- The right answers are shown only once they can no longer help a later attempt.
    'questions', (select jsonb_agg((g - 'key') || jsonb_build_object('correctOptions', case when reveal then g -> 'key' end))
                  from jsonb_array_elements(graded) g));
end;
$$;
comment on function public.submit_quiz_attempt is 'Grades an attempt against the answer key, records it, and returns the score and per-question feedback.';

-- ----------------------------------------------------------------------------
-- Policies
-- ----------------------------------------------------------------------------
create policy "Learners can read their own progress"
on public.lesson_progress for select to authenticated
using (user_id = (select auth.uid()));

create policy "Learners can mark their own lessons done"
on public.lesson_progress for insert to authenticated
with check (user_id = (select auth.uid()));

create policy "Learners can unmark their own lessons"
on public.lesson_progress for delete to authenticated
using (user_id = (select auth.uid()));

create policy "Educators can read progress in the courses they run"
on public.lesson_progress for select to authenticated
using ((select private.runs_course(private.lesson_course(lesson_id))));

create policy "Admins can read all progress"
on public.lesson_progress for select to authenticated
using ((select private.has_role('admin')));

create policy "Learners can read their own attempts"
on public.quiz_attempts for select to authenticated
using (user_id = (select auth.uid()));

create policy "Educators can read attempts in the courses they run"
on public.quiz_attempts for select to authenticated
using ((select private.runs_course(private.quiz_course(quiz_id))));

create policy "Admins can read all attempts"
on public.quiz_attempts for select to authenticated
using ((select private.has_role('admin')));

revoke all on public.lesson_progress, public.quiz_attempts from anon;
revoke update, truncate on public.lesson_progress from authenticated;
revoke insert, update, delete, truncate on public.quiz_attempts from authenticated;
revoke execute on function public.submit_quiz_attempt(text, jsonb) from public, anon;
