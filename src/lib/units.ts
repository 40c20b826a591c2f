/**
 * Units: the symbols the site understands, conversion to base units (bits per second for rates,
 * bytes for sizes), parsing free text ("1.02 Pb/s", "100 gigabytes", "4 GiB") and formatting
 * with an automatically chosen prefix. Decimal SI prefixes throughout; binary (IEC) prefixes
 * only when parsed from the reader's input or asked for with formatSizeBinary.
 *
 * Intl.NumberFormat formats the digits (so grouping and decimal marks follow the locale), but it
 * has no petabit or exabit unit, so the prefix and the SI symbol are chosen here. Symbols are the
 * same in every language; long names ("petabits per second") come from the dictionary.
 */
import type { Translate, UiKey } from '../i18n/index';
import { BITS_PER_BYTE } from './constants';
import { InputError } from './input';
import { numberFormat, plurals } from './intl';

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

/** Decimal prefixes, in steps of 1000. Z and Y exist so nothing above exa prints as "1,000,000 EB". */
export const SI_PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'] as const;
export type SiPrefix = (typeof SI_PREFIXES)[number];
/** Binary prefixes, in steps of 1024 ("GiB"). */
export const IEC_PREFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi', 'Yi'] as const;
export type IecPrefix = (typeof IEC_PREFIXES)[number];

/** Literal powers: 10 ** 23 is not exactly 1e23 in binary floating point, the literal is. */
const POWERS_OF_1000 = [1, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18, 1e21, 1e24] as const;
const POWERS_OF_1024 = IEC_PREFIXES.map((_, i) => 2 ** (10 * i));

/** One rung of the prefix ladder the lessons teach: the symbol, its power of ten and its value. */
export interface PrefixRung {
  prefix: Exclude<SiPrefix, ''>;
  exponent: number;
  factor: number;
}

/** The decimal prefixes from kilo up to `top` (exa by default, where the lessons stop). */
export function prefixLadder(top: Exclude<SiPrefix, ''> = 'E'): PrefixRung[] {
  const last = SI_PREFIXES.indexOf(top);
  return SI_PREFIXES.slice(1, last + 1).map((prefix, i) => ({
    prefix: prefix as Exclude<SiPrefix, ''>,
    exponent: 3 * (i + 1),
    factor: POWERS_OF_1000[i + 1] ?? Number.NaN,
  }));
}

/**
 * Largest base value parseQuantity accepts: 1e30 (a million yottabytes, or yottabits per second).
 * The world's stored data is around 1e23 bytes, so nothing real is refused, and transfer maths on
 * the result (×8, ÷ a tiny rate) stays far from floating-point overflow.
 */
export const MAX_BASE_VALUE = 1e30;

