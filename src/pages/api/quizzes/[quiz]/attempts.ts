// POST /api/quizzes/<quiz>/attempts: the quiz island sends answers here; the database grades them.
import type { APIRoute } from 'astro';
import { json, readJson } from '../../../../lib/http/json.ts';
import { attemptBody } from '../../../../lib/quizzes/attempt-body.ts';

export const prerender = false;

export const POST: APIRoute = async ({ params, request, locals }) => {
  if (!locals.user) return json(401, { code: 'unauthenticated', message: 'Your session has ended. Sign in again to submit this quiz.' });
  const body = await readJson(request, 'your answers', attemptBody);
  if (body instanceof Response) return body;
  const { data, error } = await locals.supabase.rpc('submit_quiz_attempt', { quiz: params.quiz!, answers: body.answers });
  if (error) {
    const known = error.hint;
    return json(known === 'attempts_exhausted' ? 409 : known === 'not_found' ? 404 : known ? 400 : 503, {
      code: known ?? 'unavailable',
      message: known ? error.message : 'Your answers could not be marked just now. They are kept: try again in a minute.',
      ...(known === 'incomplete' && error.details ? { unanswered: error.details.split(',') } : {}),
    });
  }
  return json(200, data);
};
