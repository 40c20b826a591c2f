/**
 * Transfer maths: every comparison on the site is one of these functions. Inputs are in base
 * units (bytes, bits per second, km, seconds); invalid inputs raise InputError so a caller
 * never receives NaN or Infinity to display. The *Steps functions return the same arithmetic as
 * "Show the arithmetic" steps (see steps.ts), built from the same numbers as the result.
 */
import { amount, divide, multiply, type ArithmeticStep } from './steps';
import { BITS_PER_BYTE, LIGHT_KM_PER_SECOND, SECONDS_PER_DAY, SECONDS_PER_YEAR } from './constants';
import { InputError, requirePositive } from './input';

/** Returns a finite result or throws: keeps overflow (1e308 × 8) away from the screen. */
function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new InputError('too-large', `${what} is out of range`);
  return value;
}

/** Seconds to move `sizeBytes` over a link of `rateBitsPerSecond`. */
export function transferSeconds(sizeBytes: number, rateBitsPerSecond: number): number {
  requirePositive(sizeBytes, 'size');
  requirePositive(rateBitsPerSecond, 'rate');
  return finite((sizeBytes * BITS_PER_BYTE) / rateBitsPerSecond, 'time');
}

/** Whole or fractional copies of a payload the link moves each second. */
export function copiesPerSecond(sizeBytes: number, rateBitsPerSecond: number): number {
  // The time can underflow to 0 (a byte over an exabit link is still > 0, but 1e-300 bytes is not).
  return finite(1 / transferSeconds(sizeBytes, rateBitsPerSecond), 'copies');
}

/** How many streams of `streamBitsPerSecond` fit in the link at once. */
export function simultaneousStreams(linkBitsPerSecond: number, streamBitsPerSecond: number): number {
  requirePositive(linkBitsPerSecond, 'link rate');
  requirePositive(streamBitsPerSecond, 'stream rate');
  return finite(linkBitsPerSecond / streamBitsPerSecond, 'streams');
}

/** How many times faster `fasterBitsPerSecond` is than `slowerBitsPerSecond` ("N× your line"). */
export function speedRatio(fasterBitsPerSecond: number, slowerBitsPerSecond: number): number {
  return simultaneousStreams(fasterBitsPerSecond, slowerBitsPerSecond);
}

/** Years of continuous audio at `audioBitsPerSecond` that the link moves in one second. */
export function audioYearsPerSecond(linkBitsPerSecond: number, audioBitsPerSecond: number): number {
  return simultaneousStreams(linkBitsPerSecond, audioBitsPerSecond) / SECONDS_PER_YEAR;
}

/** Songs of `songSeconds` at `audioBitsPerSecond` that the link moves in one second. */
export function songsPerSecond(linkBitsPerSecond: number, audioBitsPerSecond: number, songSeconds: number): number {
  requirePositive(songSeconds, 'song length');
  return finite(simultaneousStreams(linkBitsPerSecond, audioBitsPerSecond) / songSeconds, 'songs');
}

/** Bytes a link moves in `seconds`. */
export function bytesMoved(rateBitsPerSecond: number, seconds: number): number {
  requirePositive(rateBitsPerSecond, 'rate');
  requirePositive(seconds, 'duration');
  return finite((rateBitsPerSecond * seconds) / BITS_PER_BYTE, 'size');
}

/** One-way time for light to cross `distanceKm` of glass with group index `groupIndex`. */
export function lightTravelSeconds(distanceKm: number, groupIndex: number): number {
  requirePositive(distanceKm, 'distance');
  requirePositive(groupIndex, 'group index');
  return finite((distanceKm * groupIndex) / LIGHT_KM_PER_SECOND, 'time');
}

/** Capacity × distance in bit/s·km (divide by 1e18 for Eb/s·km). */
export function capacityDistance(rateBitsPerSecond: number, distanceKm: number): number {
  requirePositive(rateBitsPerSecond, 'rate');
  requirePositive(distanceKm, 'distance');
  return finite(rateBitsPerSecond * distanceKm, 'capacity × distance');
}

/** Bytes a link moves in one day of continuous transfer. */
export function dailyBytes(rateBitsPerSecond: number): number {
  return bytesMoved(rateBitsPerSecond, SECONDS_PER_DAY);
}

// ── Show the arithmetic ──────────────────────────────────────────────────────────────────────

/** 8 bits per byte, as a quantity: "123 TB × 8 bits per byte = 984 Tb". */
export const BITS_PER_BYTE_AMOUNT = amount('bits-per-byte', BITS_PER_BYTE);
/** The seconds in a Julian year, as a quantity: "7.65 billion s ÷ 31,557,600 seconds per year = 242 years". */
export const SECONDS_PER_YEAR_AMOUNT = amount('seconds-per-year', SECONDS_PER_YEAR);
/** The speed of light in vacuum, as a quantity (km/s). */
export const LIGHT_SPEED_AMOUNT = amount('speed', LIGHT_KM_PER_SECOND, { digits: 9 });

/** size × 8 bits per byte = bits; bits ÷ rate = seconds. The last result equals transferSeconds(). */
export function transferSteps(sizeBytes: number, rateBitsPerSecond: number): [ArithmeticStep<'bits'>, ArithmeticStep<'duration'>] {
  transferSeconds(sizeBytes, rateBitsPerSecond); // throws InputError on sizes and rates no one can show
  const toBits = multiply('engine.step.bytesToBits', amount('size', sizeBytes), BITS_PER_BYTE_AMOUNT, 'bits');
  return [toBits, divide('engine.step.bitsOverRate', toBits.result, amount('rate', rateBitsPerSecond), 'duration')];
}

/** link ÷ stream = streams. The result equals simultaneousStreams(). */
export function streamsSteps(linkBitsPerSecond: number, streamBitsPerSecond: number): ArithmeticStep[] {
  simultaneousStreams(linkBitsPerSecond, streamBitsPerSecond);
  return [divide('engine.step.linkOverStream', amount('rate', linkBitsPerSecond), amount('rate', streamBitsPerSecond), 'count')];
}

/** distance × group index = km light would cover in vacuum; ÷ c = seconds. Equals lightTravelSeconds(). */
export function lightTravelSteps(distanceKm: number, groupIndex: number): [ArithmeticStep<'distance'>, ArithmeticStep<'duration'>] {
  lightTravelSeconds(distanceKm, groupIndex);
  const vacuum = multiply('engine.step.distanceTimesIndex', amount('distance', distanceKm), amount('number', groupIndex), 'distance');
  return [vacuum, divide('engine.step.overLightSpeed', vacuum.result, LIGHT_SPEED_AMOUNT, 'duration')];
}
