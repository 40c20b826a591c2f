/**
 * "Download time": how long each chosen payload takes over each chosen link, for the results
 * table, the log-scale bar chart and "Show the arithmetic". Pure: state codec, the choices
 * (read from src/data), the times and their steps.
 */
import type { ChartConfiguration } from 'chart.js';
import { link, links, payloads } from '../../data';
import type { Link, Payload } from '../../data/schema';
import { payloadBytes } from '../claims';
import { logBarConfig, type BarRow, type LogBarOptions, type ThemeColors } from '../charts';
import type { ArithmeticStep } from '../steps';
import { BITS_PER_BYTE, transferSeconds, transferSteps } from '../transfer';
import { parseQuantity, rateToBitsPerSecond } from '../units';
import { listOf, oneOf, safeText, type StateCodec } from '../url-state';

export const CUSTOM = 'custom';
/** More than six of each makes a table and a chart no one can read on a phone. */
export const MAX_PAYLOADS = 6;
export const MAX_LINKS = 6;

/**
 * Things to send: every payload except sizes that only define a bitrate (a size with
 * playSeconds, such as "1 MB per minute", is a rate in disguise, not a thing to download).
 */
export const PAYLOAD_CHOICES: readonly Payload[] = payloads.filter((p) => p.playSeconds === undefined);

/**
 * Lines to send over: one of each kind a reader asks about (the record, the newest medians,
 * fast home fiber, 5G, a backbone fiber and two submarine cables), in the order they are
 * listed. Older medians of the same place stay in the data for the sources page.
 */
export const LINK_CHOICES: readonly Link[] = [
  'record-2025',
  'global-fixed-median-2025-12',
  'global-mobile-median-2025-12',
  'us-fixed-median-2025-10',
  'singapore-fixed-median-2025-10',
  'global-5g-median-2023-q3',
  'nuro-10g',
  'init7-25g',
  'best-commercial-fiber',
  'marea',
  'juno',
].map((id) => link(id));

const RECORD = links.find((l) => l.kind === 'record');
if (!RECORD) throw new Error('links.json has no record entry');
export const RECORD_LINK: Link = RECORD;

const payloadIds = [...PAYLOAD_CHOICES.map((p) => p.id), CUSTOM];
const linkIds = [...LINK_CHOICES.map((l) => l.id), CUSTOM];

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

