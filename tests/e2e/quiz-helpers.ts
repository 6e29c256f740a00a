// The 5-day course's lessons and quizzes as authored (answer keys included), and a learner answering a quiz.
import { expect, type Page } from '@playwright/test';
import { loadContent } from '#lib/content/load-content.ts';

export const courseId = 'mental-health-skills-5-day';

export interface Quiz {
  questions: { prompt: string; options: { text: string; correct?: boolean }[] }[];
}
interface Course {
  modules: { id: string }[];
  completion: { requiredQuizzes: string[] };
}
interface Lesson {
  course: string;
  module: string;
  order: number;
  required?: boolean;
}

export async function courseContent() {
  const { entries } = await loadContent('content');
  const course = entries.find((e) => e.collection === 'courses' && e.id === courseId)!.data as Course;
  const modules = course.modules.map((m) => m.id);
  const lessons = entries
    .filter((e) => e.collection === 'lessons' && (e.data as Lesson).course === courseId)
    .sort((a, b) => {
      const [x, y] = [a.data as Lesson, b.data as Lesson];
      return modules.indexOf(x.module) - modules.indexOf(y.module) || x.order - y.order;
    });
  const quizzes = new Map(entries.filter((e) => e.collection === 'quizzes').map((e) => [e.id, e.data as Quiz]));
  return { lessons: lessons.map((l) => l.id), quizIds: course.completion.requiredQuizzes, quizzes };
}

/** Answers whichever questions are on screen, right or wrong, then Continue or Submit (from the list of answers, one
 * at a time), until the score appears. */
export async function answerQuiz(page: Page, quiz: Quiz, right: boolean) {
  for (;;) {
    const reviewing = page.getByRole('heading', { name: 'Check your answers before submitting' });
    const headings = page.locator('legend h2');
    await expect(headings.first().or(reviewing)).toBeVisible();
    for (const heading of await headings.all()) {
      const text = (await heading.textContent())!;
      const question = quiz.questions.find((q) => text.endsWith(q.prompt))!;
      const group = page.getByRole('group', { name: text.replace(/\s+/g, ' ').trim() });
      const chosen = right ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
      for (const option of chosen) await group.getByLabel(option.text, { exact: true }).check();
    }
    const submit = page.getByRole('button', { name: 'Submit answers' });
    if (await submit.isVisible()) {
      await submit.click();
      break;
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { name: /You scored/ })).toBeFocused();
}