/** `value` × 10^exponent, rounded once from the decimal digits (1.02 × 10^15 is exactly 1.02e15). */
function timesPowerOfTen(value: number, exponent: number): number {
  if (!Number.isFinite(value)) return value;
  const [mantissa = '', ownExponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(ownExponent) + exponent}`);
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
  return timesPowerOfTen(rate.value, exponent) * (bytes ? BITS_PER_BYTE : 1);
}

export function sizeToBytes(size: Size): number {
  const { exponent, bytes } = decompose(size.unit);
  return timesPowerOfTen(size.value, exponent) / (bytes ? 1 : BITS_PER_BYTE);
}

// ── Parsing ──────────────────────────────────────────────────────────────────────────────────

export type ParsedKind = 'rate' | 'size';

export interface ParsedQuantity {
  kind: ParsedKind;
  /** The number as typed (after removing thousands separators). */
  value: number;
  /** Normalised symbol: 'Pb/s', 'TB', 'GiB', 'Gibit/s'. */
  unit: string;
  /** Bits per second for rates, BYTES for sizes. */
  base: number;
  /** True for IEC prefixes (KiB, GiB…). */
  binary: boolean;
  /** True when the typed unit counted bits rather than bytes. */
  bits: boolean;
  /** The prefix symbol: '', 'k', 'M'… or 'Ki', 'Mi'… */
  prefix: SiPrefix | IecPrefix;
  /** True when no unit was typed and a speed field read the number in its bare unit ("100" → 100 Mb/s). */
  assumed: boolean;
}

// A number: optional sign, digits with optional comma groups of three, decimals, exponent.
const NUMBER = /^([+\-\u2212]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+\-\u2212]?\d+))?/;
const RATE_SUFFIX = /\s*(?:\/|\bper\s+)\s*(?:s|sec|second)$/i;
const PREFIX_WORDS: Record<string, number> = { kilo: 1, mega: 2, giga: 3, tera: 4, peta: 5, exa: 6, zetta: 7, yotta: 8 };
const IEC_WORDS: Record<string, number> = { kibi: 1, mebi: 2, gibi: 3, tebi: 4, pebi: 5, exbi: 6, zebi: 7, yobi: 8 };
const PREFIX_LETTERS = 'kmgtpezy';

interface UnitParts {
  step: number; // index into SI_PREFIXES / IEC_PREFIXES
  binary: boolean;
  bits: boolean;
  rate: boolean;
}

/**
 * Reads a unit. Case rules: "b" is a bit and "B" a byte, but prefix letters are read in either
 * case ("gb" is a gigabit; there are no millibits here). "bps" is bits per second and "Bps" bytes
 * per second; all-capitals "GBPS" carries no case information and is read as bits, the
 * convention for link speeds. Words ("bits", "bytes") are unambiguous in any case.
 */
function parseUnit(text: string): UnitParts | undefined {
  let rest = text.replace(/\s+/g, ' ').trim();
  let rate = false;
  let capsPerSecond = false;
  if (RATE_SUFFIX.test(rest)) {
    rate = true;
    rest = rest.replace(RATE_SUFFIX, '');
  } else if (/[bB]ps$/.test(rest) || /[bB]PS$/.test(rest) || /bits?ps$/i.test(rest)) {
    rate = true;
    capsPerSecond = rest.endsWith('PS');
    rest = rest.slice(0, -2);
  }
  const word = /^([a-z]*?)[\s-]?(bits?|bytes?)$/i.exec(rest);
  if (word) {
    const prefix = (word[1] ?? '').toLowerCase();
    const bits = word[2]!.toLowerCase().startsWith('bit');
    if (prefix === '') return { step: 0, binary: false, bits, rate };
    if (prefix in PREFIX_WORDS) return { step: PREFIX_WORDS[prefix]!, binary: false, bits, rate };
    if (prefix in IEC_WORDS) return { step: IEC_WORDS[prefix]!, binary: true, bits, rate };
    if (prefix.length === 1 && PREFIX_LETTERS.includes(prefix)) return { step: PREFIX_LETTERS.indexOf(prefix) + 1, binary: false, bits, rate };
    if (prefix.length === 2 && prefix[1] === 'i' && PREFIX_LETTERS.includes(prefix[0]!)) {
      return { step: PREFIX_LETTERS.indexOf(prefix[0]!) + 1, binary: true, bits, rate };
    }
    return undefined;
  }
  const symbol = /^([kmgtpezy])?(i)?([bB])$/i.exec(rest);
  if (!symbol) return undefined;
  const letter = symbol[1]?.toLowerCase();
  if (letter === undefined && symbol[2] !== undefined) return undefined; // "ib"
  return {
    step: letter === undefined ? 0 : PREFIX_LETTERS.indexOf(letter) + 1,
    binary: symbol[2] !== undefined,
    bits: symbol[3] === 'b' || capsPerSecond,
    rate,
  };
}

/**
 * The unit a bare number in a speed field is read in: Mb/s, what speed tests and broadband
 * plans show ("100" from a speed test means 100 Mb/s). A field may pass another (music bitrates
 * are quoted in kb/s); the field's hint and echo say which.
 */
export const BARE_RATE_UNIT: RateUnit = 'Mb/s';

/**
 * Smallest quantity parseQuantity accepts, counted in bits (per second, for rates): a thousandth
 * of a bit. Nothing anyone transfers is smaller; it keeps every quotient the widgets print finite
 * (the ceiling ÷ the floor is about 1e33, far inside a double), and the smallest quantity still
 * prints without a run of zeros ("0.001 b/s", "0.000125 B").
 */
export const MIN_BITS = 1e-3;

export interface ParseOptions {
  /** For a speed field: the unit of a bare number ("100"); default BARE_RATE_UNIT. */
  bareRateUnit?: RateUnit | undefined;
}

/**
 * Parses free text such as "1.02 Pb/s", "1,808 GB", "10 Gbps", "4 GiB". Throws InputError.
 * The number is checked before the unit, so "-5" says "negative" whatever follows it. With
 * `expect` 'rate', a number alone is a speed in `bareRateUnit` (and the result says `assumed`).
 */
export function parseQuantity(text: string, expect?: ParsedKind, options: ParseOptions = {}): ParsedQuantity {
  const trimmed = String(text ?? '')
    .normalize('NFKC') // full-width digits and letters typed on Japanese keyboards, NBSP
    .trim();
  if (trimmed === '') throw new InputError('empty', 'nothing typed');
  const number = NUMBER.exec(trimmed);
  if (!number) throw new InputError('not-a-number', `no number in "${trimmed}"`);
  const [whole, sign, digits = '', exponent = '0'] = number;
  const mantissa = digits.replaceAll(',', '');
  const power = Number(exponent.replace('\u2212', '-'));
  const value = Number(`${mantissa}e${power}`);
  const afterNumber = trimmed.slice(whole.length);
  // "1,5 TB" (a decimal comma) or "1.2.3": the number is malformed, not the unit.
  if (/^[.,]?\d/.test(afterNumber)) throw new InputError('not-a-number', `malformed number in "${trimmed}"`);
  if (Number.isNaN(value)) throw new InputError('not-a-number', `"${digits}" is not a number`);
  const nonZeroDigits = /[1-9]/.test(mantissa);
  if (nonZeroDigits && sign !== '' && sign !== '+') throw new InputError('negative', 'negative quantity');
  if (!nonZeroDigits) throw new InputError('zero', 'zero quantity');
  if (!Number.isFinite(value)) throw new InputError('too-large', `"${trimmed}" is too large`);
  if (value === 0) throw new InputError('too-small', `"${trimmed}" rounds to zero`);

  const assumed = afterNumber.trim() === '';
  if (assumed && expect !== 'rate') throw new InputError('no-unit', `no unit in "${trimmed}"`);
  const parts = assumed ? parseUnit(options.bareRateUnit ?? BARE_RATE_UNIT) : parseUnit(afterNumber);
  if (!parts) throw new InputError('unknown-unit', `unknown unit in "${trimmed}"`);
  const kind: ParsedKind = parts.rate ? 'rate' : 'size';
  if (expect !== undefined && expect !== kind) throw new InputError('wrong-kind', `expected a ${expect}`);

  const prefix = parts.binary ? IEC_PREFIXES[parts.step]! : SI_PREFIXES[parts.step]!;
  // Decimal prefixes shift the exponent of the typed digits, so "1.02 Pb/s" is exactly 1.02e15.
  const scaled = parts.binary ? value * POWERS_OF_1024[parts.step]! : Number(`${mantissa}e${power + 3 * parts.step}`);
  const base = kind === 'rate' ? scaled * (parts.bits ? 1 : BITS_PER_BYTE) : scaled / (parts.bits ? BITS_PER_BYTE : 1);
  if (!(base <= MAX_BASE_VALUE)) throw new InputError('too-large', `"${trimmed}" is too large`);
  const bitCount = kind === 'rate' ? base : base * BITS_PER_BYTE;
  // The tolerance lets "0.001 b" through: 0.001 ÷ 8 × 8 is not exactly 0.001 in binary.
  if (!(bitCount >= MIN_BITS * (1 - 1e-12))) throw new InputError('too-small', `"${trimmed}" is too small`);

  const bitSymbol = parts.binary ? 'bit' : 'b';
  const unit = `${prefix}${parts.bits ? bitSymbol : 'B'}${parts.rate ? '/s' : ''}`;
  return { kind, value, unit, base, binary: parts.binary, bits: parts.bits, prefix, assumed };
}

// ── Formatting ───────────────────────────────────────────────────────────────────────────────

export interface QuantityFormatOptions {
  /** Force a prefix ('T' shows 984 Tb as "984 Tb" even when another prefix would be chosen). */
  prefix?: SiPrefix | undefined;
  /**
   * Default 4: enough for every data value on the site (1.02, 127.5, 24.05, 1,808) to print
   * unrounded, while computed values lose float noise. Use 15 to show a value in full.
   */
  maximumSignificantDigits?: number | undefined;
}

function requireFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} needs a finite number`);
}

