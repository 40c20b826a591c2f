/**
 * "Your connection", the part the browser needs: how many times faster the record is than the
 * reader's line, and how long that line would need to move what the record moves in one
 * second. Pure, and no data imports: the island receives its lines as plain options from the
 * server (options.ts), so no dataset ships to the browser for it.
 */
import { parseQuantity } from '../../../lib/units';
import { bytesMovedSteps } from '../../../lib/link-steps';
import { bytesMoved, speedRatio, transferSeconds } from '../../../lib/transfer';
import { amount, divide, relabel, type ArithmeticStep } from '../../../lib/steps';
import { oneOf, safeText, type StateCodec } from '../../../lib/url-state';
import type { QuickPick } from '../../../lib/input';
import { formatRatio, formatResultDuration } from '../../../lib/format';
import { formatSize } from '../../../lib/units';
import type { Translate } from '../../../i18n/translate';

/** One line the reader can pick: only what the widget shows and computes with. */
export interface LineOption {
  id: string;
  label: string;
  /** The month (YYYY-MM) a median refers to: shown with the label (option-label.ts). */
  month?: string;
  bitsPerSecond: number;
}

/** Everything the island needs from the data (built by options.ts). */
export interface YourConnectionOptions {
  recordBitsPerSecond: number;
  /** Medians and consumer plans, in the data's order. */
  lines: LineOption[];
  /** Quick picks for the typed speed (common-speeds.server.ts). */
  speedChips: QuickPick[];
}

export const CUSTOM = 'custom';
/** The line the widget opens with: the newest global fixed median. */
export const DEFAULT_LINE = 'global-fixed-median-2025-12';

export interface YourConnectionState {
  /** A preset link id, or "custom" to use `speed`. */
  line: string;
  /** The speed the reader typed, used when `line` is "custom". */
  speed: string;
}

/** The codec for these lines (the same ids give the same codec on the server and in the browser). */
export function yourConnectionCodecFor(options: Pick<YourConnectionOptions, 'lines'>): StateCodec<YourConnectionState> {
  const ids = options.lines.map((l) => l.id);
  if (!ids.includes(DEFAULT_LINE)) throw new Error(`Your connection: default line "${DEFAULT_LINE}" is not among the lines`);
  return {
    defaults: { line: DEFAULT_LINE, speed: '100 Mb/s' },
    params: { line: oneOf([...ids, CUSTOM]), speed: safeText(40) },
  };
}

/** The reader's line in bits per second; throws InputError when a typed speed is not valid (a bare number is Mb/s). */
export function lineBitsPerSecond(state: YourConnectionState, lines: readonly LineOption[]): number {
  if (state.line === CUSTOM) return parseQuantity(state.speed, 'rate').base;
  const preset = lines.find((l) => l.id === state.line);
  if (!preset) throw new Error(`Unknown line "${state.line}"`);
  return preset.bitsPerSecond;
}

export interface ConnectionComparison {
  recordBitsPerSecond: number;
  lineBitsPerSecond: number;
  /** The record ÷ the line. */
  ratio: number;
  /** What the record moves in one second. */
  recordSecondBytes: number;
  /** Seconds the line needs to move recordSecondBytes. */
  lineSeconds: number;
  steps: ArithmeticStep[];
}

/** ratio = record ÷ line; what the record moves in one second (bits, then bytes); the line's time for it. */
function connectionSteps(recordBitsPerSecond: number, yourBitsPerSecond: number): ArithmeticStep[] {
  const [bits, bytes] = bytesMovedSteps(recordBitsPerSecond, 1);
  return [
    divide('widget.your-connection.step.ratio', amount('rate', recordBitsPerSecond), amount('rate', yourBitsPerSecond), 'ratio'),
    relabel(bits, 'widget.your-connection.step.oneSecond'),
    bytes,
    divide('widget.your-connection.step.lineTime', bits.result, amount('rate', yourBitsPerSecond), 'duration'),
  ];
}

export function compareConnection(recordBitsPerSecond: number, yourBitsPerSecond: number): ConnectionComparison {
  const ratio = speedRatio(recordBitsPerSecond, yourBitsPerSecond);
  const recordSecondBytes = bytesMoved(recordBitsPerSecond, 1);
  const lineSeconds = transferSeconds(recordSecondBytes, yourBitsPerSecond);
  return {
    recordBitsPerSecond,
    lineBitsPerSecond: yourBitsPerSecond,
    ratio,
    recordSecondBytes,
    lineSeconds,
    steps: connectionSteps(recordBitsPerSecond, yourBitsPerSecond),
  };
}

/** The result as the widget prints it. */
export interface ConnectionTexts {
  /** True when the typed line is faster than the record: the ratio then reads "your line is N× the record". */
  slower: boolean;
  ratio: string;
  lineTime: string;
  oneSecond: string;
  summary: string;
}

export function connectionTexts(result: ConnectionComparison, locale: string, t: Translate): ConnectionTexts {
  // A line faster than the record (a typed "1e20 Mb/s") reads the other way round, never "0.000001×".
  const slower = result.ratio < 1;
  const ratio = formatRatio(slower ? 1 / result.ratio : result.ratio, locale);
  const lineTime = formatResultDuration(result.lineSeconds, locale);
  const oneSecond = formatSize(result.recordSecondBytes, locale);
  const summary = t(slower ? 'widget.your-connection.summary.slower' : 'widget.your-connection.summary', { ratio, time: lineTime, size: oneSecond });
  return { slower, ratio, lineTime, oneSecond, summary };
}
