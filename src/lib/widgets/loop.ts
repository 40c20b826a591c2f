/**
 * The recirculating loop: how the record's distance was reached by sending light round one
 * spool of fiber lap after lap. Pure: lap arithmetic (distance and light's travel time after
 * each lap, from the data's loop length, lap count and group index), the animation's
 * slow-down factor, the pulse's angle for a fractional lap, and the URL state (the lap).
 */
import { factNumber } from '../../data';
import type { ArithmeticStep } from '../steps';
import { lightTravelSeconds, lightTravelSteps } from '../transfer';
import type { StateCodec } from '../url-state';
import { wholeNumberIn } from './whole-number';

export const LOOP_SPAN_KM = factNumber('record-loop-span');
export const LOOP_LAPS = factNumber('record-loop-laps');
export const GROUP_INDEX = factNumber('fiber-group-index');
/** The distance as NICT states it (rounded from laps × span). */
export const PRESS_DISTANCE_KM = factNumber('record-distance');

export interface LapProgress {
  lap: number;
  distanceKm: number;
  /** One-way light time through `distanceKm` of glass. */
  seconds: number;
  steps: ArithmeticStep[];
}

/** Where the light is after `lap` whole laps (0 = just launched). */
export function lapProgress(lap: number, spanKm = LOOP_SPAN_KM, groupIndex = GROUP_INDEX): LapProgress {
  if (!Number.isInteger(lap) || lap < 0) throw new RangeError('lap must be a whole number ≥ 0');
  const distanceKm = lap * spanKm;
  if (lap === 0) return { lap, distanceKm: 0, seconds: 0, steps: [] };
  return {
    lap,
    distanceKm,
    seconds: lightTravelSeconds(distanceKm, groupIndex),
    steps: [
      {
        label: 'widget.loop.step.distance',
        inputs: [
          { kind: 'count', value: lap },
          { kind: 'distance', value: spanKm },
        ],
        operator: '×',
        result: { kind: 'distance', value: distanceKm },
      },
      ...lightTravelSteps(distanceKm, groupIndex),
    ],
  };
}

/** Light's time for one lap of the loop. */
export const SECONDS_PER_LAP = lightTravelSeconds(LOOP_SPAN_KM, GROUP_INDEX);

/** How many times slower than light the animation runs at `animationSecondsPerLap`. */
export function slowdownFactor(animationSecondsPerLap: number, secondsPerLap = SECONDS_PER_LAP): number {
  return animationSecondsPerLap / secondsPerLap;
}

/** The pulse's angle (degrees clockwise from the loop's entry point) at a fractional lap. */
export function pulseDegrees(progressLaps: number): number {
  const fraction = progressLaps - Math.floor(progressLaps);
  return fraction * 360;
}

/** The next lap number from a step button: clamped to 0…laps. */
export function stepLap(lap: number, direction: 1 | -1, laps = LOOP_LAPS): number {
  return Math.min(laps, Math.max(0, lap + direction));
}

export interface LoopState {
  /** Whole laps completed, 0…LOOP_LAPS. */
  lap: number;
}

export const loopCodec: StateCodec<LoopState> = {
  defaults: { lap: 0 },
  params: { lap: wholeNumberIn(0, LOOP_LAPS) },
};
