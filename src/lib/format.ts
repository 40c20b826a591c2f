/**
 * Locale-aware number formatting. Every number a reader sees goes through here (or units.ts for
 * rates and sizes), so the Japanese edition only changes the locale. Every formatter throws a
 * RangeError on NaN or ±Infinity instead of printing it, and none ever prints "e+": Intl's
 * standard and compact notations never use exponents.
 */
import { SECONDS_PER_YEAR } from './constants';
import { dateTimeFormat, numberFormat } from './intl';

function requireFinite(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`${what} needs a finite number`);
}

/**
 * The smallest magnitude a widget RESULT prints as digits. Below it the result reads "< 0.001"
 * with its unit ("< 0.001%", "< 0.001 years"): a run of zeros after the point ("0.00000000622%")
 * tells a reader nothing but "tiny", and is easy to misread by a factor of ten. Arithmetic steps
 * keep their digits (they must stay checkable), so the floor is applied by formatAtLeastShown,
 * not inside the formatters.
 */
export const SMALLEST_SHOWN = 0.001;

/** True for a non-zero number too small to print as a result (see SMALLEST_SHOWN). */
export function belowShown(value: number): boolean {
  return value !== 0 && Math.abs(value) < SMALLEST_SHOWN;
}

/**
 * `format(value)`, or "< 0.001" in the same format ("< 0.001%") when the value is below
 * SMALLEST_SHOWN: formatAtLeastShown(6.2e-9, (n) => formatPercent(n, 'en')) is "< 0.001%".
 * `value` is in the unit `format` prints (percent for formatPercent, years for formatYears…).
 */
export function formatAtLeastShown(value: number, format: (value: number) => string): string {
  if (!belowShown(value)) return format(value);
  return value > 0 ? `< ${format(SMALLEST_SHOWN)}` : `> ${format(-SMALLEST_SHOWN)}`;
}

/**
 * Japanese writes a number and its unit word together ("0.965秒", "242年", "8.85ミリ秒"); Intl's
 * ja data puts a space between them, as English does. Symbols (km, Pb/s) keep their space.
 */
function writesUnitsTogether(locale: string): boolean {
  return locale === 'ja' || locale.startsWith('ja-');
}

/** A unit-style format, with the space before the unit word removed where the language does. */
function formatWithUnitWord(value: number, locale: string, options: Intl.NumberFormatOptions): string {
  const formatter = numberFormat(locale, options);
  if (!writesUnitsTogether(locale)) return formatter.format(value);
  return formatter
    .formatToParts(value)
    .filter((part) => !(part.type === 'literal' && part.value.trim() === ''))
    .map((part) => part.value)
    .join('');
}

/**
 * Compact notation ("10.2 million", "1,020万"), grouping the digits before the word: Japanese
 * counts in 万 (10⁴), so its mantissa reaches four digits, written "1,020万" (Intl leaves
 * "1020万" ungrouped by default).
 */
const COMPACT = { notation: 'compact', compactDisplay: 'long', useGrouping: 'always' } as const;

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  requireFinite(value, 'formatNumber');
  return numberFormat(locale, { maximumFractionDigits: 3, ...options }).format(value);
}

interface DurationUnit {
  unit: 'nanosecond' | 'microsecond' | 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'year';
  seconds: number;
  /** Smallest duration (in seconds) shown in this unit. */
  from: number;
  /** SI symbol: these print the same in every language ("8.85 ms"); Intl's short en form is "sec". */
  symbol?: string;
}

// Seconds start at 0.1 s so the record's headline time reads "0.965 s" rather than "965 ms".
const DURATION_UNITS: readonly DurationUnit[] = [
  { unit: 'nanosecond', seconds: 1e-9, from: 0, symbol: 'ns' },
  { unit: 'microsecond', seconds: 1e-6, from: 1e-6, symbol: 'μs' },
  { unit: 'millisecond', seconds: 1e-3, from: 1e-3, symbol: 'ms' },
  { unit: 'second', seconds: 1, from: 0.1, symbol: 's' },
  { unit: 'minute', seconds: 60, from: 60 },
  { unit: 'hour', seconds: 3600, from: 3600 },
  { unit: 'day', seconds: 86_400, from: 86_400 },
  { unit: 'year', seconds: SECONDS_PER_YEAR, from: SECONDS_PER_YEAR },
];

