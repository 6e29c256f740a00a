// A quiz sent as a plain form (without JavaScript): each question's inputs are named after it, so the answers are read
// back only for questions and options the quiz has.
import type { Answers, LearnerQuiz } from './types.ts';

export const plainFieldName = (questionId: string) => `answer-${questionId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function answersFromForm(form: FormData, quiz: LearnerQuiz): Answers {
  return Object.fromEntries(
    quiz.questions.map((q) => {
      const options = new Set(q.options.map((o) => o.id));
      return [
        q.id,
        form
          .getAll(plainFieldName(q.id))
          .map(String)
          .filter((id) => options.has(id)),
      ];
    }),
  );
}
