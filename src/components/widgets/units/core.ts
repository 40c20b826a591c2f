/**
 * "Units": one typed quantity ("1.02 Pb/s", "100 GB", "4 GiB") shown in bits and in bytes with
 * every decimal prefix, the conversion steps, and the bits-versus-bytes ×8 trap in the reader's
 * own numbers. Pure: state codec, the table rows, the readable cell format, the trap amounts.
 * No data imports: the quantity it opens with (the record's rate) comes from the server
 * (options.ts) as a prop, so no dataset ships to the browser for it.
 */
import { formatNumber } from '../../../lib/format';
import { numberFormat } from '../../../lib/intl';
import { amount, divide, multiply, type Amount, type ArithmeticStep } from '../../../lib/steps';
import { BITS_PER_BYTE_AMOUNT } from '../../../lib/transfer';
import { BITS_PER_BYTE } from '../../../lib/constants';
import { IEC_PREFIXES, SI_PREFIXES, allPrefixes, parseQuantity, type IecPrefix, type ParsedQuantity, type PrefixRow, type SiPrefix } from '../../../lib/units';
import { safeText, type ParamSpec, type StateCodec } from '../../../lib/url-state';

export interface UnitsState {
  /** The quantity as the reader typed it, unit included. */
  value: string;
}

const text = safeText(40);
/** Typed text that the engine can read; anything else in a URL is dropped with a notice. */
const quantityText: ParamSpec<string> = {
  parse: (raw) => {
    const safe = text.parse(raw);
    if (safe === undefined) return undefined;
    try {
      parseQuantity(safe);
      return safe;
    } catch {
      return undefined;
    }
  },
  serialize: (value) => value,
};

/** The island's options: the quantity the widget opens with (the record's rate as the data write it). */
export interface UnitsOptions {
  defaultQuantity: string;
}

/** The codec opening on `defaultQuantity` (the same text gives the same codec on the server and in the browser). */
export function unitsCodecFor({ defaultQuantity }: UnitsOptions): StateCodec<UnitsState> {
  if (quantityText.parse(defaultQuantity) === undefined) throw new Error(`Units: default "${defaultQuantity}" does not parse`);
  return { defaults: { value: defaultQuantity }, params: { value: quantityText } };
}

// ── Readable cells ───────────────────────────────────────────────────────────────────────────

/**
 * Cells print every digit (up to 15 significant) while the number stays between one millionth
 * and a billion billion (1e18: "1,020,000,000,000,000 b/s" still reads as a count of zeros).
 * Outside that range a row of zeros stops informing, so the cell switches to a power of ten
 * written with superscripts ("8 × 10³⁰ B"): never "e+", never a 40-character number.
 */
