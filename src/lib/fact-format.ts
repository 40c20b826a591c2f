/**
 * How a fact from src/data/facts.json reads in prose: its number in the reader's locale with
 * its unit, a date in words, or its text. Used by <Value> so articles never retype a figure.
 */
import type { FactEntry } from './entries';
import { formatNumber } from './format';
import { dateTimeFormat } from './intl';

export function formatFactValue(fact: Pick<FactEntry, 'value' | 'unit'>, locale: string, options: { withUnit?: boolean } = {}): string {
  const { value, unit } = fact;
  const withUnit = options.withUnit ?? true;
  if (unit === 'text') return String(value);
  if (unit === 'date') {
    const text = String(value);
    const parts = text.split('-').length;
    const date = new Date(`${text}${parts === 1 ? '-01-01' : parts === 2 ? '-01' : ''}T00:00:00Z`);
    const style: Intl.DateTimeFormatOptions =
      parts === 3 ? { dateStyle: 'long', timeZone: 'UTC' } : parts === 2 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
    return dateTimeFormat(locale, style).format(date);
  }
  if (typeof value !== 'number') throw new TypeError(`Fact value ${String(value)} should be a number for unit ${unit}`);
  const digits = formatNumber(value, locale, { maximumFractionDigits: 4 });
  if (!withUnit || unit === 'count' || unit === 'ratio') return digits;
  return `${digits}\u00a0${unit}`;
}
