import type { APIRoute } from 'astro';

export const prerender = false;

/** Ends the session (this device) and returns to the home page. */
export const POST: APIRoute = async ({ locals, redirect }) => {
  await locals.supabase.auth.signOut({ scope: 'local' });
  return redirect('/signed-out', 303);
};
