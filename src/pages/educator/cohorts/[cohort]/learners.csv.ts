// GET /educator/cohorts/[cohort]/learners.csv: the cohort's learners and their progress, as on the page.
import type { APIRoute } from 'astro';
import { csvDownload, refusalResponse } from '#lib/educator/csv-response.ts';
import { learnersTable } from '#lib/educator/exports.ts';
import { cohortLearners } from '#lib/educator/insight.ts';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const cohort = context.params.cohort!;
  const result = await cohortLearners(context.locals.supabase, cohort);
  if (result.refusal) return refusalResponse(result.refusal);
  return csvDownload(learnersTable(result.data), `learners-${cohort}`);
};
