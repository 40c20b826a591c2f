/**
 * Units: the symbols the site understands, and conversion of a quantity to its base unit
 * (bits per second for rates, bytes for sizes). Decimal SI prefixes throughout.
 * Parsing free text and formatting live in the numbers engine modules beside this one.
 */

export const RATE_UNITS = ['b/s', 'kb/s', 'Mb/s', 'Gb/s', 'Tb/s', 'Pb/s', 'Eb/s', 'B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s', 'PB/s', 'EB/s'] as const;
export const SIZE_UNITS = ['b', 'kb', 'Mb', 'Gb', 'Tb', 'Pb', 'Eb', 'B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

export type RateUnit = (typeof RATE_UNITS)[number];
export type SizeUnit = (typeof SIZE_UNITS)[number];

export interface Rate {
  value: number;
  unit: RateUnit;
}
export interface Size {
  value: number;
  unit: SizeUnit;
}

const PREFIX_EXPONENT: Record<string, number> = { '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/** Splits "TB" into its prefix exponent and whether it counts bytes. */
function decompose(unit: string): { exponent: number; bytes: boolean } {
  const base = unit.endsWith('/s') ? unit.slice(0, -2) : unit;
  const last = base.slice(-1);
  const prefix = base.slice(0, -1);
  const exponent = PREFIX_EXPONENT[prefix];
  if (exponent === undefined || (last !== 'b' && last !== 'B')) {
    throw new RangeError(`Unknown unit: ${unit}`);
  }
  return { exponent, bytes: last === 'B' };
}

export function rateToBitsPerSecond(rate: Rate): number {
  const { exponent, bytes } = decompose(rate.unit);
  return rate.value * 10 ** exponent * (bytes ? 8 : 1);
}

export function sizeToBytes(size: Size): number {
  const { exponent, bytes } = decompose(size.unit);
  return (size.value * 10 ** exponent) / (bytes ? 1 : 8);
}
