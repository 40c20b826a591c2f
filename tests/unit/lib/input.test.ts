/**
 * The forgiving inputs (issue 16): what a speed field makes of what readers really type, and
 * that every mistake gets its own message, shared by every widget field.
 */
import { describe, expect, it } from 'vitest';
import { INPUT_PROBLEMS, InputError, inputErrorKey, type InputProblem } from '../../../src/lib/input';
import { MAX_BASE_VALUE, MIN_BITS, parseQuantity } from '../../../src/lib/units';
import { en } from '../../../src/i18n/en';

function problemOf(run: () => unknown): InputProblem | 'no error' | 'other error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    return error instanceof InputError ? error.problem : 'other error';
  }
}

describe('a speed field', () => {
  it('reads a bare number as Mb/s, what a speed test shows, and says it assumed the unit', () => {
    const parsed = parseQuantity('100', 'rate');
    expect(parsed.base).toBe(100 * 1_000_000);
    expect(parsed.unit).toBe('Mb/s');
    expect(parsed.assumed).toBe(true);
    expect(parseQuantity('100 Mb/s', 'rate').assumed).toBe(false);
    expect(parseQuantity('  1,000  ', 'rate').base).toBe(1e9);
  });

  it('reads a bare number in the unit the field asks for (music bitrates in kb/s)', () => {
    expect(parseQuantity('256', 'rate', { bareRateUnit: 'kb/s' }).base).toBe(256_000);
  });

  it('gives each mistake the issue lists its own problem', () => {
    const cases: [string, InputProblem][] = [
      ['-5', 'negative'],
      ['0', 'zero'],
      ['1e400', 'too-large'],
      ['abc', 'not-a-number'],
      ['5 GB', 'wrong-kind'],
      ['', 'empty'],
      ['5 furlongs', 'unknown-unit'],
      ['1e-20', 'too-small'],
    ];
    for (const [text, problem] of cases)
      expect(
        problemOf(() => parseQuantity(text, 'rate')),
        text,
      ).toBe(problem);
    const keys = cases.map(([, problem]) => inputErrorKey(problem, 'rate'));
    expect(new Set(keys).size).toBe(keys.length);
    const messages = keys.map((key) => en[key]);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('names the sign before the unit: "-5 GB" in a speed field is negative first', () => {
    expect(problemOf(() => parseQuantity('-5 GB', 'rate'))).toBe('negative');
  });
});

describe('a size field and the either-kind field', () => {
  it('asks for a unit instead of guessing one', () => {
    expect(problemOf(() => parseQuantity('500', 'size'))).toBe('no-unit');
    expect(problemOf(() => parseQuantity('500'))).toBe('no-unit');
    expect(inputErrorKey('no-unit', 'size')).not.toBe(inputErrorKey('no-unit', 'any'));
  });
  it('says a speed is the wrong kind', () => {
    expect(problemOf(() => parseQuantity('10 Gb/s', 'size'))).toBe('wrong-kind');
    expect(en[inputErrorKey('wrong-kind', 'size')]).toContain('{example}');
    expect(en[inputErrorKey('wrong-kind', 'rate')]).toContain('{example}');
  });
});

describe('limits', () => {
  it('accepts the floor and the ceiling, refuses beyond them', () => {
    expect(parseQuantity('0.001 b/s').base).toBe(MIN_BITS);
    expect(parseQuantity('0.001 b').base).toBeCloseTo(MIN_BITS / 8, 15);
    expect(problemOf(() => parseQuantity('0.0009 b/s'))).toBe('too-small');
    expect(problemOf(() => parseQuantity('0.0001 B'))).toBe('too-small'); // 0.0008 bits
    expect(parseQuantity('1e30 b/s').base).toBe(MAX_BASE_VALUE);
    expect(problemOf(() => parseQuantity('1.1e30 b/s'))).toBe('too-large');
  });
  it('every message offers the field’s example', () => {
    for (const problem of INPUT_PROBLEMS) {
      for (const expected of ['rate', 'size', 'any'] as const) {
        const message = en[inputErrorKey(problem, expected)];
        if (problem !== 'unknown-unit') expect(message, `${problem}/${expected}`).toContain('{example}');
      }
    }
  });
});
