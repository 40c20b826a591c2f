import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDistance, formatDuration, formatIsoDate, formatNumber, formatPercent, formatRatio, formatScientific, formatYears } from '../../../src/lib/format';
import { lightTravelSeconds, transferSeconds } from '../../../src/lib/transfer';
import { SECONDS_PER_DAY, SECONDS_PER_YEAR } from '../../../src/lib/constants';

const formatters: ((value: number, locale: string) => string)[] = [
  formatNumber,
  formatDuration,
  formatYears,
  formatCount,
  formatRatio,
  formatPercent,
  formatDistance,
  (value, locale) => formatScientific(value, locale).mantissa,
];

describe('formatDuration', () => {
  it('shows the record moving the Netflix estimate in under a second', () => {
    expect(formatDuration(transferSeconds(123e12, 1.02e15), 'en')).toBe('0.965 s');
  });
  it('shows light crossing 1,808 km of glass in milliseconds', () => {
    expect(formatDuration(lightTravelSeconds(1808, 1.468), 'en')).toBe('8.85 ms');
  });
  it.each<[number, string]>([
    [0, '0 s'],
    [2e-12, '0.002 ns'],
    [1e-9, '1 ns'],
    [12.3e-6, '12.3 μs'],
    [0.05, '50 ms'],
    [0.1, '0.1 s'],
    [42, '42 s'],
    [59.96, '1 minute'],
    [90, '1.5 minutes'],
    [3 * 3600, '3 hours'],
    [14 * SECONDS_PER_DAY, '14 days'],
    [364 * SECONDS_PER_DAY, '364 days'],
    [3.2 * SECONDS_PER_YEAR, '3.2 years'],
    [1.3e6 * SECONDS_PER_YEAR, '1.3 million years'],
    [4.2e9 * SECONDS_PER_YEAR, '4.2 billion years'],
  ])('formats %d s as %s', (seconds, text) => {
    expect(formatDuration(seconds, 'en')).toBe(text);
  });
  it('spells units out when asked, for screen readers', () => {
    expect(formatDuration(0.9647, 'en', { unitDisplay: 'long' })).toBe('0.965 seconds');
    expect(formatDuration(0.00885, 'en', { unitDisplay: 'long' })).toBe('8.85 milliseconds');
  });
  it('follows the locale', () => {
    expect(formatDuration(0.9647, 'de')).toBe('0,965 s');
    expect(formatDuration(14 * SECONDS_PER_DAY, 'de')).toBe('14 Tage');
  });
  it('keeps the number between 1 and 1000 (years: up to a million) from a nanosecond to a billion years', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e9 * SECONDS_PER_YEAR, noNaN: true }), (seconds) => {
        const text = formatDuration(seconds, 'en');
        const number = Number(/^[\d,.]+/.exec(text)![0].replaceAll(',', ''));
        if (seconds >= 0.1 && seconds < 1) expect(number).toBeLessThan(1);
        else if (!/million|billion/.test(text)) {
          expect(number).toBeGreaterThanOrEqual(1);
          expect(number).toBeLessThan(text.includes('year') ? 1e6 : 1000);
        }
      }),
    );
  });
});

describe('formatDuration with a pinned unit', () => {
  it('keeps the unit it is given instead of choosing one', () => {
    // One lap of the 86.1 km loop in glass: 86.1 × 1.468 ÷ 299,792.458 s.
    const lapSeconds = (86.1 * 1.468) / 299_792.458;
    expect(formatDuration(lapSeconds, 'en')).toBe('422 μs');
    expect(formatDuration(lapSeconds, 'en', { unit: 'millisecond' })).toBe('0.422 ms');
    expect(formatDuration(0.9647, 'en', { unit: 'millisecond' })).toBe('965 ms');
    expect(formatDuration(59.96, 'en', { unit: 'second' })).toBe('60 s');
  });
  it('shows the same value in the pinned unit', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e3, noNaN: true }), (seconds) => {
        const number = Number(formatDuration(seconds, 'en', { unit: 'millisecond', maximumSignificantDigits: 6 }).replace(/,|\s*ms$/g, ''));
        expect(Math.abs(number - seconds * 1000) / (seconds * 1000)).toBeLessThan(1e-5);
      }),
    );
  });
});

describe('formatScientific', () => {
  it('writes the record rate as 1.02 × 10^15', () => {
    expect(formatScientific(1.02e15, 'en')).toEqual({ mantissa: '1.02', exponent: '15' });
    expect(formatScientific(3.5e14, 'en')).toEqual({ mantissa: '3.5', exponent: '14' });
    expect(formatScientific(0.000125, 'en')).toEqual({ mantissa: '1.25', exponent: '-4' });
    expect(formatScientific(1.02e15, 'de')).toEqual({ mantissa: '1,02', exponent: '15' });
  });
  it('renormalises when rounding reaches 10', () => {
    expect(formatScientific(9.99996e5, 'en')).toEqual({ mantissa: '1', exponent: '6' });
  });
  it('gives a mantissa in [1, 10) that rebuilds the value, never with E or e+', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e21, noNaN: true }), (value) => {
        const { mantissa, exponent } = formatScientific(value, 'en');
        expect(`${mantissa}${exponent}`).not.toMatch(/e|E|,/);
        const m = Number(mantissa);
        expect(m).toBeGreaterThanOrEqual(1);
        expect(m).toBeLessThan(10);
        expect(Math.abs(m * 10 ** Number(exponent) - value) / value).toBeLessThan(1e-3);
      }),
    );
  });
});

