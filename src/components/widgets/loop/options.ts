/**
 * The recirculating loop, the part that reads the data (server, definition and tests only): the
 * loop's span, lap count, group index and NICT's stated distance as the plain options the
 * island receives, and the codec built from the lap count.
 */
import { factNumber } from '../../../data';
import { loopCodecFor, secondsPerLap, type LoopOptions, type LoopState } from './core';
import type { WidgetIsland } from '../types';

export const LOOP_SPAN_KM = factNumber('record-loop-span');
export const LOOP_LAPS = factNumber('record-loop-laps');
export const GROUP_INDEX = factNumber('fiber-group-index');
/** The distance as NICT states it (rounded from laps × span). */
export const PRESS_DISTANCE_KM = factNumber('record-distance');

/** The island's props: four numbers, nothing else from facts.json. */
export const LOOP_OPTIONS: LoopOptions = { spanKm: LOOP_SPAN_KM, laps: LOOP_LAPS, groupIndex: GROUP_INDEX, pressDistanceKm: PRESS_DISTANCE_KM };
/** Light's time for one lap of the loop. */
export const SECONDS_PER_LAP = secondsPerLap(LOOP_OPTIONS);
export const island: WidgetIsland<LoopOptions, LoopState> = { options: LOOP_OPTIONS, codecFor: loopCodecFor };
export const loopCodec = loopCodecFor(LOOP_OPTIONS);
