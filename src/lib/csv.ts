/**
 * CSV text (RFC 4180): quoted cells where needed, CRLF line ends, a header row. Used for the
 * datasets on /data/ and for the "Download CSV" of every widget. Hand-written because it is
 * ten lines; a CSV library would add its parser to a widget's lazy chunk for nothing.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** Quotes a cell when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and data rows as CSV text with CRLF line ends. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  for (const row of rows) if (row.length !== header.length) throw new RangeError(`csvText: a row has ${row.length} cells for ${header.length} columns`);
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