describe('formatCount', () => {
  it('groups below a million and uses words above', () => {
    expect(formatCount(1275, 'en')).toBe('1,275');
    expect(formatCount(1275.4, 'en')).toBe('1,275');
    expect(formatCount(10.2e6, 'en')).toBe('10.2 million');
    expect(formatCount(3_421_000, 'en')).toBe('3.42 million');
    expect(formatCount(999_999.7, 'en')).toBe('1 million');
    expect(formatCount(0.9647, 'en')).toBe('0.965');
    expect(formatCount(526, 'en')).toBe('526');
  });
});

describe('formatRatio', () => {
  it('appends ×', () => {
    expect(formatRatio(7.8, 'en')).toBe('7.8×');
    expect(formatRatio(526, 'en')).toBe('526×');
    expect(formatRatio(1e6, 'en')).toBe('1 million×');
  });
  it('rounds to the significant digits asked for, in either language', () => {
    expect(formatRatio(7.8125, 'en', 2)).toBe('7.8×');
    expect(formatRatio(7.8125, 'ja-JP', 2)).toBe('7.8倍');
    expect(formatRatio(12_345, 'en', 2)).toBe('12,000×');
  });
});

describe('formatPercent, formatDistance, formatYears, formatNumber', () => {
  it('takes a percent, not a fraction', () => {
    expect(formatPercent(0.5, 'en')).toBe('0.5%');
    expect(formatPercent(29, 'en')).toBe('29%');
  });
  it('keeps every digit of the distances in the data', () => {
    expect(formatDistance(1808, 'en')).toBe('1,808 km');
    expect(formatDistance(86.1 * 21, 'en')).toBe('1,808.1 km');
    expect(formatDistance(86.1, 'en')).toBe('86.1 km');
  });
  it('formats years, with words from a million', () => {
    expect(formatYears(1, 'en')).toBe('1 year');
    expect(formatYears(3.2, 'en')).toBe('3.2 years');
    expect(formatYears(2.5e7, 'en')).toBe('25 million years');
  });
  it('formats a plain number with at most three decimals', () => {
    expect(formatNumber(299_792.458, 'en')).toBe('299,792.458');
  });
});

describe('every formatter', () => {
  it('throws RangeError on NaN and Infinity', () => {
    for (const format of formatters) {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expect(() => format(bad, 'en')).toThrow(RangeError);
      }
    }
  });
  it('never prints NaN, Infinity or e+ from 1e-12 to 1e30', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e30, noNaN: true }), fc.boolean(), fc.constantFrom('en', 'de', 'ja'), (magnitude, negative, locale) => {
        const value = negative ? -magnitude : magnitude;
        for (const format of formatters) expect(format(value, locale)).not.toMatch(/NaN|Infinity|e\+|∞/);
      }),
    );
  });
});

describe('Japanese (ja-JP): counts in 万/億, unit words written with the number', () => {
  it('writes large counts in 万 and 億, grouping a four-digit mantissa', () => {
    expect(formatCount(10_200_000, 'ja-JP')).toBe('1,020万');
    expect(formatCount(124_000_000, 'ja-JP')).toBe('1.24億');
    expect(formatCount(8.2e9, 'ja-JP')).toBe('82億');
    expect(formatCount(5_300, 'ja-JP')).toBe('5,300');
    // English is unchanged by the grouping: its mantissa never reaches four digits.
    expect(formatCount(10_200_000, 'en')).toBe('10.2 million');
  });
  it('writes durations in words with no space: 秒, ミリ秒, 日, 年', () => {
    expect(formatDuration(0.965, 'ja-JP')).toBe('0.965秒');
    expect(formatDuration(8.85e-3, 'ja-JP')).toBe('8.85ミリ秒');
    expect(formatDuration(38.2 * SECONDS_PER_DAY, 'ja-JP')).toBe('38.2日');
    expect(formatDuration(242 * SECONDS_PER_YEAR, 'ja-JP')).toBe('242年');
    expect(formatYears(1.3e6, 'ja-JP')).toBe('130万年');
  });
  it('says how many times with 倍', () => {
    expect(formatRatio(3_400_000, 'ja-JP')).toBe('340万倍');
    expect(formatRatio(7.8, 'ja-JP')).toBe('7.8倍');
  });
  it('keeps SI symbols and their space: km stays km', () => {
    expect(formatDistance(1808, 'ja-JP')).toBe('1,808 km');
  });
  it('never leaves a space inside a Japanese duration, at any magnitude', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e15, noNaN: true }), (seconds) => {
        expect(formatDuration(seconds, 'ja')).not.toMatch(/\s/);
      }),
    );
  });
});

describe('formatIsoDate', () => {
  it('shows only the precision the source gives, in each language', () => {
    expect(formatIsoDate('2025', 'en')).toBe('2025');
    expect(formatIsoDate('2025-05', 'en')).toBe('May 2025');
    expect(formatIsoDate('2025-05-29', 'en')).toBe('May 29, 2025');
    expect(formatIsoDate('2025-04-24', 'ja-JP')).toBe('2025年4月24日');
    expect(formatIsoDate('2025-04', 'ja-JP')).toBe('2025年4月');
  });
});
