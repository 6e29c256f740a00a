// Tables as CSV files that Excel opens cleanly (csv-stringify): the CPD record and the educators' exports.
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

/** A CSV file's heading row and its rows, in the same column order. */
export interface CsvTable {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/**
 * UTF-8 with a byte order mark (so Excel reads "é" and "–" correctly) and CRLF line endings. Names, trusts and
 * professions are typed by learners: `escape_formulas` prefixes a cell starting with = + - @ tab or CR with an
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula. Empty cells stay empty.
 */
export function toCsv({ columns, rows }: CsvTable): string {
  return stringify([[...columns], ...rows.map((row) => row.map((cell) => cell ?? ''))], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}
