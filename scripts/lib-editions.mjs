// The editions in dist/ (check 8 of check-dist.mjs): English at the base, each other edition in
// its folder (EDITION_FOLDERS, /ja/). Derived from the sitemap and the built embeds, so a page
// added in one language only is caught:
// - every sitemap page and every embed has its twin in every other edition, and vice versa;
//   sitemap twins are both in the sitemap;
// - each page of a pair links every edition of itself, its own included, with
//   <link rel="alternate" hreflang> (plus x-default, the English), at the twins' absolute URLs;
// - twins give their headings the same ids (scripts/twin-heading-ids.mjs), so a #fragment
//   means the same section in either language.
import { sitemapPaths } from './lib-social.mjs';
import { EDITION_FOLDERS } from './lib-headers.mjs';

const LANGUAGE_OF = { '': 'en', ...Object.fromEntries(EDITION_FOLDERS.map((folder) => [`${folder}/`, folder])) };

/**
 * @param {{ dist: string, pages: Map<string, { url: string, tags: { name: string, attributes: Record<string, string> }[] }>, base: string, origin: string }} options
 * @returns {{ problems: string[], pairs: number }}
 */
export function checkEditions({ dist, pages, base, origin }) {
  const problems = [];
  const byUrl = new Map([...pages.values()].map((page) => [page.url, page]));
  const prefixes = Object.keys(LANGUAGE_OF);
  /** "/ja/articles/x/" → ["ja/", "articles/x/"] */
  const split = (url) => {
    const path = url.slice(base.length);
    const prefix = prefixes.filter(Boolean).find((p) => path.startsWith(p)) ?? '';
    return [prefix, path.slice(prefix.length)];
  };
  const sitemap = new Set(sitemapPaths(dist));
  const embeds = [...byUrl.keys()].filter((url) => split(url)[1].startsWith('embed/'));
  const sitePaths = new Set([...sitemap, ...embeds].map((url) => split(url)[1]));
  let pairs = 0;
  for (const sitePath of [...sitePaths].sort()) {
    const editions = prefixes.map((prefix) => ({ prefix, lang: LANGUAGE_OF[prefix], url: `${base}${prefix}${sitePath}` }));
    const inSitemap = editions.filter((e) => sitemap.has(e.url));
    for (const edition of editions) {
      if (!byUrl.has(edition.url)) problems.push(`${edition.url}: missing, but ${sitePath} exists in another edition`);
      else if (inSitemap.length > 0 && !sitemap.has(edition.url)) problems.push(`${edition.url}: built but not in the sitemap, though its twin is`);
    }
    const built = editions.filter((e) => byUrl.has(e.url));
    if (built.length < editions.length) continue;
    pairs++;
    const expected = [...editions.map((e) => `${e.lang} ${origin}${e.url}`), `x-default ${origin}${base}${sitePath}`].sort();
    const headingIds = (url) =>
      byUrl
        .get(url)
        .tags.filter((t) => /^h[1-6]$/.test(t.name) && t.attributes['id'])
        .map((t) => t.attributes['id']);
    const englishIds = headingIds(editions[0].url).join(' ');
    for (const edition of editions) {
      const tags = byUrl.get(edition.url).tags;
      const links = tags
        .filter((t) => t.name === 'link' && t.attributes['rel'] === 'alternate' && t.attributes['hreflang'])
        .map((t) => `${t.attributes['hreflang']} ${t.attributes['href']}`)
        .sort();
      if (links.join('\n') !== expected.join('\n')) problems.push(`${edition.url}: hreflang links [${links.join(', ')}], expected [${expected.join(', ')}]`);
      if (edition.prefix !== '' && headingIds(edition.url).join(' ') !== englishIds) problems.push(`${edition.url}: heading ids differ from ${editions[0].url}'s`);
    }
  }
  return { problems, pairs };
}
