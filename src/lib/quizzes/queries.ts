// A learner's quiz attempts: read through RLS, and submitted to the database, which marks them.
import type { Supabase } from '#lib/supabase/server.ts';
import { quizRecords } from '#lib/learning/course-progress.ts';
import type { Answers, GradedAttempt, QuizStatus } from './types.ts';

/** Attempts used and left, whether passed and the best score so far. */
export async function quizStatus(supabase: Supabase, userId: string, quizId: string, attemptsAllowed: number | null): Promise<QuizStatus> {
  const { data } = await supabase.from('quiz_attempts').select('quiz_id, score, passed').eq('user_id', userId).eq('quiz_id', quizId);
  const record = quizRecords(data ?? []).get(quizId);
  const used = record?.attemptsUsed ?? 0;
  return {
    attemptsUsed: used,
    attemptsLeft: attemptsAllowed === null ? null : Math.max(attemptsAllowed - used, 0),
    passed: record?.passed ?? false,
    bestScore: record?.bestScore ?? null,
  };
}

/**
 * The refusal of an attempt: `reason` is the database's code ('incomplete', 'attempts_exhausted', 'not_found', ...) or
 * null when it could not be reached; `unanswered` lists the question ids left blank.
 */
export interface RefusedAttempt {
  ok: false;
  reason: string | null;
  message: string | null;
  unanswered: string[];
}

export async function submitAttempt(
  supabase: Supabase,
  quizId: string,
  answers: Answers,
): Promise<{ ok: true; attempt: GradedAttempt } | RefusedAttempt> {
  const { data, error } = await supabase.rpc('submit_quiz_attempt', { quiz: quizId, answers });
  if (!error) return { ok: true, attempt: data as unknown as GradedAttempt };
  const reason = error.hint || null;
  return {
    ok: false,
    reason,
    message: reason ? error.message : null,
    unanswered: reason === 'incomplete' && error.details ? error.details.split(',') : [],
  };
}
