// Quiz questions that most learners get wrong: usually a question that needs rewording, not a cohort that failed.
import type { QuestionFigures, QuizFigures } from './types.ts';

/** A question answered correctly by fewer than this share of answers is flagged for the educator to check. */
export const lowCorrectRate = 0.5;

/** True when a question has answers and fewer than half of them were right. */
export function needsChecking(question: Pick<QuestionFigures, 'answered' | 'correctRate'>): boolean {
  return question.answered > 0 && question.correctRate !== null && question.correctRate < lowCorrectRate;
}

/** Prompts from content, by quiz id and then question id. */
export type PromptsByQuiz = Record<string, Record<string, string>>;

/** The quizzes with every question's prompt filled in from content where the database did not give one. */
export function withPrompts(quizzes: readonly QuizFigures[], prompts: PromptsByQuiz): QuizFigures[] {
  return quizzes.map((quiz) => ({
    ...quiz,
    questions: (quiz.questions ?? []).map((q) => ({
      ...q,
      prompt: q.prompt?.trim() ? q.prompt : (prompts[quiz.quizId]?.[q.questionId] ?? null),
    })),
  }));
}

/** The prompt to show: the question's text, or its id when no text is known. */
export const promptOf = (q: Pick<QuestionFigures, 'questionId' | 'prompt'>) => q.prompt?.trim() || `Question ${q.questionId}`;
