// Responses of the educator CSV routes: the file as a download, or a plain message saying why not.
import { seesCourseInsight } from '../roles.ts';
import type { APIContext } from 'astro';
import type { Refusal } from './access.ts';
import { toCsv, type CsvTable } from '../csv.ts';

/** A CSV file the browser saves as `filename` (made safe: letters, digits and hyphens). */
export function csvDownload(table: CsvTable, filename: string): Response {
  const safe = filename.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  return new Response(toCsv(table), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${safe}.csv"` },
  });
}

export function plainMessage(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export const refusalResponse = (refusal: Refusal) => plainMessage(refusal.status, refusal.message);

/**
 * Before any query: someone signed out is sent to sign in and back to the page the file belongs to; someone who is
 * neither an educator nor an admin gets a 403. Returns null when the request may go on.
 */
export function csvGate({ locals, url, redirect }: Pick<APIContext, 'locals' | 'url' | 'redirect'>): Response | null {
  if (!locals.user) {
    const page = url.pathname.replace(/\/[^/]+\.csv$/, '') || '/educator';
    return redirect(`/sign-in?next=${encodeURIComponent(page)}`);
  }
  if (!seesCourseInsight(locals.user)) return plainMessage(403, 'These files are for educators and admins only.');
  return null;
}
