import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import {
  audioYearsPerSecond,
  bytesMoved,
  capacityDistance,
  copiesPerSecond,
  dailyBytes,
  lightTravelSeconds,
  lightTravelSteps,
  simultaneousStreams,
  songsPerSecond,
  speedRatio,
  streamsSteps,
  transferSeconds,
  transferSteps,
} from '../../../src/lib/transfer';
import { LIGHT_KM_PER_SECOND, SECONDS_PER_DAY, SECONDS_PER_YEAR } from '../../../src/lib/constants';
import { INPUT_PROBLEMS, InputError, type InputProblem, inputErrorKey, requirePositive } from '../../../src/lib/input';

function problemOf(run: () => unknown): InputProblem | 'no error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof InputError) return error.problem;
    throw error;
  }
}

const size = fc.double({ min: 1, max: 1e24, noNaN: true });
const rate = fc.double({ min: 1, max: 1e21, noNaN: true });

describe('transferSeconds', () => {
  it('is bits over rate', () => {
    expect(transferSeconds(123e12, 1.02e15)).toBeCloseTo((123e12 * 8) / 1.02e15, 12);
    expect(transferSeconds(1, 8)).toBe(1);
  });
  it('never takes less time for a bigger payload, nor more for a faster link', () => {
    fc.assert(
      fc.property(size, size, rate, (a, b, r) => {
        const [small, big] = a <= b ? [a, b] : [b, a];
        expect(transferSeconds(big, r)).toBeGreaterThanOrEqual(transferSeconds(small, r));
      }),
    );
    fc.assert(
      fc.property(size, rate, rate, (s, a, b) => {
        const [slow, fast] = a <= b ? [a, b] : [b, a];
        expect(transferSeconds(s, fast)).toBeLessThanOrEqual(transferSeconds(s, slow));
      }),
    );
  });
  it('rejects bad inputs with a typed problem', () => {
    expect(problemOf(() => transferSeconds(0, 1))).toBe('zero');
    expect(problemOf(() => transferSeconds(-1, 1))).toBe('negative');
    expect(problemOf(() => transferSeconds(Number.NaN, 1))).toBe('not-a-number');
    expect(problemOf(() => transferSeconds(1, Number.POSITIVE_INFINITY))).toBe('too-large');
    expect(problemOf(() => transferSeconds(1e308, 1e-10))).toBe('too-large');
    expect(problemOf(() => transferSeconds('5' as unknown as number, 1))).toBe('not-a-number');
  });
});

describe('the other comparisons', () => {
  it('agree with direct arithmetic', () => {
    expect(copiesPerSecond(123e12, 1.02e15)).toBeCloseTo(1.02e15 / (123e12 * 8), 12);
    expect(simultaneousStreams(1.02e15, 15e6)).toBeCloseTo(1.02e15 / 15e6, 6);
    expect(speedRatio(1.02e15, 100e6)).toBeCloseTo(1.02e15 / 100e6, 6);
    expect(audioYearsPerSecond(1.02e15, 320e3)).toBeCloseTo(1.02e15 / 320e3 / (365.25 * 86_400), 9);
    expect(songsPerSecond(1.02e15, 320e3, 210)).toBeCloseTo(1.02e15 / 320e3 / 210, 6);
    expect(bytesMoved(1.02e15, 1)).toBe(1.02e15 / 8);
    expect(dailyBytes(1.02e15)).toBe((1.02e15 * 86_400) / 8);
    expect(lightTravelSeconds(1808, 1.468)).toBeCloseTo((1808 * 1.468) / 299_792.458, 15);
    expect(capacityDistance(1.02e15, 1808)).toBe(1.02e15 * 1808);
    expect(SECONDS_PER_YEAR).toBe(365.25 * SECONDS_PER_DAY);
  });
  it('never return an infinite count, even when the time underflows', () => {
    expect(problemOf(() => copiesPerSecond(1e-300, 1e30))).toBe('too-large');
  });
  it('check every argument', () => {
    expect(problemOf(() => songsPerSecond(1, 1, 0))).toBe('zero');
    expect(problemOf(() => bytesMoved(1, -1))).toBe('negative');
    expect(problemOf(() => lightTravelSeconds(1808, 0))).toBe('zero');
    expect(problemOf(() => capacityDistance(1e300, 1e300))).toBe('too-large');
    expect(requirePositive(5, 'x')).toBe(5);
  });
});

describe('arithmetic steps', () => {
  it('end in exactly the result the function returns', () => {
    fc.assert(
      fc.property(size, rate, (s, r) => {
        const steps = transferSteps(s, r);
        expect(steps.at(-1)!.result.value).toBe(transferSeconds(s, r));
        expect(steps[0]!.result.value).toBe(steps[1]!.inputs[0]!.value);
      }),
    );
    expect(streamsSteps(1.02e15, 15e6)[0]!.result.value).toBe(simultaneousStreams(1.02e15, 15e6));
    const light = lightTravelSteps(1808, 1.468);
    expect(light[1]!.result.value).toBe(lightTravelSeconds(1808, 1.468));
    expect(light[1]!.inputs[1]!.value).toBe(LIGHT_KM_PER_SECOND);
  });
  it('check their inputs like the functions do', () => {
    expect(problemOf(() => transferSteps(0, 1))).toBe('zero');
  });
});

describe('inputErrorKey', () => {
  it('has a message for every problem and every kind of field', () => {
    for (const problem of INPUT_PROBLEMS) for (const expected of ['rate', 'size', 'any'] as const) expect(en[inputErrorKey(problem, expected)]).toBeTruthy();
    expect(inputErrorKey('wrong-kind', 'rate')).not.toBe(inputErrorKey('wrong-kind', 'size'));
  });
});
