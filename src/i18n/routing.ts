/**
 * Where each language's pages live: English at the root, Japanese under /ja/ (Astro's i18n
 * config lists the same locales). Every localised page sits under src/pages/[...lang]/, whose
 * `lang` parameter is undefined for English and 'ja' for Japanese, so one page file builds both
 * editions and Astro.currentLocale says which one is being built.
 *
 * PUBLISHED_LOCALES lists the editions that are built, linked and listed in the sitemap. An
 * edition joins it only when every page has its translation (the build fails on a missing one;
 * scripts/lib-editions.mjs checks every page and embed has its twin).
 */
import type { Locale } from './index';
import { siteRoot } from '../lib/embed';

export const PUBLISHED_LOCALES: readonly Locale[] = ['en', 'ja'];

/** Every edition the site has a dictionary for, published or not. */
const EDITIONS: readonly Locale[] = ['en', 'ja'];

/** The `lang` path parameter of a locale: none for the default language. */
export function langParam(locale: Locale): string | undefined {
  return locale === 'en' ? undefined : locale;
}

/** getStaticPaths for a page with no other parameter: one path per published edition. */
export function localeStaticPaths(): { params: { lang: string | undefined } }[] {
  return PUBLISHED_LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}

/** A page's own getStaticPaths entries, repeated for each published edition. */
export function inEveryLocale<P extends Record<string, string | undefined>, T>(
  paths: (locale: Locale) => readonly { params: P; props?: T }[],
): { params: P & { lang: string | undefined }; props?: T }[] {
  return PUBLISHED_LOCALES.flatMap((locale) => paths(locale).map((path) => ({ ...path, params: { ...path.params, lang: langParam(locale) } })));
}

/** A site path ("articles/the-record/") in a locale's edition, under the configured base. */
export function pathIn(locale: Locale, path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${locale === 'en' ? '' : `${locale}/`}${path.replace(/^\//, '')}`;
}

/** The absolute URL of a locale's edition ("https://…/base/ja/"), which embed snippets, oEmbed
 * documents and embed attributions build their links on. Needs astro.config's `site`. */
export function editionRoot(site: URL | string | undefined, locale: Locale, base: string = import.meta.env.BASE_URL): string {
  return siteRoot(site, pathIn(locale, '', base));
}

/** The site path of a built page without its base and edition prefix: "/ja/articles/x/" → "articles/x/". */
export function pathWithoutEdition(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inSite = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return EDITIONS.reduce((path, locale) => (locale !== 'en' && path.startsWith(`${locale}/`) ? path.slice(locale.length + 1) : path), inSite);
}

/** BCP 47 tags for hreflang and og:locale. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', ja: 'ja' };

/**
 * The page's editions for <link rel="alternate" hreflang>: one per published locale, plus
 * x-default (English). Empty while only one edition is published: a page has no alternate then.
 */
export function alternates(pathname: string, base: string = import.meta.env.BASE_URL): { hreflang: string; path: string }[] {
  if (PUBLISHED_LOCALES.length < 2) return [];
  const path = pathWithoutEdition(pathname, base);
  return [...PUBLISHED_LOCALES.map((locale) => ({ hreflang: LANGUAGE_TAGS[locale], path: pathIn(locale, path, base) })), { hreflang: 'x-default', path: pathIn('en', path, base) }];
}
