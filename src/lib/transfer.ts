/**
 * Transfer maths: every comparison on the site is one of these functions. Inputs are in base
 * units (bytes, bits per second, km, seconds); invalid inputs raise InputError so a caller
 * never receives NaN or Infinity to display.
 */

export type InputProblem = 'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-large' | 'unknown-unit';

/** A typed error the UI turns into an inline message (keyed by `problem`). */
export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    message: string = problem,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Throws InputError unless `value` is a finite number above zero. */
export function requirePositive(value: number, what: string): number {
  if (Number.isNaN(value)) throw new InputError('not-a-number', `${what} is not a number`);
  if (!Number.isFinite(value)) throw new InputError('too-large', `${what} is too large`);
  if (value < 0) throw new InputError('negative', `${what} is negative`);
  if (value === 0) throw new InputError('zero', `${what} is zero`);
  return value;
}

/** Returns a finite result or throws: keeps overflow (1e308 × 8) away from the screen. */
function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new InputError('too-large', `${what} is out of range`);
  return value;
}

export const BITS_PER_BYTE = 8;
export const SECONDS_PER_YEAR = 365.25 * 24 * 3600;
/** Speed of light in vacuum, km/s (exact by definition of the metre). */
export const LIGHT_KM_PER_SECOND = 299_792.458;

/** Seconds to move `sizeBytes` over a link of `rateBitsPerSecond`. */
export function transferSeconds(sizeBytes: number, rateBitsPerSecond: number): number {
  requirePositive(sizeBytes, 'size');
  requirePositive(rateBitsPerSecond, 'rate');
  return finite((sizeBytes * BITS_PER_BYTE) / rateBitsPerSecond, 'time');
}

/** Whole or fractional copies of a payload the link moves each second. */
export function copiesPerSecond(sizeBytes: number, rateBitsPerSecond: number): number {
  return 1 / transferSeconds(sizeBytes, rateBitsPerSecond);
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
