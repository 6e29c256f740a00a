// GET /account/data.json: everything the platform holds about the signed-in person.
import type { APIRoute } from 'astro';
import { exportMyData } from '#lib/account/my-data.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals }) => {
  const data = await exportMyData(locals.supabase);
  if (!data) return new Response('Your data could not be gathered just now. Try again in a minute.', { status: 503 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mind-and-body-learning-my-data.json"',
    },
  });
};
