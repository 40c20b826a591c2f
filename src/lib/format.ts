/**
 * Locale-aware number formatting. Every number a reader sees goes through here, so the
 * Japanese edition only changes the locale. Never returns "NaN", "Infinity" or "e+".
 */

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError('formatNumber needs a finite number');
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, ...options }).format(value);
}
