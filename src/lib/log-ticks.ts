/**
 * Ticks for a logarithmic time axis at values a reader knows: 1 μs, 1 ms, 1 s, 1 minute,
 * 1 hour, 1 day, 1 year, 100 years… (not 1.7 minutes or 2.8 hours, which is where whole
 * decades of seconds fall). The axis runs from the human value at or below the shortest time
 * to the one at or above the longest, so every bar ends inside it. Then the ticks a narrow axis
 * has no room for are dropped, keeping both ends. Pure: the caller measures label widths.
 */
import { SECONDS_PER_DAY, SECONDS_PER_YEAR } from './constants';
import { formatDuration } from './format';

/** 1 s, 1 minute, 1 hour, 1 day, 1 year: the calendar steps between a second and a century. */
const CALENDAR_STEPS_S = [1, 60, 3600, SECONDS_PER_DAY, SECONDS_PER_YEAR] as const;
/** Below a second, SI steps of a thousand (1 ms, 1 μs, 1 ns, then 0.001 ns…). */
const SUB_SECOND_FACTOR = 1000;
/** From a year up, steps of a hundred (100 years, 10,000 years, 1 million years…). */
const YEAR_FACTOR = 100;

/**
 * Every human duration from the one at or below `fromS` to the one at or above `toS`, in
 * seconds, ascending. Both must be positive and finite.
 */
export function humanDurationsS(fromS: number, toS: number): number[] {
  if (!(fromS > 0 && toS >= fromS && Number.isFinite(toS))) throw new RangeError('humanDurationsS needs 0 < from ≤ to < ∞');
  const out: number[] = [];
  // Start at the largest sub-second step at or below `fromS` (or 1 s).
  let start = 1;
  while (start > fromS) start /= SUB_SECOND_FACTOR;
  for (let v = start; v < 1; v *= SUB_SECOND_FACTOR) out.push(roundStep(v));
  out.push(...CALENDAR_STEPS_S);
  for (let v = SECONDS_PER_YEAR * YEAR_FACTOR; out.at(-1)! < toS; v *= YEAR_FACTOR) out.push(v);
  // Trim the ladder to the one step at or below `fromS` and the one at or above `toS`.
  const first = out.findLastIndex((v) => v <= fromS);
  const last = out.findIndex((v) => v >= toS);
  return out.slice(Math.max(first, 0), last + 1);
}

/** 0.001 × 0.001 is 1.0000000000000002e-6: keep the steps exact powers of ten. */
function roundStep(value: number): number {
  return Number(value.toPrecision(12));
}

export interface LogTick {
  value: number;
  label: string;
}

export interface LogAxis {
  /** The axis runs from min to max, both human values; every value lies inside. */
  min: number;
  max: number;
  /** Every human value from min to max (both included), labelled by the formatter. */
  ticks: LogTick[];
}

/**
 * The time axis for these durations (seconds; non-positive and non-finite ones ignored):
 * from the human value at or below the shortest to the one at or above the longest, a step
 * apart at least, with a tick at each human value between, labelled by formatDuration.
 */
export function durationAxis(valuesS: readonly number[], locale: string): LogAxis {
  const finite = valuesS.filter((v) => Number.isFinite(v) && v > 0);
  const low = finite.length > 0 ? Math.min(...finite) : 1;
  const high = finite.length > 0 ? Math.max(...finite) : 1;
  let values = humanDurationsS(low, high);
  // One value exactly on a step: widen to the next step so the axis has a length.
  if (values.length < 2) values = humanDurationsS(low, high * 2);
  return {
    min: values[0]!,
    max: values.at(-1)!,
    ticks: values.map((value) => ({ value, label: formatDuration(value, locale, { maximumSignificantDigits: 2 }) })),
  };
}

/**
 * The ticks whose labels fit side by side on an axis `lengthPx` long (label centred on its
 * tick, at least `gapPx` apart), positioned on a log scale from min to max. Both ends are
 * always kept (they say where the axis starts and stops); between them, greedily from the
 * start, a tick is kept when its label clears the one kept before it and the last one.
 */
export function fittingTicks(axis: LogAxis, lengthPx: number, labelWidthPx: (label: string) => number, gapPx = 8): LogTick[] {
  const { ticks } = axis;
  if (ticks.length <= 2) return ticks;
  const span = Math.log(axis.max / axis.min);
  const px = (v: number) => (Math.log(v / axis.min) / span) * lengthPx;
  const half = (t: LogTick) => labelWidthPx(t.label) / 2;
  const first = ticks[0]!;
  const last = ticks.at(-1)!;
  const kept = [first];
  for (const tick of ticks.slice(1, -1)) {
    const previous = kept.at(-1)!;
    const clearsPrevious = px(tick.value) - half(tick) >= px(previous.value) + half(previous) + gapPx;
    const clearsLast = px(tick.value) + half(tick) + gapPx <= px(last.value) - half(last);
    if (clearsPrevious && clearsLast) kept.push(tick);
  }
  kept.push(last);
  return kept;
}
