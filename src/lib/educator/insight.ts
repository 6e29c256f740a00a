// The educator insight functions, called as the signed-in person so that the database decides what they may see.
import { refusalOf, unavailableMessage, type Refusal } from './access.ts';
import type { CohortLearner, CourseDashboard, WebinarFigures } from './types.ts';

export type Loaded<T> = { data: T; refusal?: undefined } | { data?: undefined; refusal: Refusal };

/** The part of a supabase-js client used here. */
interface Rpc {
  rpc(fn: string, args: Record<string, unknown>): PromiseLike<{ data: unknown; error: { message: string; hint?: string | null } | null }>;
}

async function call<T>(supabase: Rpc, fn: string, args: Record<string, unknown>, empty: T): Promise<Loaded<T>> {
  try {
    const { data, error } = await supabase.rpc(fn, args);
    const refusal = refusalOf(error);
    return refusal ? { refusal } : { data: (data ?? empty) as T };
  } catch {
    return { refusal: { status: 503, message: unavailableMessage } };
  }
}

export const courseDashboard = (supabase: Rpc, course: string) =>
  call<CourseDashboard | null>(supabase, 'course_dashboard', { course }, null);

export const cohortLearners = (supabase: Rpc, cohort: string) => call<CohortLearner[]>(supabase, 'cohort_learners', { cohort }, []);

export const webinarInsight = (supabase: Rpc) => call<WebinarFigures[]>(supabase, 'webinar_insight', {}, []);
