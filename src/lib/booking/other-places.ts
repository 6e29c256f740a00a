// The learner's other confirmed places, with their sessions and a title that names the course: what a new place is
// checked against for clashes.
import { getEntry } from 'astro:content';
import type { Supabase } from '#lib/supabase/server.ts';
import { myConfirmedCohorts } from './queries.ts';

export async function otherPlaces(supabase: Supabase, userId: string, except: string) {
  const places = await Promise.all(
    (await myConfirmedCohorts(supabase, userId, except)).map(async (cohortId) => {
      const other = await getEntry('cohorts', cohortId);
      const course = other && (await getEntry('courses', other.data.course));
      return other && course ? { title: `${course.data.title}, ${other.data.title}`, sessions: other.data.sessions } : null;
    }),
  );
  return places.filter((p) => p !== null);
}
