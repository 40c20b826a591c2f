/**
 * What can be wrong with a reader's input, as a typed error the UI turns into an inline message.
 * A base module: units parsing and the transfer maths both raise these, so it imports nothing
 * from the rest of src/lib.
 */
import type { UiKey } from '../i18n/en';

export type InputProblem = 'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-large' | 'unknown-unit' | 'wrong-kind';

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

/**
 * The dictionary key of the inline message for an input problem. `expected` says what the field
 * wanted, so "wrong-kind" can say "enter a speed" or "enter a size".
 */
export function inputErrorKey(problem: InputProblem, expected: 'rate' | 'size' = 'size'): UiKey {
  if (problem === 'wrong-kind') return expected === 'rate' ? 'engine.error.wrong-kind.rate' : 'engine.error.wrong-kind.size';
  return `engine.error.${problem}`;
}

/** Throws InputError unless `value` is a finite number above zero. */
export function requirePositive(value: number, what: string): number {
  // typeof guards callers that pass an unparsed string or undefined from a form field.
  if (typeof value !== 'number' || Number.isNaN(value)) throw new InputError('not-a-number', `${what} is not a number`);
  if (!Number.isFinite(value)) throw new InputError('too-large', `${what} is too large`);
  if (value < 0) throw new InputError('negative', `${what} is negative`);
  if (value === 0) throw new InputError('zero', `${what} is zero`);
  return value;
}