export const downloadTimeCodec: StateCodec<DownloadTimeState> = {
  defaults: {
    p: ['netflix-library-press', 'wikipedia-en-compressed'],
    size: '1 TB',
    l: [RECORD_LINK.id, 'us-fixed-median-2025-10', 'nuro-10g'],
    speed: '1 Gb/s',
    ap: 'netflix-library-press',
    al: RECORD_LINK.id,
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

/** Bytes of a chosen payload; throws InputError when the custom size does not parse. */
export function chosenBytes(id: string, state: Pick<DownloadTimeState, 'size'>): number {
  if (id === CUSTOM) return parseQuantity(state.size, 'size').base;
  const found = PAYLOAD_CHOICES.find((p) => p.id === id);
  if (!found) throw new Error(`Unknown payload "${id}"`);
  return payloadBytes(found);
}

/** Bits per second of a chosen link; throws InputError when the custom speed does not parse. */
export function chosenBitsPerSecond(id: string, state: Pick<DownloadTimeState, 'speed'>): number {
  if (id === CUSTOM) return parseQuantity(state.speed, 'rate').base;
  const found = LINK_CHOICES.find((l) => l.id === id);
  if (!found) throw new Error(`Unknown link "${id}"`);
  return rateToBitsPerSecond(found.rate);
}

export interface PayloadRow {
  id: string;
  sizeBytes: number;
  /** The data entry, or undefined for the custom size. */
  payload?: Payload;
}
export interface LinkColumn {
  id: string;
  bitsPerSecond: number;
  link?: Link;
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
export function downloadTimes(state: Pick<DownloadTimeState, 'p' | 'l'>, customBytes: number, customBitsPerSecond: number): DownloadTimes {
  const rows: PayloadRow[] = state.p.map((id) => {
    const payload = PAYLOAD_CHOICES.find((p) => p.id === id);
    return payload ? { id, sizeBytes: payloadBytes(payload), payload } : { id, sizeBytes: customBytes };
  });
  const columns: LinkColumn[] = state.l.map((id) => {
    const found = LINK_CHOICES.find((l) => l.id === id);
    return found
      ? { id, bitsPerSecond: rateToBitsPerSecond(found.rate), link: found, isRecord: found.kind === 'record' }
      : { id, bitsPerSecond: customBitsPerSecond, isRecord: false };
  });
  const cells = rows.flatMap((row) =>
    columns.map((column) => ({ payloadId: row.id, linkId: column.id, seconds: transferSeconds(row.sizeBytes, column.bitsPerSecond) })),
  );
  return { payloads: rows, links: columns, cells };
}

/**
 * The pair whose arithmetic is shown: the one asked for when both are selected, else the
 * first payload over the record (or over the first link when the record is not selected).
 */
export function arithmeticPair(state: Pick<DownloadTimeState, 'p' | 'l' | 'ap' | 'al'>): { payloadId: string; linkId: string } {
  if (state.p.includes(state.ap) && state.l.includes(state.al)) return { payloadId: state.ap, linkId: state.al };
  const payloadId = state.p[0] ?? CUSTOM;
  const linkId = state.l.includes(RECORD_LINK.id) ? RECORD_LINK.id : (state.l[0] ?? CUSTOM);
  return { payloadId, linkId };
}

/**
 * "Show the arithmetic" for one pair (transferSteps): bytes × 8 = bits, bits ÷ speed = time.
 * A streamed payload is already in bits (bitrate × duration), so that step replaces the first.
 */
export function pairSteps(row: PayloadRow, column: LinkColumn): ArithmeticStep[] {
  const [toBits, overRate] = transferSteps(row.sizeBytes, column.bitsPerSecond);
  const stream = row.payload?.stream;
  if (!stream || !overRate) return transferSteps(row.sizeBytes, column.bitsPerSecond);
  const streamBits: ArithmeticStep = {
    label: 'widget.download-time.step.streamSize',
    inputs: [
      { kind: 'rate', value: rateToBitsPerSecond(stream.rate) },
      { kind: 'duration', value: stream.seconds },
    ],
    operator: '×',
    result: toBits?.result ?? { kind: 'bits', value: row.sizeBytes * BITS_PER_BYTE },
  };
  return [streamBits, overRate];
}

/** Bars for the chart, one per pair in table order; the record's bars are highlighted. */
export function chartRows(times: DownloadTimes, payloadLabel: (row: PayloadRow) => string, linkLabel: (column: LinkColumn) => string): (BarRow & { lines: string[] })[] {
  return times.cells.map((cell) => {
    const row = times.payloads.find((p) => p.id === cell.payloadId)!;
    const column = times.links.find((l) => l.id === cell.linkId)!;
    const lines = [shorten(payloadLabel(row)), shorten(linkLabel(column))];
    return { label: lines.join(' · '), lines, value: cell.seconds, highlight: column.isRecord };
  });
}

/**
 * logBarConfig with each bar's label on two short lines (payload, link), so it fits a phone,
 * and the time axis ticked at whole decades only, level, thinned by Chart.js when crowded
 * (otherwise a 12-decade axis shows rotated labels between empty ticks).
 */
export function downloadChartConfig(rows: readonly (BarRow & { lines: string[] })[], colors: ThemeColors, options: LogBarOptions): ChartConfiguration<'bar'> {
  const config = logBarConfig(rows, colors, options);
  config.data.labels = rows.map((r) => r.lines);
  const x = config.options?.scales?.['x'];
  if (x) {
    x.afterBuildTicks = (axis) => {
      axis.ticks = axis.ticks.filter((tick) => isWholeDecade(tick.value));
    };
    x.ticks = { ...x.ticks, maxRotation: 0, autoSkip: true, autoSkipPadding: 12 };
  }
  return config;
}

export function isWholeDecade(value: number): boolean {
  if (!(value > 0)) return false;
  const exponent = Math.log10(value);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

/** Chart tick labels have no room for a whole data label: cut at a word near `max` characters. */
export function shorten(text: string, max = 26): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;(–-]+$/, '')}…`;
}
