// The CPD record as a CSV file that Excel opens cleanly; dates as DD/MM/YYYY, oldest first.
import { toCsv } from '#lib/csv.ts';
import { cpdColumns, cpdRow, orderEntries, type CpdEntry } from './cpd-record.ts';

export function cpdCsv(entries: readonly CpdEntry[]): string {
  return toCsv({ columns: cpdColumns, rows: orderEntries(entries).map(cpdRow) });
}
