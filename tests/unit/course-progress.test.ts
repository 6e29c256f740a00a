// Where a learner stands on a course: lessons and quizzes counted, where to continue, and when it can be completed.
import { describe, expect, it } from 'vitest';
import { quizRecords, summarise } from '#lib/learning/course-progress.ts';
import type { Lesson } from '#lib/content/courses.ts';

const lesson = (id: string, required = true) => ({ id, data: { required } }) as unknown as Lesson;
const sequence = [lesson('a'), lesson('b', false), lesson('c')];

describe('course progress', () => {
  it('continues at the first lesson not done, in teaching order, even when later ones are done', () => {
    const p = summarise(sequence, ['q1'], new Set(['a', 'c']), new Map());
    expect(p.next?.id).toBe('b');
    expect(p).toMatchObject({ requiredLessons: 2, requiredLessonsDone: 2, requiredQuizzes: 1, requiredQuizzesPassed: 0, ready: false });
  });

  it('is ready once required lessons are done and required quizzes passed; optional lessons do not count', () => {
    const quizzes = quizRecords([
      { quiz_id: 'q1', score: 40, passed: false },
      { quiz_id: 'q1', score: 90, passed: true },
    ]);
    expect(quizzes.get('q1')).toEqual({ attemptsUsed: 2, bestScore: 90, passed: true });
    expect(summarise(sequence, ['q1'], new Set(['a', 'c']), quizzes).ready).toBe(true);
  });

  it('a failed later attempt does not undo a pass', () => {
    const quizzes = quizRecords([
      { quiz_id: 'q1', score: 90, passed: true },
      { quiz_id: 'q1', score: 10, passed: false },
    ]);
    expect(quizzes.get('q1')).toEqual({ attemptsUsed: 2, bestScore: 90, passed: true });
  });
});
