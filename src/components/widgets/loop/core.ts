/**
 * The recirculating loop: how the record's distance was reached by sending light round one
 * spool of fiber lap after lap. Pure: lap arithmetic (distance and light's travel time after
 * each lap, from the data's loop length, lap count and group index), the animation's
 * slow-down factor, the pulse's angle for a fractional lap, and the URL state (the lap).
 * No data imports: the island receives the loop's figures as plain options from the server
 * (options.ts), so no dataset ships to the browser for it.
 */
import { amount, multiply, type ArithmeticStep } from '../../../lib/steps';
import { lightTravelSeconds, lightTravelSteps } from '../../../lib/transfer';
import { wholeNumberIn, type StateCodec } from '../../../lib/url-state';

/** Everything the island needs from the data (built by options.ts). */
export interface LoopOptions {
  /** Length of the spool the light circles, km. */
  spanKm: number;
  /** Laps the record's light made. */
  laps: number;
  /** The fiber's group index (light's speed in the glass is c ÷ this). */
  groupIndex: number;
  /** The distance as NICT states it (rounded from laps × span), km. */
  pressDistanceKm: number;
}

export interface LapProgress {
  lap: number;
  distanceKm: number;
  /** One-way light time through `distanceKm` of glass. */
  seconds: number;
  steps: ArithmeticStep[];
}

/** Where the light is after `lap` whole laps (0 = just launched). */
export function lapProgress(lap: number, { spanKm, groupIndex }: Pick<LoopOptions, 'spanKm' | 'groupIndex'>): LapProgress {
  if (!Number.isInteger(lap) || lap < 0) throw new RangeError('lap must be a whole number ≥ 0');
  const distanceKm = lap * spanKm;
  if (lap === 0) return { lap, distanceKm: 0, seconds: 0, steps: [] };
  return {
    lap,
    distanceKm,
    seconds: lightTravelSeconds(distanceKm, groupIndex),
    steps: [multiply('widget.loop.step.distance', amount('count', lap), amount('distance', spanKm), 'distance'), ...lightTravelSteps(distanceKm, groupIndex)],
  };
}

/** Light's time for one lap of the loop. */
export function secondsPerLap({ spanKm, groupIndex }: Pick<LoopOptions, 'spanKm' | 'groupIndex'>): number {
  return lightTravelSeconds(spanKm, groupIndex);
}

/** How many times slower than light the animation runs at `animationSecondsPerLap`. */
export function slowdownFactor(animationSecondsPerLap: number, secondsPerLap: number): number {
  return animationSecondsPerLap / secondsPerLap;
}

/** The pulse's angle (degrees clockwise from the loop's entry point) at a fractional lap. */
export function pulseDegrees(progressLaps: number): number {
  const fraction = progressLaps - Math.floor(progressLaps);
  return fraction * 360;
}

/** The next lap number from a step button: clamped to 0…laps. */
export function stepLap(lap: number, direction: 1 | -1, laps: number): number {
  return Math.min(laps, Math.max(0, lap + direction));
}

export interface LoopState {
  /** Whole laps completed, 0…laps. */
  lap: number;
}

/** The codec for this many laps (the same count gives the same codec on the server and in the browser). */
export function loopCodecFor({ laps }: Pick<LoopOptions, 'laps'>): StateCodec<LoopState> {
  return { defaults: { lap: 0 }, params: { lap: wholeNumberIn(0, laps) } };
}