export interface DurationFormatOptions {
  /**
   * 'short' (default) prints SI symbols below a minute ("0.965 s", "8.85 ms") and words from
   * minutes up ("14 days", "3.2 years"); 'long' prints words throughout ("0.965 seconds"),
   * for screen-reader labels and prose.
   */
  unitDisplay?: 'short' | 'long' | undefined;
  maximumSignificantDigits?: number | undefined;
  /**
   * Keep this unit instead of choosing one: a worksheet that asks "in milliseconds" wants
   * "0.422 ms", not "422 μs".
   */
  unit?: DurationUnit['unit'] | undefined;
}

/**
 * A duration in seconds, in the unit that keeps the number between about 1 and 1000:
 * "8.85 ms", "0.965 s", "14 days", "3.2 years", "1.3 million years" (in Japanese "8.85ミリ秒",
 * "0.965秒", "130万年"). Years are Julian years.
 */
export function formatDuration(seconds: number, locale: string, options: DurationFormatOptions = {}): string {
  requireFinite(seconds, 'formatDuration');
  const digits = options.maximumSignificantDigits ?? 3;
  const magnitude = Math.abs(seconds);
  const pinned = DURATION_UNITS.findIndex((candidate) => candidate.unit === options.unit);
  // Zero reads best as "0 s"; anything else takes the largest unit it reaches.
  const index = pinned >= 0 ? pinned : magnitude === 0 ? 3 : DURATION_UNITS.findLastIndex((candidate) => magnitude >= candidate.from);
  let chosen = DURATION_UNITS[index]!;
  let value = Number((magnitude / chosen.seconds).toPrecision(digits));
  // 59.96 s rounds to 60 s: say "1 minute" instead (unless the unit is pinned).
  const next = DURATION_UNITS[index + 1];
  if (pinned < 0 && next !== undefined && value * chosen.seconds >= next.from) {
    value = (value * chosen.seconds) / next.seconds;
    chosen = next;
  }
  const signed = Math.sign(seconds) * value;
  if (chosen.unit === 'year') return formatYears(signed, locale, digits);
  // Japanese prose writes every duration in words ("8.85ミリ秒"), as NICT's Japanese releases do.
  if (chosen.symbol !== undefined && options.unitDisplay !== 'long' && !writesUnitsTogether(locale)) {
    // Only a pinned unit gets this far ("7.65 billion s"): from a billion, words instead of ten digits.
    const compact = Math.abs(signed) >= 1e9 ? COMPACT : {};
    return `${numberFormat(locale, { maximumSignificantDigits: digits, ...compact }).format(signed)} ${chosen.symbol}`;
  }
  return formatWithUnitWord(signed, locale, { style: 'unit', unit: chosen.unit, unitDisplay: 'long', maximumSignificantDigits: digits });
}

/**
 * formatDuration for a result: "< 0.001 ns" below a thousandth of a nanosecond (a few bytes over
 * a petabit link) rather than "0.0000078 ns".
 */
export function formatResultDuration(seconds: number, locale: string, options: DurationFormatOptions = {}): string {
  requireFinite(seconds, 'formatResultDuration');
  if (seconds !== 0 && Math.abs(seconds) < SMALLEST_SHOWN * 1e-9)
    return formatAtLeastShown(seconds * 1e9, (ns) => formatDuration(ns * 1e-9, locale, { ...options, unit: 'nanosecond' }));
  return formatDuration(seconds, locale, options);
}

/** "3.2 years", "1.3 million years" (compact words from a million up). */
export function formatYears(years: number, locale: string, maximumSignificantDigits = 3): string {
  requireFinite(years, 'formatYears');
  const compact = Math.abs(years) >= 1e6 ? COMPACT : {};
  return formatWithUnitWord(years, locale, { style: 'unit', unit: 'year', unitDisplay: 'long', maximumSignificantDigits, ...compact });
}

