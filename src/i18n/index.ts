/**
 * Locale plumbing: the dictionary for a locale, a translator with {placeholder}
 * interpolation, and `messagesFor` to hand an island just the keys it uses. Layouts take the
 * locale from Astro.currentLocale, never a literal "en".
 */
import { en, type UiKey } from './en';
import { ja } from './ja';
import { makeTranslate, type Messages, type Translate } from './translate';

export type Locale = 'en' | 'ja';
export const DEFAULT_LOCALE: Locale = 'en';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, ja };

export function toLocale(value: string | undefined): Locale {
  return value !== undefined && value in dictionaries ? (value as Locale) : DEFAULT_LOCALE;
}

export function translator(locale: Locale): Translate {
  return makeTranslate(dictionaries[locale]);
}

/** The messages whose keys start with any of `prefixes`, for an island's props. */
export function messagesFor(locale: Locale, prefixes: readonly string[]): Messages {
  const out: Messages = {};
  for (const [key, value] of Object.entries(dictionaries[locale]) as [UiKey, string][]) {
    if (prefixes.some((p) => key.startsWith(p))) out[key] = value;
  }
  return out;
}

export type { UiKey, Messages, Translate };
