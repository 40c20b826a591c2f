/**
 * "Download time", the part the browser needs: how long each chosen payload takes over each
 * chosen link, for the results table, the log-scale bar chart (whole labels above the bars) and "Show the arithmetic". Pure,
 * and no data imports: the island receives its payloads and links as plain options from the
 * server (options.ts), so no dataset ships to the browser for it.
 */
import type { ChartConfiguration } from 'chart.js';
import { logBarConfig, type BarPoint, type BarRow, type MeasureText } from '../../../lib/bar-chart';
import type { ThemeColors } from '../../../lib/charts';
import { durationAxis } from '../../../lib/log-ticks';
import { amount, divide, multiply, type ArithmeticStep } from '../../../lib/steps';
import { transferSeconds, transferSteps } from '../../../lib/transfer';
import { parseQuantity } from '../../../lib/units';
import { listOf, oneOf, safeText, type StateCodec } from '../../../lib/url-state';
import type { QuickPick } from '../../../lib/input';

export const CUSTOM = 'custom';
/** More than six of each makes a table and a chart no one can read on a phone. */
export const MAX_PAYLOADS = 6;
export const MAX_LINKS = 6;

/** One thing to send: only what the widget shows and computes with. */
export interface PayloadOption {
  id: string;
  label: string;
  sizeBytes: number;
  /** A figure from coverage with no traceable source: tagged, its caveat shown when selected. */
  viral: boolean;
  /** Only for viral payloads (the only ones whose caveat the widget shows). */
  caveat?: string;
  /** Set for a streamed payload (bitrate × duration), so its steps start there. */
  stream?: { bitsPerSecond: number; seconds: number };
}
/** One line to send over. */
export interface LinkOption {
  id: string;
  label: string;
  bitsPerSecond: number;
  isRecord: boolean;
}
/** Everything the island needs from the data (built by options.ts). */
export interface DownloadTimeOptions {
  payloads: PayloadOption[];
  /** Exactly one of them is the record. */
  links: LinkOption[];
  /** Quick picks for the typed speed (common-speeds.server.ts). */
  speedChips: QuickPick[];
}

/** What the widget opens with: two famous payloads over the record, a median and a fast plan. */
export const DEFAULT_PAYLOADS: readonly string[] = ['netflix-library-press', 'wikipedia-en-compressed'];
export const DEFAULT_OTHER_LINKS: readonly string[] = ['us-fixed-median-2025-10', 'nuro-10g'];

export interface DownloadTimeState {
  /** Payload ids, "custom" for `size`; 1..MAX_PAYLOADS. */
  p: string[];
  /** The custom size as typed ("1 TB"). */
  size: string;
  /** Link ids, "custom" for `speed`; 1..MAX_LINKS. */
  l: string[];
  /** The custom speed as typed ("1 Gb/s"). */
  speed: string;
  /** The pair whose arithmetic is shown: a payload id … */
  ap: string;
  /** … and a link id (falls back to a selected pair when this one is not selected). */
  al: string;
}

/** The record among the options; throws when there is none. */
export function recordLinkId(options: Pick<DownloadTimeOptions, 'links'>): string {
  const record = options.links.find((l) => l.isRecord);
  if (!record) throw new Error('Download time: no record among the links');
  return record.id;
}

/** The codec for these options (the same ids give the same codec on the server and in the browser). */
export function downloadTimeCodecFor(options: DownloadTimeOptions): StateCodec<DownloadTimeState> {
  const payloadIds = [...options.payloads.map((p) => p.id), CUSTOM];
  const linkIds = [...options.links.map((l) => l.id), CUSTOM];
  const record = recordLinkId(options);
  for (const id of DEFAULT_PAYLOADS) if (!payloadIds.includes(id)) throw new Error(`Download time: default payload "${id}" is not among the payloads`);
  for (const id of DEFAULT_OTHER_LINKS) if (!linkIds.includes(id)) throw new Error(`Download time: default link "${id}" is not among the links`);
  return {
    defaults: {
      p: [...DEFAULT_PAYLOADS],
      size: '1 TB',
      l: [record, ...DEFAULT_OTHER_LINKS],
      speed: '1 Gb/s',
      ap: DEFAULT_PAYLOADS[0]!,
      al: record,
    },
    params: {
      p: listOf(payloadIds, MAX_PAYLOADS),
      size: safeText(40),
      l: listOf(linkIds, MAX_LINKS),
      speed: safeText(40),
      ap: oneOf(payloadIds),
      al: oneOf(linkIds),
    },
  };
}

/** Bytes of the custom size; throws InputError when it does not parse. */
export function customBytes(state: Pick<DownloadTimeState, 'size'>): number {
  return parseQuantity(state.size, 'size').base;
}

