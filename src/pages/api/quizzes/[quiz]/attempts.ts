// POST /api/quizzes/<quiz>/attempts: the quiz island sends answers here; the database grades them.
import type { APIRoute } from 'astro';

export const prerender = false;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export const POST: APIRoute = async ({ params, request, locals }) => {
  if (!locals.user) return json(401, { code: 'unauthenticated', message: 'Your session has ended. Sign in again to submit this quiz.' });
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return json(415, { code: 'invalid', message: 'Answers must be sent as JSON.' });
  }
  let answers: unknown;
  try {
    ({ answers } = await request.json());
  } catch {
    return json(400, { code: 'invalid', message: 'Your answers could not be read. Reload the page and try again.' });
  }
  const { data, error } = await locals.supabase.rpc('submit_quiz_attempt', { quiz: params.quiz, answers: answers ?? null });
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
