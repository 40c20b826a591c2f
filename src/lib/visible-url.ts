/**
 * Addresses a reader sees (citation examples): absolute on the configured public origin, or the
 * site path alone when no origin is configured, so a build without SITE_URL never shows a
 * development host such as localhost. Machine-read URLs (canonical, Open Graph, sitemap) are
 * not made here: they need an absolute URL and use Astro.site.
 */
export function visibleUrl(path: string, configuredSite: string | undefined): string {
  if (configuredSite === undefined || configuredSite.trim() === '') return path;
  return new URL(path, configuredSite).href;
}
