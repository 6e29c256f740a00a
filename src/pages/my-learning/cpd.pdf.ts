// GET /my-learning/cpd.pdf: the CPD record as a printable PDF, lesson reflections included.
import type { APIRoute } from 'astro';
import { cpdPdf } from '#lib/cpd/cpd-pdf.ts';
import { cpdExport } from '#lib/cpd/cpd-export-data.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals }) => {
  const { person, entries } = await cpdExport(locals.supabase, locals.user!.id);
  const pdf = await cpdPdf(person, entries, new Date());
  return new Response(pdf as BodyInit, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="cpd-record.pdf"' },
  });
};