/** The prefix step that puts the rounded number in [1, 1000) (or the forced prefix's step). */
function prefixStep(value: number, digits: number, forced: SiPrefix | undefined): number {
  if (forced !== undefined) return SI_PREFIXES.indexOf(forced);
  // Round first, so 999.96 Gb/s becomes "1 Tb/s", not "1,000 Gb/s".
  const rounded = Number(Math.abs(value).toPrecision(digits));
  let step = 0;
  while (step < POWERS_OF_1000.length - 1 && rounded >= POWERS_OF_1000[step + 1]!) step += 1;
  return step;
}

function withPrefix(value: number, locale: string, symbol: string, options: QuantityFormatOptions = {}): string {
  requireFinite(value, 'formatting a quantity');
  const digits = options.maximumSignificantDigits ?? 4;
  const step = prefixStep(value, digits, options.prefix);
  const number = numberFormat(locale, { maximumSignificantDigits: digits }).format(value / POWERS_OF_1000[step]!);
  return `${number} ${SI_PREFIXES[step]}${symbol}`;
}

/** "1.02 Pb/s" from 1.02e15 bits per second. */
export function formatRate(bitsPerSecond: number, locale: string, options?: QuantityFormatOptions): string {
  return withPrefix(bitsPerSecond, locale, 'b/s', options);
}
/** "127.5 TB/s" from 1.275e14 bytes per second. */
export function formatByteRate(bytesPerSecond: number, locale: string, options?: QuantityFormatOptions): string {
  return withPrefix(bytesPerSecond, locale, 'B/s', options);
}
/** "123 TB" from 1.23e14 bytes. */
export function formatSize(bytes: number, locale: string, options?: QuantityFormatOptions): string {
  return withPrefix(bytes, locale, 'B', options);
}
/** "984 Tb" from 9.84e14 bits. */
export function formatBits(bits: number, locale: string, options?: QuantityFormatOptions): string {
  return withPrefix(bits, locale, 'b', options);
}

