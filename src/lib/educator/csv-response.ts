// Responses of the educator CSV routes: the file as a download, or a plain message saying why not.
import type { Refusal } from './access.ts';
import { toCsv, type CsvTable } from '#lib/csv.ts';

/** A CSV file the browser saves as `filename` (made safe: letters, digits and hyphens). */
export function csvDownload(table: CsvTable, filename: string): Response {
  const safe =
    filename
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'export';
  return new Response(toCsv(table), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${safe}.csv"` },
  });
}

export function plainMessage(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export const refusalResponse = (refusal: Refusal) => plainMessage(refusal.status, refusal.message);
