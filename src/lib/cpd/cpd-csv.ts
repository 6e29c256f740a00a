// The CPD record as a CSV file that Excel opens cleanly.
import { stringify } from 'csv-stringify/sync';
import { cpdColumns, cpdRow, orderEntries, type CpdEntry } from './cpd-record.ts';

/**
 * UTF-8 with a byte order mark (so Excel reads "é" and "–" correctly), CRLF line endings, dates as DD/MM/YYYY.
 * Learner text is untrusted: `escape_formulas` prefixes cells starting with = + - @ tab or CR with an
 * apostrophe so a spreadsheet shows them as text rather than running them as formulas.
 */
export function cpdCsv(entries: readonly CpdEntry[]): string {
  return stringify([[...cpdColumns], ...orderEntries(entries).map(cpdRow)], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}
