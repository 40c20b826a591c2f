import { describe, expect, it } from 'vitest';
import { derivedFigures, formatDerived, type DerivedName } from '../../../src/lib/derived';
import { factNumber, link, payload } from '../../../src/data';

describe('derived figures', () => {
  it('the record moves English Wikipedia’s compressed text ≈5,300 times a second, and 123 TB in ≈0.965 s', () => {
    const wiki = payload('wikipedia-en-compressed').size;
    expect(wiki?.unit).toBe('GB');
    const copies = (factNumber('record-rate') * 1e15) / ((wiki?.value ?? NaN) * 1e9 * 8);
    expect(derivedFigures['wikipedia-copies-per-second'].compute()).toBeCloseTo(copies, 6);
    expect(formatDerived('wikipedia-copies-per-second', 'en')).toBe(new Intl.NumberFormat('en').format(Math.floor(copies)));
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
});
