// GET /educator/courses/[course]/questions.csv[?quiz=id]: each quiz question's answers and correct rate, flagged
// when under half were right; one quiz with ?quiz=, otherwise every quiz of the course.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { contentPrompts, quizTitles } from '#lib/educator/content.ts';
import { csvDownload, refusalResponse } from '#lib/educator/csv-response.ts';
import { questionsTable } from '#lib/educator/exports.ts';
import { courseDashboard } from '#lib/educator/insight.ts';
import { withPrompts } from '#lib/educator/questions.ts';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const course = context.params.course!;
  const only = context.url.searchParams.get('quiz');
  const result = await courseDashboard(context.locals.supabase, course);
  if (result.refusal) return refusalResponse(result.refusal);
  const content = await getCollection('quizzes', (q) => q.data.course === course);
  const quizzes = withPrompts(result.data?.quizzes ?? [], contentPrompts(content)).filter((q) => !only || q.quizId === only);
  return csvDownload(questionsTable(quizzes, quizTitles(content)), `questions-${only ?? course}`);
};
