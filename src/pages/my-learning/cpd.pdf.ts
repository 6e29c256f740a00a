// GET /my-learning/cpd.pdf: the CPD record as a printable PDF.
import type { APIRoute } from 'astro';
import { cpdPdf } from '../../lib/cpd/cpd-pdf.ts';
import { cpdRecord } from '../../lib/learning/cpd-data.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals }) => {
  const { person, entries } = await cpdRecord(locals.supabase, locals.user!.id);
  const pdf = await cpdPdf(person, entries, new Date());
  return new Response(pdf as BodyInit, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="cpd-record.pdf"' },
  });
};
