import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkClaim, HOLDS_WITHIN, payloadBitsPerSecond, payloadBytes, timesApart, type ClaimData } from '../../../src/lib/claims';
import { claim, claims, datasets, payload } from '../../../src/data';
import type { Claim } from '../../../src/data/schema';

const data: ClaimData = datasets;
const check = (id: string) => checkClaim(claim(id), data);
/** A copy of the data a test may change. */
const copyOfData = (): ClaimData => structuredClone(datasets) as unknown as ClaimData;

// Expected values below are independent arithmetic on the inputs as facts.md states them
// (1.02 Pb/s = 1.02e15 bit/s and so on), not values read back from the engine.
describe('the nine headline claims', () => {
  it('a: Netflix (123 TB) in one second holds, with a caveat (unsourced size)', () => {
    const result = check('netflix-in-one-second');
    expect(result.computed).toEqual({ kind: 'duration', value: expect.closeTo((123e12 * 8) / 1.02e15, 9) });
    expect(result.factorOff).toBeCloseTo(1.02e15 / (123e12 * 8), 6);
    expect(result.verdict).toBe('holds-with-caveat');
  });
  it('b: "50 GB/s consumer connections" is a false premise, 16× the fastest plan (25 Gb/s)', () => {
    const result = check('consumer-50-gigabytes');
    expect(result.verdict).toBe('false-premise');
    expect(result.factorOff).toBeCloseTo((50e9 * 8) / 25e9, 9);
    // The stated percentage itself is right arithmetic on the wrong number: 0.039 %.
    const share = result.steps.find((s) => s.label === 'claim.step.shareOfLink');
    expect(share?.result.value).toBeCloseTo(((50e9 * 8) / 1.02e15) * 100, 9);
  });
  it('c: "your speed × 3.5 million" holds only for the US median (298.38 Mb/s)', () => {
    const result = check('us-speed-times-3-5-million');
    expect(result.computed.value).toBeCloseTo(1.02e15 / 298.38e6, 3);
    expect(result.factorOff).toBeCloseTo(3.5e6 / (1.02e15 / 298.38e6), 6);
    expect(result.verdict).toBe('holds-with-caveat');
  });
  it('d: Wikipedia (100 GB) 10,000 times a second is off by ≈7.8×', () => {
    const result = check('wikipedia-10000-times');
    expect(result.computed.value).toBeCloseTo(1.02e15 / (100e9 * 8), 6);
    expect(result.factorOff).toBeCloseTo(10_000 / 1275, 6);
    expect(result.verdict).toBe('off-by');
  });
  it('e: 10 million 8K streams holds (10.2 million at 100 Mb/s)', () => {
    const result = check('ten-million-8k-streams');
    expect(result.computed.value).toBeCloseTo(1.02e15 / 100e6, 3);
    expect(result.factorOff).toBeCloseTo(1.02, 9);
    expect(result.verdict).toBe('holds');
  });
  it('f: 127,500 years of songs is off by ≈526× (≈242 years at 1 MB a minute)', () => {
    const result = check('127500-years-of-music');
    const years = 1.02e15 / ((1e6 * 8) / 60) / (365.25 * 24 * 3600);
    expect(result.computed.value).toBeCloseTo(years, 6);
    expect(result.factorOff).toBeCloseTo(127_500 / years, 3);
    expect(Math.round(result.factorOff)).toBe(526);
    expect(result.verdict).toBe('off-by');
  });
  it('g: 400 TB a day is off by ≈10^6 (402.74 million TB)', () => {
    const result = check('400-terabytes-a-day');
    expect(result.factorOff).toBeCloseTo(402.74e18 / 400e12, 0);
    expect(Math.round(Math.log10(result.factorOff))).toBe(6);
    expect(result.verdict).toBe('off-by');
    const share = result.steps.find((s) => s.label === 'claim.step.linkShareOfDaily');
    expect(share?.result.value).toBeCloseTo(((1.02e15 / 8) * 86_400 * 100) / 402.74e18, 6);
  });
  it('h: "up to 1.7 Pb/s before" holds only for standard cladding (22.9 Pb/s in other fibers)', () => {
    const result = check('previous-best-1-7-petabits');
    expect(result.verdict).toBe('holds-with-caveat');
    expect(result.computed).toEqual({ kind: 'rate', value: 1.7e15 });
    expect(result.steps.find((s) => s.label === 'claim.step.previousBestAll')?.result.value).toBe(22.9e15);
    expect(result.steps.find((s) => s.label === 'claim.step.previousLongest')?.result.value).toBe(63.5);
  });
  it('i: "1,808 km every second" is meaningless; light needs ≈8.85 ms', () => {
    const result = check('1808-km-every-second');
    expect(result.verdict).toBe('meaningless');
    expect(result.computed.value).toBeCloseTo((1808 * 1.468) / 299_792.458, 9);
    expect(result.computed.value * 1000).toBeCloseTo(8.85, 2);
  });
  it('covers all nine claims and every step is finite', () => {
    expect(claims).toHaveLength(9);
    for (const c of claims) {
      const result = checkClaim(c, data);
      expect(result.factorOff, c.id).toBeGreaterThanOrEqual(1);
      for (const step of result.steps) for (const value of [...step.inputs, step.result].map((a) => a.value)) expect(Number.isFinite(value), c.id).toBe(true);
    }
  });
});

