/**
 * Turns a dataset into the downloadable files on /data/: pretty JSON of the parsed entries (the
 * file in src/data, in English: without its `ja` texts), and CSV with nested fields flattened to
 * dotted columns (rate.value, rate.unit) and lists joined with a space. Quoting follows RFC 4180,
 * so spreadsheets read quotes, commas and line breaks.
 */

import { csvCell, type CsvCell as Cell } from '../lib/csv';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One entry as a flat record of dotted column names to cell values. */
export function flattenEntry(entry: Record<string, unknown>, prefix = ''): Record<string, Cell> {
  const flat: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(entry)) {
    const column = prefix === '' ? key : `${prefix}.${key}`;
    if (isPlainObject(value)) Object.assign(flat, flattenEntry(value, column));
    else if (Array.isArray(value)) flat[column] = value.map((item) => (isPlainObject(item) ? JSON.stringify(item) : String(item))).join(' ');
    else flat[column] = value as Cell;
  }
  return flat;
}

/** Columns in first-seen order across all rows, so optional fields still get a column. */
export function csvColumns(rows: readonly Record<string, Cell>[]): string[] {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const column of Object.keys(row)) {
      if (!seen.has(column)) {
        seen.add(column);
        columns.push(column);
      }
    }
  }
  return columns;
}

/** The whole dataset as CSV text with a header row and CRLF line ends. */
export function toCsv(entries: readonly object[]): string {
  const rows = entries.map((entry) => flattenEntry(entry as Record<string, unknown>));
  const columns = csvColumns(rows);
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(entries: readonly object[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}
