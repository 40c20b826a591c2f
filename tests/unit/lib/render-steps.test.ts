import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { translator } from '../../../src/i18n/index';
import { formatAmount, renderStep, renderSteps } from '../../../src/lib/render-steps';
import type { Amount, QuantityKind } from '../../../src/lib/steps';
import { lightTravelSteps, transferSteps } from '../../../src/lib/transfer';
import { audioYearsSteps } from '../../../src/lib/link-steps';
import { parseQuantity } from '../../../src/lib/units';
import { conversionSteps } from '../../../src/components/widgets/units/core';

const t = translator('en');

describe('formatAmount', () => {
  it.each<[QuantityKind, number, string]>([
    ['rate', 1.02e15, '1.02 Pb/s'],
    ['byte-rate', 1.02e15 / 8, '127.5 TB/s'],
    ['size', 123e12, '123 TB'],
    ['bits', 123e12 * 8, '984 Tb'],
    ['duration', 0.9647, '0.965 s'],
    ['years', 3.2, '3.2 years'],
    ['count', 1275, '1,275'],
    ['ratio', 526, '526×'],
    ['percent', 0.5, '0.5%'],
    ['distance', 1808, '1,808 km'],
    ['number', 8, '8'],
    ['capacity-distance', 1.84416e18, '1.844 Eb/s·km'],
    ['frequency', 1275, '1,275/s'],
    ['bits-per-byte', 8, '8 bits per byte'],
    ['seconds-per-year', 31_557_600, '31,557,600 seconds per year'],
  ])('formats a %s', (kind, value, text) => {
    expect(formatAmount({ kind, value }, 'en')).toBe(text);
  });
  it('throws rather than print NaN', () => {
    const bad: Amount = { kind: 'size', value: Number.NaN };
    expect(() => formatAmount(bad, 'en')).toThrow(RangeError);
  });
});

describe('renderStep', () => {
  it('writes the transfer arithmetic out', () => {
    const rendered = renderSteps(transferSteps(123e12, 1.02e15), 'en', t);
    expect(rendered).toEqual([
      { label: en['engine.step.bytesToBits'], expression: '123 TB × 8 bits per byte = 984 Tb' },
      { label: en['engine.step.bitsOverRate'], expression: '984 Tb ÷ 1.02 Pb/s = 0.965 s' },
    ]);
  });
  it('writes the light-travel arithmetic out', () => {
    const [first, second] = lightTravelSteps(1808, 1.468).map((step) => renderStep(step, 'en', t).expression);
    expect(first).toBe(`1,808 km × 1.468 = ${new Intl.NumberFormat('en', { maximumSignificantDigits: 5 }).format(1808 * 1.468)} km`);
    expect(second).toMatch(/ ÷ 299,792\.458\skm\/s = 8\.85 ms$/);
  });
  it('writes the years of music out through seconds of audio (1 MB a minute: 8 Mb ÷ 60 s)', () => {
    // By hand: 1.02e15 b ÷ 133,333 b/s = 7.65e9 s; ÷ 31,557,600 s/year = 242.4 years.
    expect(renderSteps(audioYearsSteps(1.02e15, 8e6 / 60), 'en', t).map((step) => step.expression)).toEqual([
      '1.02 Pb/s × 1 s = 1.02 Pb',
      '1.02 Pb ÷ 133.3 kb/s = 7.65 billion s',
      '7.65 billion s ÷ 31,557,600 seconds per year = 242 years',
    ]);
  });
  it('writes unit conversions out', () => {
    expect(renderSteps(conversionSteps(parseQuantity('100 GB')), 'en', t).map((step) => step.expression)).toEqual([
      '100 GB = 100,000,000,000 B',
      '100 GB × 8 bits per byte = 800 Gb',
    ]);
  });
  it('shows a given step as its value alone', () => {
    expect(renderStep({ label: 'engine.step.given', inputs: [{ kind: 'distance', value: 1808 }], result: { kind: 'distance', value: 1808 } }, 'en', t)).toEqual({
      label: en['engine.step.given'],
      expression: '1,808 km',
    });
  });
  it('follows the locale', () => {
    expect(renderStep(transferSteps(123e12, 1.02e15)[1]!, 'de', t).expression).toBe('984 Tb ÷ 1,02 Pb/s = 0,965 s');
  });
});
