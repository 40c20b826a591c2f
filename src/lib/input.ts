/**
 * What can be wrong with a reader's input, as a typed error the UI turns into an inline message.
 * A base module: units parsing and the transfer maths both raise these, so it imports nothing
 * from the rest of src/lib. Every widget field shows its message through inputErrorKey, so a
 * "-5" reads the same in the streams, download-time and your-connection widgets.
 */
import type { UiKey } from '../i18n/en';

export type InputProblem = 'empty' | 'not-a-number' | 'negative' | 'zero' | 'too-small' | 'too-large' | 'no-unit' | 'unknown-unit' | 'wrong-kind';

/** Every problem, for tests and for checking that each has its message. */
export const INPUT_PROBLEMS: readonly InputProblem[] = ['empty', 'not-a-number', 'negative', 'zero', 'too-small', 'too-large', 'no-unit', 'unknown-unit', 'wrong-kind'];

/** What a field asks for: a speed, a size, or either (the units widget). */
export type ExpectedQuantity = 'rate' | 'size' | 'any';

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
 * wanted: "wrong-kind", "no-unit" and "unknown-unit" name the units that field takes. Every
 * message has an {example} slot the field fills with its own example ("300 Mb/s").
 */
export function inputErrorKey(problem: InputProblem, expected: ExpectedQuantity = 'any'): UiKey {
  switch (problem) {
    case 'wrong-kind':
      return expected === 'size' ? 'engine.error.wrong-kind.size' : 'engine.error.wrong-kind.rate';
    case 'no-unit':
      // A speed field reads a bare number in its default unit, so only sizes and "either" get here.
      return expected === 'size' ? 'engine.error.no-unit.size' : 'engine.error.no-unit';
    case 'unknown-unit':
      return expected === 'any' ? 'engine.error.unknown-unit' : `engine.error.unknown-unit.${expected}`;
    default:
      return `engine.error.${problem}`;
  }
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

/** A quick-pick chip beside a quantity field: `text` is what a tap puts in the field ("10 Gb/s"). */
export interface QuickPick {
  text: string;
  /** What the value is ("Global median fixed broadband"), read after the value by screen readers. */
  label: string;
}
