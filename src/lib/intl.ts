/**
 * Shared Intl formatters. Building an Intl.NumberFormat costs far more than using one (a chart's
 * first draw formats hundreds of tick and label values: under Lighthouse's 4× CPU throttle the
 * constructors alone took ≈170 ms of the records chart's start-up), so each locale + options
 * pair is built once and reused. The options object is the key as written, so callers that spell
 * the same options in a different key order only cost one extra formatter, never a wrong one.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F, O>(cache: Map<string, F>, locale: string, options: O, build: () => F): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

export function plurals(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached(pluralRules, locale, options, () => new Intl.PluralRules(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return cached(listFormats, locale, options, () => new Intl.ListFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}
