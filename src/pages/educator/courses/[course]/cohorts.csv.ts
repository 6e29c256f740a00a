// GET /educator/courses/[course]/cohorts.csv: bookings and progress by cohort, as on the course dashboard.
import type { APIRoute } from 'astro';
import { csvDownload, refusalResponse } from '#lib/educator/csv-response.ts';
import { cohortsTable } from '#lib/educator/exports.ts';
import { courseDashboard } from '#lib/educator/insight.ts';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const course = context.params.course!;
  const result = await courseDashboard(context.locals.supabase, course);
  if (result.refusal) return refusalResponse(result.refusal);
  return csvDownload(cohortsTable(result.data?.cohorts ?? []), `cohorts-${course}`);
};
