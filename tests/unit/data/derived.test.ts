import { describe, expect, it } from 'vitest';
import { derivedFigures, disputedDistance, formatDerived, type DerivedName } from '../../../src/data/derived';
import { audience, factNumber, fiberRecord, link, payload, stream } from '../../../src/data';

describe('derived figures', () => {
  it('the record moves English Wikipedia’s compressed text ≈5,300 times a second, and 123 TB in ≈0.965 s', () => {
    const wiki = payload('wikipedia-en-compressed').size;
    expect(wiki?.unit).toBe('GB');
    const copies = (factNumber('record-rate') * 1e15) / ((wiki?.value ?? NaN) * 1e9 * 8);
    expect(derivedFigures['wikipedia-copies-per-second'].compute()).toBeCloseTo(copies, 6);
    expect(formatDerived('wikipedia-copies-per-second', 'en')).toBe(new Intl.NumberFormat('en').format(Math.round(copies / 100) * 100));
    const netflix = payload('netflix-library-press').size;
    expect(netflix?.unit).toBe('TB');
    expect(derivedFigures['netflix-library-seconds'].compute()).toBeCloseTo(((netflix?.value ?? NaN) * 1e12 * 8) / (factNumber('record-rate') * 1e15), 9);
    expect(formatDerived('netflix-library-seconds', 'en')).toBe('0.965 s');
  });
  it('capacity × distance is the product of the rounded inputs (1.02 × 1,808 = 1.844), not NICT’s 1.86', () => {
    const value = derivedFigures['capacity-distance-product'].compute();
    expect(value).toBeCloseTo((factNumber('record-rate') * factNumber('record-distance')) / 1000, 10);
    expect(formatDerived('capacity-distance-product', 'en')).toBe('1.844\u00a0Eb/s·km');
    expect(value).not.toBeCloseTo(factNumber('record-capacity-distance-stated'), 2);
  });
  it('per-core share and latency follow from the facts', () => {
    expect(derivedFigures['per-core-rate'].compute()).toBeCloseTo((factNumber('record-rate') * 1e15) / factNumber('record-cores'), 0);
    expect(derivedFigures['record-latency'].compute()).toBeCloseTo((factNumber('record-distance') * factNumber('fiber-group-index')) / 299792.458, 12);
    expect(formatDerived('record-latency', 'en')).toBe('8.85 ms');
  });
  it('the record is about 56% of international bandwidth', () => {
    const intl = link('international-bandwidth-2025').rate;
    expect(intl.unit).toBe('Tb/s');
    expect(derivedFigures['share-of-international-bandwidth'].compute()).toBeCloseTo((100 * factNumber('record-rate') * 1000) / intl.value, 6);
  });
  it('every figure formats without NaN or exponent notation', () => {
    for (const name of Object.keys(derivedFigures) as DerivedName[]) expect(formatDerived(name, 'en')).not.toMatch(/NaN|Infinity|e\+/);
  });

  // Independent arithmetic: plain numbers read from the data, multiplied by hand-written
  // powers of ten, never through the units/transfer helpers the figures themselves use.
  const rateBits = () => factNumber('record-rate') * 1e15;
  const tb = (id: string) => {
    const r = link(id).rate;
    const scale: Record<string, number> = { 'Tb/s': 1e12, 'Gb/s': 1e9, 'Mb/s': 1e6, 'Pb/s': 1e15 };
    return r.value * (scale[r.unit] ?? Number.NaN);
  };
  const value = (name: DerivedName) => derivedFigures[name].compute();

  it('restates the record in other units', () => {
    expect(value('implied-rate-from-stated')).toBeCloseTo((factNumber('record-capacity-distance-stated') * 1e18) / factNumber('record-distance'), 0);
    expect(formatDerived('implied-rate-from-stated', 'en')).toBe('1.029 Pb/s');
    expect(formatDerived('implied-distance-from-stated', 'en')).toBe('1,824 km');
    expect(value('stated-vs-computed-gap')).toBeCloseTo(100 * (1.86 / ((factNumber('record-rate') * factNumber('record-distance')) / 1000) - 1), 8);
    expect(formatDerived('record-terabits', 'en')).toBe('1,020 Tb/s');
    expect(formatDerived('record-gigabits', 'en')).toBe('1,020,000 Gb/s');
    expect(formatDerived('record-bits-in-full', 'en')).toBe('1,020,000,000,000,000 b/s');
    expect(formatDerived('record-gigabytes-per-second', 'en')).toBe('127,500 GB/s');
    expect(formatDerived('record-scientific', 'en')).toBe('1.02\u00a0×\u00a010¹⁵\u00a0b/s');
    expect(value('record-tebibytes-per-second')).toBeCloseTo(rateBits() / 8 / 1024 ** 4, 9);
    expect(value('fineweb-tebibytes')).toBeCloseTo(((44e12 / 1024 ** 4) * (payload('fineweb').size?.value ?? 0)) / 44, 9);
    expect(value('fineweb-binary-gap')).toBeCloseTo(100 * (1 - 1e12 / 1099511627776), 9);
    expect(value('per-channel-rate')).toBeCloseTo(rateBits() / (factNumber('record-channels') * factNumber('record-cores')), 0);
    expect(value('holds-within-percent')).toBeCloseTo(25, 9);
  });

  it('compares the fiber with hair and with single-core fiber', () => {
    expect(value('cladding-vs-hair')).toBeCloseTo(factNumber('standard-cladding-diameter') / factNumber('human-hair-diameter'), 12);
    expect(value('record-vs-smf-limit')).toBeCloseTo(rateBits() / (factNumber('smf-practical-limit') * 1e12), 12);
    expect(value('record-vs-best-commercial')).toBeCloseTo(rateBits() / tb('best-commercial-fiber'), 12);
  });

  it('times light round the loop', () => {
    const c = 299792.458;
    const n = factNumber('fiber-group-index');
    expect(value('loop-total-distance')).toBeCloseTo(factNumber('record-loop-span') * factNumber('record-loop-laps'), 9);
    expect(formatDerived('loop-total-distance', 'en')).toBe('1,808.1 km');
    expect(value('loop-lap-latency')).toBeCloseTo((factNumber('record-loop-span') * n) / c, 12);
    expect(value('record-round-trip')).toBeCloseTo((2 * factNumber('record-distance') * n) / c, 12);
    expect(value('light-speed-in-fiber')).toBeCloseTo(c / n, 6);
    expect(value('light-crossings-per-second')).toBeCloseTo(c / (n * factNumber('record-distance')), 9);
    expect(value('span-loss-if-standard')).toBeCloseTo(factNumber('record-loop-span') * factNumber('smf-attenuation'), 9);
    expect(value('span-light-left-if-standard')).toBeCloseTo(100 / Math.pow(10, (factNumber('record-loop-span') * factNumber('smf-attenuation')) / 10), 9);
  });

  it('compares the record with networks, plans and people', () => {
    expect(value('share-of-used-bandwidth')).toBeCloseTo((100 * rateBits()) / tb('used-international-bandwidth-2024'), 9);
    expect(value('record-vs-marea')).toBeCloseTo(rateBits() / tb('marea'), 9);
    expect(value('record-vs-us-median')).toBeCloseTo(rateBits() / tb('us-fixed-median-2025-10'), 3);
    expect(value('record-vs-global-median')).toBeCloseTo(rateBits() / tb('global-fixed-median-2025-12'), 3);
    expect(value('record-vs-fastest-plan')).toBeCloseTo(rateBits() / tb('init7-25g'), 6);
    expect(value('streams-8k')).toBeCloseTo(rateBits() / (stream('8k').rate.value * 1e6), 3);
    expect(value('streams-4k')).toBeCloseTo(rateBits() / (stream('4k').rate.value * 1e6), 3);
    expect(value('rate-per-person-japan')).toBeCloseTo(rateBits() / audience('japan').people, 3);
  });

  it('times downloads and counts music and daily volume', () => {
    const bytesPerSecond = rateBits() / 8;
    expect(value('fineweb-transfer-time')).toBeCloseTo(((payload('fineweb').size?.value ?? 0) * 1e12) / bytesPerSecond, 12);
    expect(value('common-crawl-transfer-time')).toBeCloseTo(((payload('common-crawl-monthly').size?.value ?? 0) * 1e12) / bytesPerSecond, 12);
    expect(value('netflix-catalogue-time')).toBeCloseTo(((payload('netflix-catalogue-2013').size?.value ?? 0) * 1e15) / bytesPerSecond, 9);
    expect(value('wikipedia-copies-per-second')).toBeCloseTo(bytesPerSecond / ((payload('wikipedia-en-compressed').size?.value ?? 0) * 1e9), 6);
    const year = 365.25 * 86400;
    expect(value('music-years-320k')).toBeCloseTo(rateBits() / (stream('audio').rate.value * 1e3) / year, 6);
    expect(value('record-daily-volume')).toBeCloseTo(bytesPerSecond * 86400, -6);
    expect(value('record-share-of-world-data')).toBeCloseTo((100 * bytesPerSecond * 86400) / ((payload('world-data-per-day').size?.value ?? 0) * 1e18), 9);
  });

  it('scores the history by capacity × distance', () => {
    const pre = fiberRecord('nict-2023-1-7pb');
    const r2019 = fiberRecord('nict-2019-715tb');
    expect(value('predecessor-distance-ratio')).toBeCloseTo(factNumber('record-distance') / (pre.distanceKm ?? 0), 9);
    expect(value('predecessor-rate-share')).toBeCloseTo((100 * factNumber('record-rate')) / pre.capacity.value, 9);
    expect(value('predecessor-capacity-distance')).toBeCloseTo((pre.capacity.value * 1e15 * (pre.distanceKm ?? 0)) / 1e18, 9);
    const earlier = (r2019.capacity.value * 1e12 * (r2019.distanceKm ?? 0)) / 1e18;
    expect(value('record-2019-capacity-distance')).toBeCloseTo(earlier, 9);
    expect(value('record-vs-2019-capacity-distance')).toBeCloseTo(100 * ((rateBits() * factNumber('record-distance')) / 1e18 / earlier - 1), 6);
    expect(value('record-vs-tat8')).toBeCloseTo(rateBits() / (fiberRecord('tat-8-1988').capacity.value * 1e6), 3);
    expect(value('later-2025-capacity-distance')).toBeCloseTo((factNumber('later-2025-rate') * 1e12 * factNumber('later-2025-distance')) / 1e18, 9);
    expect(value('later-2026-capacity-distance')).toBeCloseTo((factNumber('later-2026-rate') * 1e12 * factNumber('later-2026-distance')) / 1e18, 9);
    expect(formatDerived('later-2025-capacity-distance', 'en')).toBe('2.94\u00a0Eb/s·km');
  });

  it('gives the predecessor’s disputed distance as a range and says which figures depend on it', () => {
    const pre = fiberRecord('nict-2023-1-7pb');
    const readings = (pre.distanceDisputedKm ?? []).map((r) => r.km);
    expect(readings.length).toBeGreaterThan(0);
    const longest = Math.max(pre.distanceKm ?? 0, ...readings);
    expect(longest).toBeGreaterThan(pre.distanceKm ?? Infinity);
    expect(value('predecessor-distance-ratio-longest')).toBeCloseTo(factNumber('record-distance') / longest, 9);
    expect(value('predecessor-capacity-distance-longest')).toBeCloseTo((pre.capacity.value * 1e15 * longest) / 1e18, 9);
    expect(value('predecessor-distance-ratio-longest')).toBeLessThan(value('predecessor-distance-ratio'));
    for (const name of ['predecessor-distance-ratio', 'predecessor-capacity-distance', 'predecessor-distance-ratio-longest', 'predecessor-capacity-distance-longest'] as const) {
      expect(disputedDistance(name), name).toEqual({ recordId: pre.id, usedKm: pre.distanceKm, otherKm: readings });
    }
    expect(disputedDistance('capacity-distance-product')).toBeUndefined();
  });

  it('times Netflix’s 2013 video both as master copies and after conversion, as reported', () => {
    const bytesOf = (id: string) => {
      const size = payload(id).size;
      expect(size?.unit, id).toBe('PB');
      return (size?.value ?? Number.NaN) * 1e15;
    };
    expect(value('netflix-catalogue-time')).toBeCloseTo((bytesOf('netflix-catalogue-2013') * 8) / rateBits(), 9);
    expect(value('netflix-converted-time')).toBeCloseTo((bytesOf('netflix-converted-2013') * 8) / rateBits(), 9);
    expect(value('netflix-converted-time')).toBeLessThan(value('netflix-catalogue-time'));
  });
});
