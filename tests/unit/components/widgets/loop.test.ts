import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import factsJson from '../../../../src/data/facts.json' with { type: 'json' };
import { lapProgress as lapProgressFor, pulseDegrees, slowdownFactor, stepLap as stepLapFor } from '../../../../src/components/widgets/loop/core';
import { LOOP_LAPS, LOOP_OPTIONS, SECONDS_PER_LAP, loopCodec } from '../../../../src/components/widgets/loop/options';
import { formatDistance, formatDuration } from '../../../../src/lib/format';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import { expectStateCodecSurvivesHostileQueries } from '../../hostile-queries';

const raw = (id: string) => {
  const value = factsJson.find((f) => f.id === id)?.value;
  if (typeof value !== 'number') throw new Error(`fact ${id} missing`);
  return value;
};
const C_KM_PER_S = 299_792.458; // speed of light in vacuum, exact by definition of the metre
const span = raw('record-loop-span');
const laps = raw('record-loop-laps');
const index = raw('fiber-group-index');
// The island's own options, as Island.astro passes them.
const lapProgress = (lap: number) => lapProgressFor(lap, LOOP_OPTIONS);
const stepLap = (lap: number, direction: 1 | -1) => stepLapFor(lap, direction, LOOP_OPTIONS.laps);

describe('loop arithmetic', () => {
  it('21 laps × 86.1 km = 1,808.1 km, which NICT rounds to 1,808 km', () => {
    const end = lapProgress(LOOP_LAPS);
    expect(LOOP_LAPS).toBe(laps);
    expect(LOOP_OPTIONS).toEqual({ spanKm: span, laps, groupIndex: index, pressDistanceKm: raw('record-distance') });
    expect(end.distanceKm).toBeCloseTo(span * laps, 9);
    expect(end.distanceKm).toBeCloseTo(1808.1, 9);
    expect(Math.round(end.distanceKm)).toBe(raw('record-distance'));
    expect(formatDistance(end.distanceKm, 'en')).toBe('1,808.1 km');
  });

  it('light needs ≈0.42 ms per lap and ≈8.85 ms for all laps, at the group index from the data', () => {
    const perLap = (span * index) / C_KM_PER_S;
    expect(SECONDS_PER_LAP).toBeCloseTo(perLap, 15);
    expect(perLap * 1000).toBeCloseTo(0.42, 2);
    const total = lapProgress(LOOP_LAPS);
    expect(total.seconds).toBeCloseTo((span * laps * index) / C_KM_PER_S, 15);
    expect(total.seconds).toBeCloseTo(perLap * laps, 15);
    expect(formatDuration(total.seconds, 'en')).toBe('8.85 ms');
    expect(total.steps.at(-1)?.result.value).toBe(total.seconds);
    expect(total.steps[0]?.result.value).toBe(total.distanceKm);
  });

  it('lap 0 is the start: nothing travelled yet', () => {
    expect(lapProgress(0)).toMatchObject({ distanceKm: 0, seconds: 0, steps: [] });
    expect(() => lapProgress(-1)).toThrow(RangeError);
    expect(() => lapProgress(1.5)).toThrow(RangeError);
  });

  it('distance and time grow by the same amount every lap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LOOP_LAPS - 1 }), (lap) => {
        const a = lapProgress(lap);
        const b = lapProgress(lap + 1);
        expect(b.distanceKm - a.distanceKm).toBeCloseTo(span, 9);
        expect(b.seconds - a.seconds).toBeCloseTo(SECONDS_PER_LAP, 15);
      }),
    );
  });

  it('steps stay within 0…21 laps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LOOP_LAPS }), fc.constantFrom(1 as const, -1 as const), (lap, direction) => {
        const next = stepLap(lap, direction);
        expect(next).toBeGreaterThanOrEqual(0);
        expect(next).toBeLessThanOrEqual(LOOP_LAPS);
        expect(Math.abs(next - lap)).toBeLessThanOrEqual(1);
      }),
    );
    expect(stepLap(LOOP_LAPS, 1)).toBe(LOOP_LAPS);
    expect(stepLap(0, -1)).toBe(0);
  });

  it('the pulse angle follows the fraction of the lap; the slow-down is animation time ÷ light time', () => {
    expect(pulseDegrees(3.25)).toBeCloseTo(90, 9);
    fc.assert(
      fc.property(fc.double({ min: 0, max: LOOP_LAPS, noNaN: true }), (p) => {
        const degrees = pulseDegrees(p);
        expect(degrees).toBeGreaterThanOrEqual(0);
        expect(degrees).toBeLessThan(360);
      }),
    );
    expect(slowdownFactor(1.2, SECONDS_PER_LAP)).toBeCloseTo(1.2 / ((span * index) / C_KM_PER_S), 6);
  });
});

describe('loop URL state', () => {
  it('round-trips the lap and rejects anything else', () => {
    expect(parseState(loopCodec, serializeState(loopCodec, { lap: 21 })).state).toEqual({ lap: 21 });
    for (const bad of ['22', '-1', '2.5', '1e1', 'all']) expect(parseState(loopCodec, `lap=${bad}`).state, bad).toEqual(loopCodec.defaults);
  });

  it('survives 10,000 hostile queries', () => {
    expectStateCodecSurvivesHostileQueries(loopCodec, '');
    expectStateCodecSurvivesHostileQueries(loopCodec, 'lp.');
  }, 60_000);
});