/**
 * A count of things: "0.965", "526", "1,275", "10.2 million". Whole numbers with grouping from
 * 1,000; three significant digits and words ("million", "billion") from a million up. Counts
 * of whole things (streams) go through formatWholeCount instead.
 */
export function formatCount(count: number, locale: string): string {
  requireFinite(count, 'formatCount');
  const magnitude = Math.abs(count);
  if (Math.round(magnitude) >= 1e6) {
    return numberFormat(locale, { ...COMPACT, maximumSignificantDigits: 3 }).format(count);
  }
  if (magnitude >= 1000) return numberFormat(locale, { maximumFractionDigits: 0 }).format(count);
  return numberFormat(locale, { maximumSignificantDigits: 3 }).format(count);
}

/**
 * A count of whole things ("streams") that cannot be split: rounded DOWN, because a link that
 * carries 2.9 streams carries two whole ones (the third would stall). Below one it is
 * `fewerThanOne` ("fewer than one"), never "0.51" or "0".
 */
export function formatWholeCount(count: number, locale: string, fewerThanOne: string): string {
  requireFinite(count, 'formatWholeCount');
  const whole = Math.floor(count);
  if (whole < 1) return fewerThanOne;
  return formatCount(whole, locale);
}

/**
 * "7.8×", "526×", "1 million×": how many times bigger. Japanese says 倍 ("340万倍"). Rounded as
 * a count, or to `maximumSignificantDigits` where a figure is only that precise.
 */
export function formatRatio(ratio: number, locale: string, maximumSignificantDigits?: number): string {
  const figure = maximumSignificantDigits === undefined ? formatCount(ratio, locale) : formatNumber(ratio, locale, { maximumSignificantDigits });
  return `${figure}${writesUnitsTogether(locale) ? '倍' : '×'}`;
}

/**
 * A PERCENT, not a fraction: formatPercent(0.5) is "0.5%", formatPercent(50) is "50%"
 * (the same convention as the 'percent' Amount kind in steps.ts).
 */
export function formatPercent(percent: number, locale: string, maximumSignificantDigits = 3): string {
  requireFinite(percent, 'formatPercent');
  return numberFormat(locale, { style: 'unit', unit: 'percent', maximumSignificantDigits }).format(percent);
}

/** "1,808 km", "86.1 km", "1,808.1 km": five significant digits keep every distance in the data. */
export function formatDistance(distanceKm: number, locale: string): string {
  requireFinite(distanceKm, 'formatDistance');
  return numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumSignificantDigits: 5 }).format(distanceKm);
}

/**
 * Scientific notation in two printed parts, mantissa "1.02" and exponent "15" for 1.02e15, so a
 * page can set the exponent as a superscript ("1.02 × 10¹⁵") and a screen reader can say "to the
 * power of". Intl does the rounding in the locale's digits (9.99996e5 gives "1" and "6"); the
 * parts never contain "E" or "e+".
 */
export function formatScientific(value: number, locale: string, maximumSignificantDigits = 4): { mantissa: string; exponent: string } {
  requireFinite(value, 'formatScientific');
  const parts = numberFormat(locale, { notation: 'scientific', maximumSignificantDigits }).formatToParts(value);
  const separator = parts.findIndex((part) => part.type === 'exponentSeparator');
  const join = (from: number, to?: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  return { mantissa: join(0, separator), exponent: join(separator + 1) };
}

/**
 * A source's date as the data give it (YYYY, YYYY-MM or YYYY-MM-DD), in `locale`, with only the
 * precision the source gives: "2025", "May 2025", "29 May 2025"; "2025年5月29日".
 */
export function formatIsoDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(month ? { month: 'long' } : {}), ...(day ? { day: 'numeric' } : {}) };
  return dateTimeFormat(locale, options).format(date);
}
