/**
 * Dimensions: what a quantity measures, as exponents of the site's base units. A step of
 * arithmetic multiplies or divides quantities, and the result's dimension follows from the
 * operands' (bit/s × km = bit·km/s), so a product of rate and distance can never be printed as
 * a rate. Both levels check it: TypeScript computes the dimension of a product or quotient in
 * the type system (`Product`, `Quotient`, `KindsOf`), and `dimensionOf`/`multiplyDimensions`
 * do the same at run time for `stepProblems` (steps.ts), which the property tests run over
 * every step the site builds.
 *
 * Bits and bytes are separate base units, and so are seconds and years, so that "× 8 bits per
 * byte" and "÷ 31,557,600 seconds per year" are real unit conversions with a dimension of their
 * own rather than bare numbers. Distances count in kilometres, the unit every distance in the
 * data uses. Hand-written because no maintained units library models bits and bytes as
 * distinct units or computes dimensions in TypeScript's types (and one would add bytes to
 * every island).
 */

export const BASE_UNITS = ['bit', 'byte', 's', 'year', 'km'] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];

/** Exponents the site's quantities need (bit·km/s has km¹ s⁻¹). */
export type Exponent = -2 | -1 | 0 | 1 | 2;

export type Dimension = { readonly [U in BaseUnit]: Exponent };

type Full<T extends Partial<Record<BaseUnit, Exponent>>> = { readonly [U in BaseUnit]: U extends keyof T ? NonNullable<T[U]> : 0 };

function dimension<const T extends Partial<Record<BaseUnit, Exponent>>>(exponents: T): Full<T> {
  return { bit: 0, byte: 0, s: 0, year: 0, km: 0, ...exponents } as Full<T>;
}

/**
 * Every kind of quantity the site shows, with its dimension. Several kinds can share one
 * dimension only when they are dimensionless (a count, a ratio, a percent, a bare number):
 * for those the step says which one it means.
 */
export const KIND_DIMENSIONS = {
  bits: dimension({ bit: 1 }),
  size: dimension({ byte: 1 }),
  rate: dimension({ bit: 1, s: -1 }),
  'byte-rate': dimension({ byte: 1, s: -1 }),
  duration: dimension({ s: 1 }),
  years: dimension({ year: 1 }),
  distance: dimension({ km: 1 }),
  speed: dimension({ km: 1, s: -1 }),
  'capacity-distance': dimension({ bit: 1, km: 1, s: -1 }),
  frequency: dimension({ s: -1 }),
  'bits-per-byte': dimension({ bit: 1, byte: -1 }),
  'seconds-per-year': dimension({ s: 1, year: -1 }),
  count: dimension({}),
  ratio: dimension({}),
  percent: dimension({}),
  number: dimension({}),
} as const;

export type QuantityKind = keyof typeof KIND_DIMENSIONS;
export type DimensionOf<K extends QuantityKind> = (typeof KIND_DIMENSIONS)[K];

/** Kinds with no dimension: the step must say which of them a dimensionless result is. */
export const DIMENSIONLESS_KINDS = ['count', 'ratio', 'percent', 'number'] as const satisfies readonly QuantityKind[];

// ── Dimension arithmetic in the type system ──────────────────────────────────────────────────
// Small-integer addition as a lookup table: TypeScript cannot add numeric literal types, and
// the exponents the site needs stay within −2…2 (never is "out of range", itself a type error).

type AddTable = {
  [-2]: { [-2]: never; [-1]: never; 0: -2; 1: -1; 2: 0 };
  [-1]: { [-2]: never; [-1]: -2; 0: -1; 1: 0; 2: 1 };
  0: { [-2]: -2; [-1]: -1; 0: 0; 1: 1; 2: 2 };
  1: { [-2]: -1; [-1]: 0; 0: 1; 1: 2; 2: never };
  2: { [-2]: 0; [-1]: 1; 0: 2; 1: never; 2: never };
};
type Negate<E extends Exponent> = E extends -2 ? 2 : E extends -1 ? 1 : E extends 0 ? 0 : E extends 1 ? -1 : -2;
type Add<A extends Exponent, B extends Exponent> = AddTable[A][B];

export type Product<A extends Dimension, B extends Dimension> = { readonly [U in BaseUnit]: Add<A[U], B[U]> };
export type Quotient<A extends Dimension, B extends Dimension> = { readonly [U in BaseUnit]: Add<A[U], Negate<B[U]>> };

type SameDimension<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The kinds whose dimension is exactly D (never, when no kind has it: a type error at the call). */
export type KindsOf<D extends Dimension> = {
  [K in QuantityKind]: SameDimension<{ [U in BaseUnit]: DimensionOf<K>[U] }, { [U in BaseUnit]: D[U] }> extends true ? K : never;
}[QuantityKind];

// ── The same at run time ─────────────────────────────────────────────────────────────────────

export function dimensionOf(kind: QuantityKind): Dimension {
  return KIND_DIMENSIONS[kind];
}

function combine(a: Dimension, b: Dimension, sign: 1 | -1): Dimension {
  const out = {} as Record<BaseUnit, number>;
  for (const unit of BASE_UNITS) out[unit] = a[unit] + sign * b[unit];
  return out as Dimension;
}

export function multiplyDimensions(a: Dimension, b: Dimension): Dimension {
  return combine(a, b, 1);
}

export function divideDimensions(a: Dimension, b: Dimension): Dimension {
  return combine(a, b, -1);
}

export function sameDimension(a: Dimension, b: Dimension): boolean {
  return BASE_UNITS.every((unit) => a[unit] === b[unit]);
}

/** "bit·km/s", "byte", "1": for error messages and tests. */
export function dimensionSymbol(d: Dimension): string {
  const up = BASE_UNITS.filter((u) => d[u] > 0).map((u) => (d[u] === 1 ? u : `${u}^${d[u]}`));
  const down = BASE_UNITS.filter((u) => d[u] < 0).map((u) => (d[u] === -1 ? u : `${u}^${-d[u]}`));
  const top = up.length === 0 ? '1' : up.join('·');
  return down.length === 0 ? top : `${top}/${down.join('·')}`;
}
