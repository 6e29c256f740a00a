// Whether passing this quiz leaves the learner nothing else to do before completing the course, so the quiz can offer
// "Complete the course and get your certificate" straight after the pass. The database still decides on completion.
import { courseOutline } from '#lib/content/courses.ts';
import { completionGate } from '#lib/learning/completion-gate.ts';
import { courseProgress } from '#lib/learning/course-progress.ts';
import type { Supabase } from '#lib/supabase/server.ts';

export async function completesCourseWhenPassed(supabase: Supabase, userId: string, quizId: string, courseId: string): Promise<boolean> {
  const { course, sequence } = await courseOutline(courseId);
  const required = course.data.completion.requiredQuizzes;
  if (!required.includes(quizId)) return false;
  const [progress, gate, certificate] = await Promise.all([
    courseProgress(supabase, userId, sequence, required, required).catch(() => null),
    completionGate(supabase, courseId),
    supabase.from('certificates').select('id').eq('user_id', userId).eq('course_id', courseId).maybeSingle(),
  ]);
  if (!progress || !gate || certificate.error || certificate.data) return false;
  const othersPassed = required.every((id) => id === quizId || progress.quizzes.get(id)?.passed);
  return othersPassed && progress.requiredLessonsDone === progress.requiredLessons && gate.open;
}