/** Bits per second of the custom speed (a bare number is Mb/s); throws InputError when it does not parse. */
export function customBitsPerSecond(state: Pick<DownloadTimeState, 'speed'>): number {
  return parseQuantity(state.speed, 'rate').base;
}

export interface PayloadRow {
  id: string;
  sizeBytes: number;
  /** The option, or undefined for the custom size. */
  payload?: PayloadOption;
}
export interface LinkColumn {
  id: string;
  bitsPerSecond: number;
  /** The option, or undefined for the custom speed. */
  link?: LinkOption;
  isRecord: boolean;
}
export interface TimeCell {
  payloadId: string;
  linkId: string;
  seconds: number;
}
export interface DownloadTimes {
  payloads: PayloadRow[];
  links: LinkColumn[];
  /** One per pair, payload-major: all links for the first payload, then the second… */
  cells: TimeCell[];
}

/**
 * The time for every pair. `customBytes` / `customBitsPerSecond` are the last values that
 * parsed (the caller keeps them), so a half-typed custom field never blanks the table.
 */
export function downloadTimes(state: Pick<DownloadTimeState, 'p' | 'l'>, customSizeBytes: number, customRateBitsPerSecond: number, options: DownloadTimeOptions): DownloadTimes {
  const rows: PayloadRow[] = state.p.map((id) => {
    const payload = options.payloads.find((p) => p.id === id);
    return payload ? { id, sizeBytes: payload.sizeBytes, payload } : { id, sizeBytes: customSizeBytes };
  });
  const columns: LinkColumn[] = state.l.map((id) => {
    const found = options.links.find((l) => l.id === id);
    return found ? { id, bitsPerSecond: found.bitsPerSecond, link: found, isRecord: found.isRecord } : { id, bitsPerSecond: customRateBitsPerSecond, isRecord: false };
  });
  const cells = rows.flatMap((row) => columns.map((column) => ({ payloadId: row.id, linkId: column.id, seconds: transferSeconds(row.sizeBytes, column.bitsPerSecond) })));
  return { payloads: rows, links: columns, cells };
}

/**
 * The pair whose arithmetic is shown: the one asked for when both are selected, else the
 * first payload over the record (or over the first link when the record is not selected).
 */
export function arithmeticPair(state: Pick<DownloadTimeState, 'p' | 'l' | 'ap' | 'al'>, recordId: string): { payloadId: string; linkId: string } {
  if (state.p.includes(state.ap) && state.l.includes(state.al)) return { payloadId: state.ap, linkId: state.al };
  const payloadId = state.p[0] ?? CUSTOM;
  const linkId = state.l.includes(recordId) ? recordId : (state.l[0] ?? CUSTOM);
  return { payloadId, linkId };
}

/**
 * "Show the arithmetic" for one pair (transferSteps): bytes × 8 = bits, bits ÷ speed = time.
 * A streamed payload is already in bits (bitrate × duration), so that step replaces the first.
 */
export function pairSteps(row: PayloadRow, column: LinkColumn): ArithmeticStep[] {
  const stream = row.payload?.stream;
  if (!stream) return transferSteps(row.sizeBytes, column.bitsPerSecond);
  const streamBits = multiply('widget.download-time.step.streamSize', amount('rate', stream.bitsPerSecond), amount('duration', stream.seconds), 'bits');
  return [streamBits, divide('engine.step.bitsOverRate', streamBits.result, amount('rate', column.bitsPerSecond), 'duration')];
}

/** Bars for the chart, one per pair in table order, with whole labels; the record's bars are highlighted. */
export function chartRows(
  times: DownloadTimes,
  payloadLabel: (row: PayloadRow) => string,
  linkLabel: (column: LinkColumn) => string,
  formatTime: (seconds: number) => string,
): BarRow[] {
  return times.cells.map((cell) => {
    const row = times.payloads.find((p) => p.id === cell.payloadId)!;
    const column = times.links.find((l) => l.id === cell.linkId)!;
    return { label: `${payloadLabel(row)} · ${linkLabel(column)}`, value: cell.seconds, valueLabel: formatTime(cell.seconds), highlight: column.isRecord };
  });
}

export interface DownloadChartOptions {
  axisTitle: string;
  locale: string;
  measure: MeasureText;
  labelLines: number;
}

/** logBarConfig on a time axis ticked at human durations (1 ms, 1 s, 1 minute, 1 hour…). */
export function downloadChartConfig(rows: readonly BarRow[], colors: ThemeColors, options: DownloadChartOptions): ChartConfiguration<'scatter', BarPoint[]> {
  const axis = durationAxis(
    rows.map((r) => r.value),
    options.locale,
  );
  return logBarConfig(rows, colors, { ...options, axis });
}
