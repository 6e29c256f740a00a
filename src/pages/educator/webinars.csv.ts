// GET /educator/webinars.csv: viewers, completions and CPD minutes awarded per webinar.
import type { APIRoute } from 'astro';
import { csvDownload, refusalResponse } from '#lib/educator/csv-response.ts';
import { webinarsTable } from '#lib/educator/exports.ts';
import { webinarInsight } from '#lib/educator/insight.ts';
import { seriesInfo, type SeriesId } from '#lib/webinars/series.ts';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const result = await webinarInsight(context.locals.supabase);
  if (result.refusal) return refusalResponse(result.refusal);
  return csvDownload(
    webinarsTable(result.data, (id) => seriesInfo[id as SeriesId]?.title ?? id),
    'webinars',
  );
};
