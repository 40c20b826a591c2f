/**
 * The records chart, the part that reads the data (server, definition and tests only): each
 * record reduced to the row the chart, table and details panel show (no sources; confidence
 * only as "tertiary or not"), the standard cladding size, and the codec built from the records' ids.
 */
import { dataIn, factNumber, records } from '../../../data';
import type { FiberRecord } from '../../../data/schema';
import { capacityDistance } from '../../../lib/transfer';
import { rateToBitsPerSecond } from '../../../lib/units';
import { highlightRow, recordsChartCodecFor, type RecordRow, type RecordsChartOptions, type RecordsChartState } from './core';
import type { Locale } from '../../../i18n';
import type { WidgetIsland } from '../types';

export function toRow(record: FiberRecord): RecordRow {
  const capacityBitsPerSecond = rateToBitsPerSecond(record.capacity);
  const row: RecordRow = {
    id: record.id,
    year: record.year,
    team: record.team,
    fiber: record.fiber,
    venue: record.venue,
    standardCladding: record.standardCladding,
    highlight: record.highlight,
    capacityBitsPerSecond,
    distanceKm: record.distanceKm,
    productBitsPerSecondKm: record.distanceKm === null ? null : capacityDistance(capacityBitsPerSecond, record.distanceKm),
    tertiary: record.confidence === 'tertiary',
  };
  // The table and details panel show the other readings of a disputed distance, and the note.
  if (record.distanceDisputedKm !== undefined) row.distanceDisputedKm = record.distanceDisputedKm.map((reading) => reading.km);
  if (record.note !== undefined) row.note = record.note;
  return row;
}

export const RECORD_ROWS: readonly RecordRow[] = records.map(toRow);
/** What "standard cladding" means, for the key and the table. */
export const STANDARD_CLADDING_UM = factNumber('standard-cladding-diameter');
/** The record the site is about (the one flagged `highlight` in the data). */
export const HIGHLIGHT_ROW: RecordRow = highlightRow(RECORD_ROWS);

/** The island's props: the rows and one size, nothing else from records.json or facts.json. */
export const RECORDS_CHART_OPTIONS: RecordsChartOptions = { rows: [...RECORD_ROWS], standardCladdingUm: STANDARD_CLADDING_UM };
/** The same, with each record's team, fiber, venue and note in `locale`. */
export function recordsChartOptions(locale: Locale): RecordsChartOptions {
  return { rows: dataIn(locale).records.map(toRow), standardCladdingUm: STANDARD_CLADDING_UM };
}
export const island: WidgetIsland<RecordsChartOptions, RecordsChartState> = { options: RECORDS_CHART_OPTIONS, optionsIn: recordsChartOptions, codecFor: recordsChartCodecFor };
export const recordsChartCodec = recordsChartCodecFor(RECORDS_CHART_OPTIONS);
