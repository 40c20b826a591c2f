/**
 * "Your connection": how many times faster the record is than the reader's line, and how
 * long that line would need to move what the record moves in one second. Pure: state codec,
 * presets from the data, results and the arithmetic steps.
 */
import { links } from '../../data';
import type { Link } from '../../data/schema';
import { parseQuantity, rateToBitsPerSecond } from '../units';
import { bytesMoved, speedRatio, transferSeconds } from '../transfer';
import type { ArithmeticStep } from '../steps';
import { oneOf, safeText, type StateCodec } from '../url-state';

/** Lines a reader might have: medians and consumer plans, newest first within the data order. */
export const CONNECTION_PRESETS: readonly Link[] = links.filter((l) => ['fixed', 'mobile', 'country-average', 'consumer-plan'].includes(l.kind));
const RECORD = links.find((l) => l.kind === 'record');
if (!RECORD) throw new Error('links.json has no record entry');
export const RECORD_LINK: Link = RECORD;

export const CUSTOM = 'custom';
export interface YourConnectionState {
  /** A preset link id, or "custom" to use `speed`. */
  line: string;
  /** The speed the reader typed, used when `line` is "custom". */
  speed: string;
}

export const yourConnectionCodec: StateCodec<YourConnectionState> = {
  defaults: { line: 'global-fixed-median-2025-12', speed: '100 Mb/s' },
  params: { line: oneOf([...CONNECTION_PRESETS.map((l) => l.id), CUSTOM]), speed: safeText(40) },
};

/** The reader's line in bits per second; throws InputError when a typed speed is not valid. */
export function lineBitsPerSecond(state: YourConnectionState): number {
  if (state.line === CUSTOM) return parseQuantity(state.speed, 'rate').base;
  const preset = CONNECTION_PRESETS.find((l) => l.id === state.line);
  if (!preset) throw new Error(`Unknown line "${state.line}"`);
  return rateToBitsPerSecond(preset.rate);
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
    steps: [
      {
        label: 'widget.your-connection.step.ratio',
        inputs: [
          { kind: 'rate', value: recordBitsPerSecond },
          { kind: 'rate', value: yourBitsPerSecond },
        ],
        operator: '÷',
        result: { kind: 'ratio', value: ratio },
      },
      {
        label: 'widget.your-connection.step.oneSecond',
        inputs: [
          { kind: 'rate', value: recordBitsPerSecond },
          { kind: 'plain', value: 8 },
        ],
        operator: '÷',
        result: { kind: 'size', value: recordSecondBytes },
      },
      {
        label: 'widget.your-connection.step.lineTime',
        inputs: [
          { kind: 'bits', value: recordSecondBytes * 8 },
          { kind: 'rate', value: yourBitsPerSecond },
        ],
        operator: '÷',
        result: { kind: 'duration', value: lineSeconds },
      },
    ],
  };
}
