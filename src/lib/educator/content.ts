// What the educator pages read from content to name things the database knows only by id.
import type { PromptsByQuiz } from './questions.ts';

interface QuizEntry {
  id: string;
  data: { title: string; questions: readonly { id: string; prompt: string }[] };
}

/** Question prompts by quiz id and question id. */
export function contentPrompts(quizzes: readonly QuizEntry[]): PromptsByQuiz {
  return Object.fromEntries(quizzes.map((q) => [q.id, Object.fromEntries(q.data.questions.map((x) => [x.id, x.prompt]))]));
}

/** A function naming a quiz by its title in content, or its id when content has no such quiz. */
export function quizTitles(quizzes: readonly QuizEntry[]): (quizId: string) => string {
  const titles = new Map(quizzes.map((q) => [q.id, q.data.title]));
  return (quizId) => titles.get(quizId) ?? quizId;
}
