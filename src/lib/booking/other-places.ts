// The learner's other confirmed places, with their sessions and a title that names the course: what a new place is
// checked against for clashes.
import { getEntry } from 'astro:content';

export async function otherPlaces(locals: App.Locals, except: string) {
  const { data } = await locals.supabase.from('bookings').select('cohort_id')
    .eq('user_id', locals.user!.id).eq('status', 'confirmed').neq('cohort_id', except);
  const places = await Promise.all((data ?? []).map(async ({ cohort_id }) => {
    const other = await getEntry('cohorts', cohort_id);
    const course = other && await getEntry('courses', other.data.course);
    return other && course ? { title: `${course.data.title}, ${other.data.title}`, sessions: other.data.sessions } : null;
  }));
  return places.filter((p) => p !== null);
}