describe('verdicts follow the data', () => {
  it('a lower US median makes claim c off by more than the tolerance', () => {
    const altered = copyOfData();
    const us = altered.links.find((l) => l.id === 'us-fixed-median-2025-10');
    (us?.rate as { value: number }).value = 150;
    const result = checkClaim(claim('us-speed-times-3-5-million'), altered);
    expect(result.verdict).toBe('off-by');
    expect(result.factorOff).toBeCloseTo(1.02e15 / 150e6 / 3.5e6, 6);
  });
  it('a sourced Netflix size turns claim a into a plain "holds"', () => {
    const altered = copyOfData();
    const netflix = altered.payloads.find((p) => p.id === 'netflix-library-press') as { viral: boolean };
    netflix.viral = false;
    expect(checkClaim(claim('netflix-in-one-second'), altered).verdict).toBe('holds');
  });
  it('a realistic consumer speed in claim b is judged on its percentage instead', () => {
    const original = claim('consumer-50-gigabytes');
    if (original.check.kind !== 'link-share') throw new Error('unexpected kind');
    const honest: Claim = { ...original, check: { ...original.check, claimedRate: { value: 25, unit: 'Gb/s' }, claimedPercent: (25e9 / 1.02e15) * 100 } };
    expect(checkClaim(honest, data).verdict).toBe('holds');
  });
  it('a claim within 25 % holds and one beyond is off by (property)', () => {
    const base = claim('ten-million-8k-streams');
    if (base.check.kind !== 'simultaneous-streams') throw new Error('unexpected kind');
    const computed = 1.02e15 / 100e6;
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (claimedStreams) => {
        if (base.check.kind !== 'simultaneous-streams') return;
        const result = checkClaim({ ...base, check: { ...base.check, claimedStreams } }, data);
        expect(result.factorOff).toBeGreaterThanOrEqual(1);
        expect(Number.isFinite(result.factorOff)).toBe(true);
        const apart = timesApart(claimedStreams / computed);
        expect(result.verdict).toBe(apart <= HOLDS_WITHIN ? 'holds' : 'off-by');
      }),
    );
  });
});

describe('payload helpers', () => {
  it('a stream payload is rate × time; a stored size with play time gives its bitrate', () => {
    expect(payloadBytes(payload('film-8k-2h'))).toBeCloseTo((100e6 * 7200) / 8, 3);
    expect(payloadBitsPerSecond(payload('audio-minute-1mb'))).toBeCloseTo((1e6 * 8) / 60, 6);
    expect(payloadBitsPerSecond(payload('audio-cd-74min'))).toBeCloseTo(1_411_200, 3);
    expect(() => payloadBitsPerSecond(payload('fineweb'))).toThrow();
  });
});
