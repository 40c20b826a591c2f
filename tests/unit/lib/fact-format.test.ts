import { describe, expect, it } from 'vitest';
import { formatFactValue } from '../../../src/lib/fact-format';
import { facts } from '../../../src/data';

describe('formatFactValue', () => {
  it('joins the locale-formatted number and unit with a no-break space', () => {
    expect(formatFactValue({ value: 1808, unit: 'km' }, 'en')).toBe('1,808\u00a0km');
    expect(formatFactValue({ value: 1808, unit: 'km' }, 'de')).toBe('1.808\u00a0km');
    expect(formatFactValue({ value: 19, unit: 'count' }, 'en')).toBe('19');
  });
  it('writes dates in words for the locale, in UTC', () => {
    expect(formatFactValue({ value: '2025-05-29', unit: 'date' }, 'en')).toBe('May 29, 2025');
    expect(formatFactValue({ value: '2025-05', unit: 'date' }, 'en')).toBe('May 2025');
  });
  it('formats every shipped fact without NaN or exponent notation', () => {
    for (const fact of facts) {
      const text = formatFactValue(fact, 'en');
      expect(text, fact.id).not.toMatch(/NaN|Infinity|e\+/);
    }
  });
});
