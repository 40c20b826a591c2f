import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { durationAxis, fittingTicks, humanDurationsS } from '../../../src/lib/log-ticks';

// Worked out by hand, not with the module's constants.
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365.25 * DAY;

describe('humanDurationsS', () => {
  it('steps through 1 μs, 1 ms, 1 s, 1 minute, 1 hour, 1 day, 1 year, 100 years', () => {
    expect(humanDurationsS(2e-6, 50 * YEAR)).toEqual([1e-6, 1e-3, 1, MINUTE, HOUR, DAY, YEAR, 100 * YEAR]);
  });
  it('keeps exactly one step at or below the shortest and one at or above the longest', () => {
    expect(humanDurationsS(90, 2 * HOUR)).toEqual([MINUTE, HOUR, DAY]);
    expect(humanDurationsS(MINUTE, HOUR)).toEqual([MINUTE, HOUR]);
    expect(humanDurationsS(3e-10, 5e-8)).toEqual([1e-12, 1e-9, 1e-6]);
    expect(humanDurationsS(2 * YEAR, 3e6 * YEAR)).toEqual([YEAR, 100 * YEAR, 1e4 * YEAR, 1e6 * YEAR, 1e8 * YEAR]);
  });
  it('rejects ranges it cannot step through', () => {
    expect(() => humanDurationsS(0, 1)).toThrow(RangeError);
    expect(() => humanDurationsS(2, 1)).toThrow(RangeError);
    expect(() => humanDurationsS(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('durationAxis', () => {
  it('labels the ticks with the duration formatter, in words a reader knows', () => {
    const axis = durationAxis([1.9e-4, 0.965, 38 * DAY], 'en');
    expect(axis.ticks.map((t) => t.label)).toEqual(['1 μs', '1 ms', '1 s', '1 minute', '1 hour', '1 day', '1 year']);
    expect(axis.min).toBe(1e-6);
    expect(axis.max).toBe(YEAR);
  });
  it('puts a 2.67-year bar inside the axis: it ends at 100 years, not at one year', () => {
    const axis = durationAxis([1, 2.67 * YEAR], 'en');
    expect(axis.max).toBe(100 * YEAR);
    expect(axis.ticks.at(-1)!.label).toBe('100 years');
  });
  it('gives a single value on a step an axis with a length', () => {
    const axis = durationAxis([HOUR], 'en');
    expect(axis.min).toBe(HOUR);
    expect(axis.max).toBe(DAY);
  });

  const durations = fc.array(fc.double({ min: 1e-13, max: 1e17, noNaN: true }), { minLength: 1, maxLength: 36 });
  it('covers every value, ticks only at human values, ascending, min and max among them', () => {
    fc.assert(
      fc.property(durations, (values) => {
        const axis = durationAxis(values, 'en');
        for (const v of values) {
          expect(v).toBeGreaterThanOrEqual(axis.min);
          expect(v).toBeLessThanOrEqual(axis.max);
        }
        const ladder = humanDurationsS(axis.min, axis.max);
        expect(axis.ticks.map((t) => t.value)).toEqual(ladder);
        expect(axis.ticks[0]!.value).toBe(axis.min);
        expect(axis.ticks.at(-1)!.value).toBe(axis.max);
        // Tight: no human value lies between the axis end and the data on either side.
        const low = Math.min(...values);
        const high = Math.max(...values);
        expect(axis.ticks.filter((t) => t.value <= low).length).toBe(1);
        expect(axis.ticks.filter((t) => t.value >= high).length).toBeLessThanOrEqual(1 + (low === high ? 1 : 0));
        // Each label is a number and a unit, never a NaN, an exponent or an ellipsis.
        for (const { label } of axis.ticks) expect(label).toMatch(/^[\d.,]+( \w+)? ?[a-zμ]+$/);
      }),
    );
  });
});

describe('fittingTicks', () => {
  const axis = durationAxis([2e-6, 50 * YEAR], 'en'); // 1 μs … 100 years: eight ticks
  const widthOf = (label: string) => label.length * 7;

  it('keeps every tick on a wide axis', () => {
    expect(fittingTicks(axis, 2000, widthOf)).toEqual(axis.ticks);
  });
  it('keeps both ends and drops ticks whose labels would touch, on any length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 2000 }), fc.integer({ min: 0, max: 20 }), (length, gap) => {
        const kept = fittingTicks(axis, length, widthOf, gap);
        expect(kept[0]).toEqual(axis.ticks[0]);
        expect(kept.at(-1)).toEqual(axis.ticks.at(-1));
        expect(kept.every((t) => axis.ticks.includes(t))).toBe(true);
        const px = (v: number) => (Math.log(v / axis.min) / Math.log(axis.max / axis.min)) * length;
        // Between kept neighbours (the two ends may be too close for anything at all).
        for (let i = 1; i < kept.length - 1; i += 1) {
          const [a, b, c] = [kept[i - 1]!, kept[i]!, kept[i + 1]!];
          expect(px(b.value) - widthOf(b.label) / 2).toBeGreaterThanOrEqual(px(a.value) + widthOf(a.label) / 2 + gap - 1e-9);
          expect(px(b.value) + widthOf(b.label) / 2 + gap).toBeLessThanOrEqual(px(c.value) - widthOf(c.label) / 2 + 1e-9);
        }
      }),
    );
  });
  it('keeps fewer ticks on a shorter axis', () => {
    expect(fittingTicks(axis, 250, widthOf).length).toBeLessThan(axis.ticks.length);
    expect(fittingTicks(axis, 250, widthOf).length).toBeGreaterThanOrEqual(3);
  });
});
