import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateTimeFormat, listFormat, numberFormat, plurals } from '../../../src/lib/intl';

describe('shared Intl formatters', () => {
  it('builds one formatter per locale and options, and a new one when either changes', () => {
    const a = numberFormat('en', { maximumSignificantDigits: 3 });
    expect(numberFormat('en', { maximumSignificantDigits: 3 })).toBe(a);
    expect(numberFormat('en', { maximumSignificantDigits: 4 })).not.toBe(a);
    expect(numberFormat('ja', { maximumSignificantDigits: 3 })).not.toBe(a);
    expect(plurals('en')).toBe(plurals('en'));
    expect(listFormat('en', { type: 'disjunction' })).not.toBe(listFormat('en', { type: 'conjunction' }));
    expect(dateTimeFormat('en', { dateStyle: 'long' })).toBe(dateTimeFormat('en', { dateStyle: 'long' }));
  });

  it('formats exactly as a freshly built Intl formatter does', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'ja', 'de'), fc.integer({ min: 1, max: 21 }), fc.double({ noNaN: true, noDefaultInfinity: true }), (locale, digits, value) => {
        const options = { maximumSignificantDigits: digits };
        expect(numberFormat(locale, options).format(value)).toBe(new Intl.NumberFormat(locale, options).format(value));
      }),
    );
    const date = new Date(Date.UTC(2025, 3, 24));
    expect(dateTimeFormat('ja', { dateStyle: 'long', timeZone: 'UTC' }).format(date)).toBe('2025年4月24日');
  });
});