/** "1.844 Eb/s·km" from 1.84416e18 bit/s·km: capacity × distance, the figure of merit of long-haul records. */
export function formatCapacityDistance(bitsPerSecondKm: number, locale: string, options?: QuantityFormatOptions): string {
  return withPrefix(bitsPerSecondKm, locale, 'b/s·km', options);
}

/**
 * "3.73 GiB" from 4e9 bytes: binary prefixes, 3 significant digits. Only where the text explains
 * them. `symbol` is what follows the prefix ('B', 'bit', 'bit/s', 'B/s'); the value counts it.
 */
export function formatSizeBinary(bytes: number, locale: string, maximumSignificantDigits = 3, symbol = 'B'): string {
  requireFinite(bytes, 'formatSizeBinary');
  const rounded = Number(Math.abs(bytes).toPrecision(maximumSignificantDigits));
  let step = 0;
  while (step < POWERS_OF_1024.length - 1 && rounded >= POWERS_OF_1024[step + 1]!) step += 1;
  const number = numberFormat(locale, { maximumSignificantDigits }).format(bytes / POWERS_OF_1024[step]!);
  return `${number} ${IEC_PREFIXES[step]}${symbol}`;
}

export type LongQuantityKind = 'rate' | 'byte-rate' | 'size' | 'bits';

