/**
 * "Show the arithmetic": the steps of a calculation as data. Engine functions return steps
 * with raw numbers and what kind of quantity each is; the UI formats them for the reader's
 * locale (see renderStep), so the steps and the result always use the same numbers.
 */
import type { UiKey } from '../i18n/en';

/** What a number measures, which decides how it is formatted. Base units only. */
export type QuantityKind =
  | 'rate' // bits per second
  | 'byte-rate' // bytes per second
  | 'size' // bytes
  | 'bits' // bits
  | 'duration' // seconds
  | 'years'
  | 'count'
  | 'ratio' // "N×"
  | 'percent' // 0.5 means 0.5 %
  | 'distance' // km
  | 'plain';

export interface Amount {
  kind: QuantityKind;
  value: number;
}

export interface ArithmeticStep {
  /** Dictionary key that says, in words, what this step does. */
  label: UiKey;
  /** Operands; a single input with no operator is a plain "given" step. */
  inputs: Amount[];
  operator?: '×' | '÷' | '+' | '−';
  result: Amount;
}
