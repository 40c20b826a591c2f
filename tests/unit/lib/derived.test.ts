import { describe, expect, it } from 'vitest';
import { derivedFigures, formatDerived, type DerivedName } from '../../../src/lib/derived';
import { factNumber, link } from '../../../src/data';

describe('derived figures', () => {
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
