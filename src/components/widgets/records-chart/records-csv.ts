/**
 * The records chart's "Download CSV": the rows its table shows, in its order, with one unit per
 * column named in the header (the table writes each figure with its own prefix: "280 Mb/s",
 * "1.02 Pb/s"), so a spreadsheet can sort and plot them. Each figure has the significant digits
 * the table shows (4 for rates and products, lib/units.ts; 5 for distances, lib/format.ts), so
 * the file holds the numbers a reader saw. Disputed distances keep the row's own distance in
 * the distance column and the other readings in a column of their own.
 */
import type { Translate } from '../../../i18n/translate';
import type { CsvCell } from '../../../lib/csv';
import type { RecordRow } from './core';
import type { RecordText } from './record-text';

const TERABITS = 1e12;
const PETABITS = 1e15;
/** `value` to `digits` significant digits, as the table rounds it (which also drops binary noise: 1020, not 1019.9999999999999). */
const shown = (value: number, digits: number) => Number(value.toPrecision(digits));
const RATE_DIGITS = 4;
const DISTANCE_DIGITS = 5;

export function recordsCsv(rows: readonly RecordRow[], text: RecordText, t: Translate): { header: string[]; rows: CsvCell[][] } {
  const header = [
    t('widget.records-chart.year'),
    t('widget.records-chart.csv.capacity'),
    t('widget.records-chart.csv.distance'),
    t('widget.records-chart.csv.product'),
    t('widget.records-chart.cladding'),
    t('widget.records-chart.team'),
    t('widget.records-chart.fiber'),
    t('widget.records-chart.csv.otherDistances'),
  ];
  return {
    header,
    rows: rows.map((row) => [
      row.year,
      shown(row.capacityBitsPerSecond / TERABITS, RATE_DIGITS),
      row.distanceKm === null ? null : shown(row.distanceKm, DISTANCE_DIGITS),
      row.productBitsPerSecondKm === null ? null : shown(row.productBitsPerSecondKm / PETABITS, RATE_DIGITS),
      text.claddingOf(row),
      row.tertiary ? `${row.team} (${t('widget.records-chart.tertiary')})` : row.team,
      row.fiber,
      row.distanceDisputedKm?.map((km) => shown(km, DISTANCE_DIGITS)).join('; '),
    ]),
  };
}
