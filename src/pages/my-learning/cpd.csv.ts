// GET /my-learning/cpd.csv: the CPD record as a spreadsheet.
import type { APIRoute } from 'astro';
import { cpdCsv } from '../../lib/cpd/cpd-csv.ts';
import { cpdRecord } from '../../lib/learning/cpd-data.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals }) => {
  const { entries } = await cpdRecord(locals.supabase, locals.user!.id);
  return new Response(cpdCsv(entries), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="cpd-record.csv"' },
  });
};