const LONG_UNIT_KEYS: Record<LongQuantityKind, { one: UiKey; other: UiKey }> = {
  rate: { one: 'engine.unit.bitRate.one', other: 'engine.unit.bitRate.other' },
  'byte-rate': { one: 'engine.unit.byteRate.one', other: 'engine.unit.byteRate.other' },
  size: { one: 'engine.unit.bytes.one', other: 'engine.unit.bytes.other' },
  bits: { one: 'engine.unit.bits.one', other: 'engine.unit.bits.other' },
};
const PREFIX_WORD_KEYS: Record<SiPrefix, UiKey | undefined> = {
  '': undefined,
  k: 'engine.prefix.k',
  M: 'engine.prefix.M',
  G: 'engine.prefix.G',
  T: 'engine.prefix.T',
  P: 'engine.prefix.P',
  E: 'engine.prefix.E',
  Z: 'engine.prefix.Z',
  Y: 'engine.prefix.Y',
};

/**
 * The same quantity with its unit in words, for prose and screen readers:
 * "1.02 petabits per second". `kind` says what `baseValue` is (bits/s, bytes/s, bytes, bits).
 */
export function formatQuantityLong(kind: LongQuantityKind, baseValue: number, locale: string, t: Translate, options: QuantityFormatOptions = {}): string {
  requireFinite(baseValue, 'formatQuantityLong');
  const digits = options.maximumSignificantDigits ?? 4;
  const step = prefixStep(baseValue, digits, options.prefix);
  const shown = baseValue / POWERS_OF_1000[step]!;
  const number = numberFormat(locale, { maximumSignificantDigits: digits }).format(shown);
  // Plural of the number as displayed: "1 petabit", but "1.02 petabits".
  const plural = plurals(locale).select(Number(shown.toPrecision(digits))) === 'one' ? 'one' : 'other';
  const prefixKey = PREFIX_WORD_KEYS[SI_PREFIXES[step]!];
  return t(LONG_UNIT_KEYS[kind][plural], { n: number, prefix: prefixKey === undefined ? '' : t(prefixKey) });
}

// ── Every prefix at once (the "units" widget) ────────────────────────────────────────────────

export interface PrefixRow {
  prefix: SiPrefix;
  /** The quantity counted in bits (per second, for rates) at this prefix. */
  bits: { value: number; unit: string };
  /** The quantity counted in bytes (per second, for rates) at this prefix. */
  bytes: { value: number; unit: string };
}

/**
 * The same quantity in every SI prefix from the base unit to exa, in bits and in bytes.
 * `baseValue` is bits per second for 'rate' and bytes for 'size' (as ParsedQuantity.base).
 */
export function allPrefixes(kind: ParsedKind, baseValue: number, lastPrefix: SiPrefix = 'E'): PrefixRow[] {
  requireFinite(baseValue, 'allPrefixes');
  const totalBits = kind === 'rate' ? baseValue : baseValue * BITS_PER_BYTE;
  const totalBytes = kind === 'rate' ? baseValue / BITS_PER_BYTE : baseValue;
  const perSecond = kind === 'rate' ? '/s' : '';
  return SI_PREFIXES.slice(0, SI_PREFIXES.indexOf(lastPrefix) + 1).map((prefix, step) => ({
    prefix,
    bits: { value: totalBits / POWERS_OF_1000[step]!, unit: `${prefix}b${perSecond}` },
    bytes: { value: totalBytes / POWERS_OF_1000[step]!, unit: `${prefix}B${perSecond}` },
  }));
}
