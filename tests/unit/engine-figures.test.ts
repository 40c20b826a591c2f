/**
 * The site's headline figures, computed the way pages compute them (data + src/lib) and
 * checked against independent arithmetic on the inputs as facts.md states them.
 */
import { describe, expect, it } from 'vitest';
import { fact, factNumber, link, payload, stream } from '../../src/data';
import { rateToBitsPerSecond, type Rate } from '../../src/lib/units';
import { audioYearsPerSecond, bytesMoved, capacityDistance, copiesPerSecond, lightTravelSeconds, simultaneousStreams, speedRatio, transferSeconds } from '../../src/lib/transfer';
import { payloadBitsPerSecond, payloadBytes } from '../../src/lib/claims';

const recordFact = fact('record-rate');
const recordBitsPerSecond = rateToBitsPerSecond({ value: factNumber('record-rate'), unit: recordFact.unit as Rate['unit'] });
const rateOf = (id: string) => rateToBitsPerSecond(link(id).rate);

describe('headline figures', () => {
  it('the record is 1.02e15 bit/s = 127.5 TB/s', () => {
    expect(recordBitsPerSecond).toBe(1.02e15);
    expect(recordBitsPerSecond / 8 / 1e12).toBeCloseTo(127.5, 9);
  });
  it('123 TB over 1.02 Pb/s takes ≈0.965 s', () => {
    const seconds = transferSeconds(payloadBytes(payload('netflix-library-press')), recordBitsPerSecond);
    expect(seconds).toBeCloseTo(123 / 127.5, 9);
    expect(seconds).toBeCloseTo(0.965, 3);
  });
  it('100 GB → ≈1,275 copies per second; 24.05 GB → ≈5,300', () => {
    expect(copiesPerSecond(payloadBytes(payload('wikipedia-en-viral')), recordBitsPerSecond)).toBeCloseTo(127_500 / 100, 6);
    expect(Math.round(copiesPerSecond(payloadBytes(payload('wikipedia-en-compressed')), recordBitsPerSecond) / 100) * 100).toBe(5300);
  });
  it('1.02 Pb/s ÷ 298.38 Mb/s ≈ 3.42 million', () => {
    const times = speedRatio(recordBitsPerSecond, rateOf('us-fixed-median-2025-10'));
    expect(times / 1e6).toBeCloseTo(1020 / 298.38, 6);
    expect(Math.round(times / 1e4) / 100).toBe(3.42);
  });
  it('India (63.55 Mb/s) → ≈16.05 million; global median (118.59) → ≈8.6 million', () => {
    expect(speedRatio(recordBitsPerSecond, rateOf('india-average-coverage')) / 1e6).toBeCloseTo(1020 / 63.55, 6);
    expect(Math.round(speedRatio(recordBitsPerSecond, rateOf('global-fixed-median-2025-12')) / 1e5) / 10).toBe(8.6);
  });
  it('1.02 Pb/s ÷ 100 Mb/s = 10.2 million 8K streams; 4K ≈ 68 million; HD = 204 million', () => {
    expect(simultaneousStreams(recordBitsPerSecond, rateToBitsPerSecond(stream('8k').rate))).toBeCloseTo(10.2e6, 3);
    expect(simultaneousStreams(recordBitsPerSecond, rateToBitsPerSecond(stream('4k').rate))).toBeCloseTo(1.02e15 / 15e6, 3);
    expect(simultaneousStreams(recordBitsPerSecond, rateToBitsPerSecond(stream('hd').rate))).toBeCloseTo(204e6, 3);
  });
  it('at 1 MB per minute of audio the link moves ≈242 years of music per second', () => {
    const years = audioYearsPerSecond(recordBitsPerSecond, payloadBitsPerSecond(payload('audio-minute-1mb')));
    // 127.5e12 B/s ÷ 1e6 B/min = 127.5 million minutes of audio each second.
    expect(years).toBeCloseTo(127.5e6 / (365.25 * 24 * 60), 6);
    expect(Math.round(years)).toBe(242);
  });
  it('light crosses 1,808 km of fiber in ≈8.85 ms (group index from the facts)', () => {
    const seconds = lightTravelSeconds(factNumber('record-distance'), factNumber('fiber-group-index'));
    expect(seconds).toBeCloseTo((1808 * 1.468) / 299_792.458, 12);
    expect(Math.round(seconds * 1e5) / 100).toBe(8.85);
    // Agrees with the per-km delay fact (4.897 µs/km) to within 0.1 %.
    expect(seconds / (1808 * factNumber('fiber-delay-per-km') * 1e-6)).toBeCloseTo(1, 3);
  });
  it('1.02 Pb/s × 1,808 km = 1.844 Eb/s·km, not the 1.86 NICT states', () => {
    const product = capacityDistance(recordBitsPerSecond, factNumber('record-distance')) / 1e18;
    expect(product).toBeCloseTo((1.02 * 1808) / 1000, 9);
    expect(Math.round(product * 1000) / 1000).toBe(1.844);
    expect(Math.abs(product - factNumber('record-capacity-distance-stated'))).toBeGreaterThan(0.01);
  });
  it('86.1 km × 21 laps = 1,808.1 km, which rounds to the stated 1,808 km', () => {
    const looped = factNumber('record-loop-span') * factNumber('record-loop-laps');
    expect(looped).toBeCloseTo(1808.1, 9);
    expect(Math.round(looped)).toBe(factNumber('record-distance'));
  });
});

describe('derived comparisons from facts.md §5', () => {
  it('≈56 % of total international bandwidth; ≈6.4 MAREAs; ≈10× the best commercial fiber', () => {
    expect(Math.round((recordBitsPerSecond / rateOf('international-bandwidth-2025')) * 100)).toBe(56);
    expect(recordBitsPerSecond / rateOf('marea')).toBeCloseTo(1020 / 160, 9);
    expect(recordBitsPerSecond / rateOf('best-commercial-fiber')).toBeCloseTo(10.2, 9);
  });
  it('FineWeb (44 TB) in ≈0.35 s; a Common Crawl archive (75 TB) in ≈0.59 s', () => {
    expect(transferSeconds(payloadBytes(payload('fineweb')), recordBitsPerSecond)).toBeCloseTo(44 / 127.5, 9);
    expect(Math.round(transferSeconds(payloadBytes(payload('common-crawl-monthly')), recordBitsPerSecond) * 100) / 100).toBe(0.59);
  });
  it('in a day the link moves ≈11.0 EB, ≈2.7 % of the world\u2019s daily data', () => {
    const dayBytes = bytesMoved(recordBitsPerSecond, 86_400);
    expect(dayBytes / 1e18).toBeCloseTo((127.5e12 * 86_400) / 1e18, 9);
    expect(Math.round((dayBytes / payloadBytes(payload('world-data-per-day'))) * 1000) / 10).toBe(2.7);
  });
  it('per core ≈53.7 Tb/s; the 125 µm cladding is ≈1.8 typical hairs wide', () => {
    expect(Math.round(recordBitsPerSecond / factNumber('record-cores') / 1e11) / 10).toBe(53.7);
    const claddingMicrometres = factNumber('record-cladding') * 1000;
    expect(claddingMicrometres).toBe(factNumber('standard-cladding-diameter'));
    expect(claddingMicrometres / factNumber('human-hair-diameter')).toBeCloseTo(125 / 70, 9);
  });
});
