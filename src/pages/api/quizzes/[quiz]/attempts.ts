// POST /api/quizzes/<quiz>/attempts: the quiz island sends answers here; the database grades them.
import type { APIRoute } from 'astro';
import { json, readJson } from '#lib/http/json.ts';
import { attemptBody } from '#lib/quizzes/attempt-body.ts';
import { submitAttempt } from '#lib/quizzes/queries.ts';

export const prerender = false;

export const POST: APIRoute = async ({ params, request, locals }) => {
  const body = await readJson(request, 'your answers', attemptBody);
  if (body instanceof Response) return body;
  const submitted = await submitAttempt(locals.supabase, params.quiz!, body.answers);
  if (submitted.ok) return json(200, submitted.attempt);
  const { reason } = submitted;
  return json(reason === 'attempts_exhausted' ? 409 : reason === 'not_found' ? 404 : reason ? 400 : 503, {
    code: reason ?? 'unavailable',
    message: submitted.message ?? 'Your answers could not be marked just now. They are kept: try again in a minute.',
    ...(reason === 'incomplete' && submitted.unanswered.length ? { unanswered: submitted.unanswered } : {}),
  });
};
