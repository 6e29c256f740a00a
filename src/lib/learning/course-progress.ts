// A learner's progress through one course: lessons done, quizzes passed, where to continue, and whether it is complete.
import type { Lesson } from '#lib/content/courses.ts';
import type { Supabase } from '#lib/supabase/server.ts';

export interface QuizRecord {
  attemptsUsed: number;
  bestScore: number;
  passed: boolean;
}

export interface CourseProgress {
  done: Set<string>;
  quizzes: Map<string, QuizRecord>;
  requiredLessons: number;
  requiredLessonsDone: number;
  requiredQuizzes: number;
  requiredQuizzesPassed: number;
  /** The first lesson not yet done, in teaching order: where to continue. */
  next: Lesson | null;
  /** Every required lesson done and every required quiz passed. */
  ready: boolean;
}

export function summarise(
  sequence: Lesson[],
  requiredQuizzes: string[],
  done: Set<string>,
  quizzes: Map<string, QuizRecord>,
): CourseProgress {
  const required = sequence.filter((l) => l.data.required);
  const requiredLessonsDone = required.filter((l) => done.has(l.id)).length;
  const requiredQuizzesPassed = requiredQuizzes.filter((q) => quizzes.get(q)?.passed).length;
  return {
    done,
    quizzes,
    requiredLessons: required.length,
    requiredLessonsDone,
    requiredQuizzes: requiredQuizzes.length,
    requiredQuizzesPassed,
    next: sequence.find((l) => !done.has(l.id)) ?? null,
    ready: requiredLessonsDone === required.length && requiredQuizzesPassed === requiredQuizzes.length,
  };
}

export function quizRecords(attempts: { quiz_id: string; score: number; passed: boolean }[]): Map<string, QuizRecord> {
  const records = new Map<string, QuizRecord>();
  for (const a of attempts) {
    const r = records.get(a.quiz_id) ?? { attemptsUsed: 0, bestScore: 0, passed: false };
    records.set(a.quiz_id, { attemptsUsed: r.attemptsUsed + 1, bestScore: Math.max(r.bestScore, a.score), passed: r.passed || a.passed });
  }
  return records;
}

/** Reads the learner's own records (educators and admins may read others', so the user is named). */
export async function courseProgress(
  supabase: Supabase,
  userId: string,
  sequence: Lesson[],
  quizIds: string[],
  requiredQuizzes: string[],
): Promise<CourseProgress> {
  const [progress, attempts] = await Promise.all([
    supabase
      .from('lesson_progress')
      .select('lesson_id')
      .eq('user_id', userId)
      .in(
        'lesson_id',
        sequence.map((l) => l.id),
      ),
    supabase.from('quiz_attempts').select('quiz_id, score, passed').eq('user_id', userId).in('quiz_id', quizIds),
  ]);
  if (progress.error || attempts.error) throw new Error('Your progress could not be loaded.');
  return summarise(sequence, requiredQuizzes, new Set(progress.data.map((p) => p.lesson_id)), quizRecords(attempts.data));
}