export const PLAIN_MIN = 1e-6;
export const PLAIN_MAX = 1e18;
const DIGITS = 15;

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** "10¹⁵", "1,024³": a base with its exponent in superscript digits. */
export function power(base: number, exponent: number, locale: string): string {
  const digits = [...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('');
  return `${formatNumber(base, locale)}${digits}`;
}

/** True when `value` prints in full digits (see PLAIN_MIN / PLAIN_MAX). */
export function printsPlain(value: number): boolean {
  const rounded = Math.abs(Number(value.toPrecision(DIGITS)));
  return rounded === 0 || (rounded >= PLAIN_MIN && rounded < PLAIN_MAX);
}

/** A number in full digits, or as "m × 10ⁿ" outside the plain range. Throws on NaN/Infinity. */
export function formatReadable(value: number, locale: string): string {
  if (!Number.isFinite(value)) throw new RangeError('formatReadable needs a finite number');
  if (printsPlain(value)) return numberFormat(locale, { maximumSignificantDigits: DIGITS }).format(value);
  // toExponential only splits the number here; its "e+" never reaches the page.
  const [mantissa = '0', exponent = '0'] = value.toExponential(DIGITS - 1).split('e');
  return `${formatNumber(Number(mantissa), locale, { maximumSignificantDigits: DIGITS })} × ${power(10, Number(exponent), locale)}`;
}

// ── The table ────────────────────────────────────────────────────────────────────────────────

export interface UnitsTable {
  quantity: ParsedQuantity;
  /** Base unit to exa, or further (zetta, yotta) when the quantity reaches them. */
  rows: PrefixRow[];
  /** The row whose prefix the reader typed (for binary input: the decimal prefix of the same step). */
  typedPrefix: SiPrefix;
  /** Whether the reader counted bits (the highlighted cell is in the bits column). */
  typedBits: boolean;
  /** True when any cell is written as a power of ten. */
  hasPowers: boolean;
  steps: ArithmeticStep[];
}

/** The SI prefix at the same step as the typed one ("Gi" → "G"). */
function decimalTwin(prefix: SiPrefix | IecPrefix, binary: boolean): SiPrefix {
  const step = binary ? IEC_PREFIXES.indexOf(prefix as IecPrefix) : SI_PREFIXES.indexOf(prefix as SiPrefix);
  return SI_PREFIXES[step]!;
}

/** Reads the typed text (throws InputError) and lays it out in every prefix. */
export function unitsTable(typed: string): UnitsTable {
  const quantity = parseQuantity(typed);
  const bits = quantity.kind === 'rate' ? quantity.base : quantity.base * BITS_PER_BYTE;
  const typedPrefix = decimalTwin(quantity.prefix, quantity.binary);
  // Exa is the usual top; go on to zetta or yotta only for quantities that reach them.
  const reached = SI_PREFIXES.findLastIndex((_, step) => bits >= Number(`1e${3 * step}`));
  const lastStep = Math.max(SI_PREFIXES.indexOf('E'), reached, SI_PREFIXES.indexOf(typedPrefix));
  const rows = allPrefixes(quantity.kind, quantity.base, SI_PREFIXES[lastStep]!);
  return {
    quantity,
    rows,
    typedPrefix,
    typedBits: quantity.bits,
    hasPowers: rows.some((row) => !printsPlain(row.bits.value) || !printsPlain(row.bytes.value)),
    steps: conversionSteps(quantity),
  };
}

// ── The ×8 trap ──────────────────────────────────────────────────────────────────────────────

export interface BitsBytesTrap {
  /** The quantity counted in bits (bits per second for rates). */
  bits: Amount;
  /** The same quantity counted in bytes. */
  bytes: Amount;
  /** The bit count misread as bytes: 8 times the real quantity. */
  bitsReadAsBytes: Amount;
  /** The byte count misread as bits: an eighth of the real quantity. */
  bytesReadAsBits: Amount;
}

export function bitsBytesTrap(quantity: ParsedQuantity): BitsBytesTrap {
  const rate = quantity.kind === 'rate';
  const bitCount = rate ? quantity.base : quantity.base * BITS_PER_BYTE;
  const byteCount = bitCount / BITS_PER_BYTE;
  const bitKind = rate ? 'rate' : 'bits';
  const byteKind = rate ? 'byte-rate' : 'size';
  return {
    bits: { kind: bitKind, value: bitCount },
    bytes: { kind: byteKind, value: byteCount },
    bitsReadAsBytes: { kind: byteKind, value: bitCount },
    bytesReadAsBits: { kind: bitKind, value: byteCount },
  };
}

/** What a binary (IEC) prefix stands for, beside the decimal one it resembles. */
export interface BinaryPrefixNote {
  prefix: IecPrefix;
  step: number;
  /** 1024 ** step. */
  factor: number;
  /** The quantity at the decimal prefix of the same step, counted as typed: 4 GiB → 4.294967296 GB. */
  decimal: { value: number; unit: string };
}

export function binaryPrefixNote(quantity: ParsedQuantity): BinaryPrefixNote | undefined {
  if (!quantity.binary) return undefined;
  const prefix = quantity.prefix as IecPrefix;
  const step = IEC_PREFIXES.indexOf(prefix);
  const rate = quantity.kind === 'rate';
  // base is bits per second for rates and bytes for sizes; count it the way the reader did.
  const counted = quantity.bits ? (rate ? quantity.base : quantity.base * BITS_PER_BYTE) : rate ? quantity.base / BITS_PER_BYTE : quantity.base;
  const unit = `${SI_PREFIXES[step]}${quantity.bits ? 'b' : 'B'}${rate ? '/s' : ''}`;
  return { prefix, step, factor: 1024 ** step, decimal: { value: counted / Number(`1e${3 * step}`), unit } };
}

// ── Show the arithmetic ──────────────────────────────────────────────────────────────────────

/**
 * How a parsed quantity reaches its base unit and its bit/byte twin, as steps to show:
 * "100 GB = 100,000,000,000 B" (what the prefix stands for), then "100 GB × 8 bits per byte = 800 Gb".
 */
export function conversionSteps(quantity: ParsedQuantity): ArithmeticStep[] {
  const rate = quantity.kind === 'rate';
  // Counted the way the reader typed it: bits (per second) or bytes (per second).
  const bitCount = rate ? quantity.base : quantity.base * BITS_PER_BYTE;
  const counted = quantity.bits ? bitCount : bitCount / BITS_PER_BYTE;
  // Every typed digit (15), at the typed prefix; binary prefixes keep their own.
  const asTyped = { prefix: quantity.binary ? undefined : (quantity.prefix as SiPrefix), binary: quantity.binary, digits: 15 };
  const label = quantity.binary ? 'engine.step.binaryPrefixToBase' : 'engine.step.prefixToBase';
  const toBase = (typed: Amount<'rate' | 'byte-rate' | 'bits' | 'size'>): ArithmeticStep[] =>
    quantity.prefix === '' ? [] : [{ label, inputs: [typed], operator: '=', result: { kind: typed.kind, value: typed.value, format: { notation: 'full' } } }];
  if (rate && quantity.bits) {
    const typed = amount('rate', counted, asTyped);
    return [...toBase(typed), divide('engine.step.bitsToBytes', typed, BITS_PER_BYTE_AMOUNT, 'byte-rate')];
  }
  if (rate) {
    const typed = amount('byte-rate', counted, asTyped);
    return [...toBase(typed), multiply('engine.step.bytesToBits', typed, BITS_PER_BYTE_AMOUNT, 'rate')];
  }
  if (quantity.bits) {
    const typed = amount('bits', counted, asTyped);
    return [...toBase(typed), divide('engine.step.bitsToBytes', typed, BITS_PER_BYTE_AMOUNT, 'size')];
  }
  const typed = amount('size', counted, asTyped);
  return [...toBase(typed), multiply('engine.step.bytesToBits', typed, BITS_PER_BYTE_AMOUNT, 'bits')];
}
