/**
 * "Show the arithmetic": the steps of a calculation as data, built from dimensioned quantities.
 * Every step on the site (claims, worksheets, widgets) comes from the builders below: they
 * compute the result's value, and the caller names which kind of quantity the result is. A
 * kind whose dimension is not the operation's is a type error (`KindsOf<Product<…>>`), and
 * `stepProblems` (step-check.ts) checks dimension and value at run time: the property test runs it over every
 * step the site builds. The builders themselves carry no dimension tables, so islands stay
 * small. The UI formats each amount by its kind (render-steps.ts), so the printed unit always
 * follows the dimension.
 */
import type { UiKey } from '../i18n/en';
import type { DimensionOf, KindsOf, Product, QuantityKind, Quotient } from './dimension';
import type { SiPrefix } from './units';

export type { QuantityKind } from './dimension';

/** How an amount is written, beyond its kind. Every field is optional: the kind's formatter chooses. */
export interface AmountFormat {
  /** Pin the SI prefix of a bit count, size, rate or capacity × distance ('T': "1,020 Tb/s"). */
  prefix?: SiPrefix | undefined;
  /** Significant digits (each kind has its own default). */
  digits?: number | undefined;
  /** 'full' writes every digit (1,020,000,…); 'scientific' writes m × 10ⁿ. */
  notation?: 'full' | 'scientific' | undefined;
  /** Pin a duration's unit ("0.4216 ms" rather than "421.6 μs"). */
  durationUnit?: 'millisecond' | 'second' | undefined;
  /** Write a distance in millimetres or micrometres (the value stays in km). */
  lengthUnit?: 'mm' | 'µm' | undefined;
  /** Binary (IEC) prefixes for a size ("4 GiB"). */
  binary?: boolean | undefined;
}

/** A number with what it measures. `value` is in the kind's base unit (bits, bytes, s, km…). */
export interface Amount<K extends QuantityKind = QuantityKind> {
  kind: K;
  value: number;
  format?: AmountFormat | undefined;
}

/** '=' is a change of unit or notation: the same quantity written another way. */
export type Operator = '×' | '÷' | '+' | '−' | '=';

export interface ArithmeticStep<K extends QuantityKind = QuantityKind> {
  /** Dictionary key that says, in words, what this step does. */
  label: UiKey;
  /** Operands; a single input with no operator is a plain "given" step. */
  inputs: Amount[];
  operator?: Operator | undefined;
  result: Amount<K>;
}

export function amount<K extends QuantityKind>(kind: K, value: number, format?: AmountFormat): Amount<K> {
  return format === undefined ? { kind, value } : { kind, value, format };
}

/** A value the working starts from, shown on its own. */
export function given<K extends QuantityKind>(label: UiKey, value: Amount<K>): ArithmeticStep<K> {
  return { label, inputs: [value], result: value };
}

/** What one unit of a kind is worth in base units: only a percent differs (0.5 means 0.005). */
export const scale = (kind: QuantityKind): number => (kind === 'percent' ? 0.01 : 1);
export const base = (a: Amount): number => a.value * scale(a.kind);

/** The kinds a product or a quotient of kinds A and B may be named as (the type-level dimension check). */
type Kind = QuantityKind;
type ProductKind<A extends Kind, B extends Kind> = KindsOf<Product<DimensionOf<A>, DimensionOf<B>>>;
type QuotientKind<A extends Kind, B extends Kind> = KindsOf<Quotient<DimensionOf<A>, DimensionOf<B>>>;

/** a × b, as the kind R whose dimension is dim(a) · dim(b). */
export function multiply<A extends Kind, B extends Kind, R extends ProductKind<A, B>>(label: UiKey, a: Amount<A>, b: Amount<B>, kind: R, format?: AmountFormat): ArithmeticStep<R> {
  return { label, inputs: [a, b], operator: '×', result: amount(kind, (base(a) * base(b)) / scale(kind), format) };
}

/** a ÷ b, as the kind R whose dimension is dim(a) / dim(b). */
export function divide<A extends Kind, B extends Kind, R extends QuotientKind<A, B>>(label: UiKey, a: Amount<A>, b: Amount<B>, kind: R, format?: AmountFormat): ArithmeticStep<R> {
  return { label, inputs: [a, b], operator: '÷', result: amount(kind, base(a) / base(b) / scale(kind), format) };
}

/** a − b: both operands and the result share one dimension. */
export function subtract<A extends QuantityKind, R extends KindsOf<DimensionOf<A>>>(
  label: UiKey,
  a: Amount<A>,
  b: Amount<KindsOf<DimensionOf<A>>>,
  kind: R,
  format?: AmountFormat,
): ArithmeticStep<R> {
  return { label, inputs: [a, b], operator: '−', result: amount(kind, (base(a) - base(b)) / scale(kind), format) };
}

/** a ÷ b of one dimension, as a ratio ("how many times"): for amounts whose kind is only known at run time. */
export function compare(label: UiKey, a: Amount, b: Amount): ArithmeticStep<'ratio'> {
  return { label, inputs: [a, b], operator: '÷', result: amount('ratio', base(a) / base(b)) };
}

/** The same quantity written another way: "1.02 Pb/s = 1,020 Tb/s", "0.125 mm = 125 µm". */
export function convert<A extends QuantityKind, R extends KindsOf<DimensionOf<A>>>(label: UiKey, a: Amount<A>, kind: R, format?: AmountFormat): ArithmeticStep<R> {
  return { label, inputs: [a], operator: '=', result: amount(kind, base(a) / scale(kind), format) };
}

/** The same step under another description (a shared builder's step, worded for one widget). */
export function relabel<K extends QuantityKind>(step: ArithmeticStep<K>, label: UiKey): ArithmeticStep<K> {
  return { ...step, label };
}
