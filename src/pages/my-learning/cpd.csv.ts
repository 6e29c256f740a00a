// GET /my-learning/cpd.csv: the CPD record as a spreadsheet, lesson reflections included.
import type { APIRoute } from 'astro';
import { cpdCsv } from '#lib/cpd/cpd-csv.ts';
import { cpdExport } from '#lib/cpd/cpd-export-data.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals }) => {
  const { entries } = await cpdExport(locals.supabase, locals.user!.id);
  return new Response(cpdCsv(entries), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="cpd-record.csv"' },
  });
};
