/**
 * Locale plumbing: the dictionary for a locale, and a translator with {placeholder}
 * interpolation. Layouts take the locale from Astro.currentLocale, never a literal "en".
 */
import { en, type UiKey } from './en';

export type Locale = 'en';
export const DEFAULT_LOCALE: Locale = 'en';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en };

export function toLocale(value: string | undefined): Locale {
  return value !== undefined && value in dictionaries ? (value as Locale) : DEFAULT_LOCALE;
}

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

export type { UiKey };
