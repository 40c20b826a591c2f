// Internal link check over dist/, without a server or network: every href/src/srcset (and
// canonical/og URLs on the site's own origin) must name a built file, directory URLs must end
// in "/" (trailingSlash: 'always'; without it the host answers with a redirect), and every
// #fragment must match an id (or <a name>) on the target page. External URLs are only counted.
// Hand-written rather than linkinator (tried, v8.1, and removed): linkinator checks each URL
// over HTTP from its own server on a random port, so the site's absolute canonical/og URLs
// (SITE_URL) and BASE_PATH builds need rewrite rules, it reports a broken URL once rather than
// from every page, and over dist/**/*.html it took ≈5 s here against well under a second for
// this pass over pages that check-dist has already parsed. This also bans javascript: URLs,
// is exact about trailing slashes and only warns for PLANNED_PAGES. Tags come from htmlparser2.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const URL_ATTRIBUTES = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  use: ['href'],
  image: ['href'],
  form: ['action'],
};
// <meta> whose content is a URL of this site (Open Graph, Twitter cards).
const URL_METAS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:video', 'twitter:image', 'twitter:url']);
const SKIP_SCHEMES = /^(mailto|tel|sms|data|blob|about):/i;

function referencesOf(tags) {
  const refs = [];
  for (const tag of tags) {
    const a = tag.attributes;
    for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
      const value = a[attribute];
      if (value === undefined) continue;
      if (tag.name === 'link' && /\b(preconnect|dns-prefetch)\b/i.test(a['rel'] ?? '')) continue;
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ url, where: `<${tag.name} srcset>` });
        }
      } else refs.push({ url: value.trim(), where: `<${tag.name} ${attribute}>` });
    }
    if (tag.name === 'meta' && URL_METAS.has((a['property'] ?? a['name'] ?? '').toLowerCase()) && a['content']) {
      refs.push({ url: a['content'].trim(), where: `<meta ${a['property'] ?? a['name']}>` });
    }
    const refresh = refreshTarget(tag);
    if (refresh) refs.push({ url: refresh, where: '<meta http-equiv=refresh>' });
  }
  return refs;
}

/** The URL a `<meta http-equiv="refresh" content="0; url=…">` sends the reader to, if any. */
function refreshTarget(tag) {
  if (tag.name !== 'meta' || (tag.attributes['http-equiv'] ?? '').toLowerCase() !== 'refresh') return undefined;
  return /;\s*url\s*=\s*['"]?([^'"]+)/i.exec(tag.attributes['content'] ?? '')?.[1]?.trim();
}

/** ids (and legacy <a name>) a page defines, for fragment checks. */
export function anchorsOf(tags) {
  const ids = new Set();
  for (const tag of tags) {
    if (tag.attributes['id']) ids.add(tag.attributes['id']);
    if (tag.name === 'a' && tag.attributes['name']) ids.add(tag.attributes['name']);
  }
  return ids;
}

/**
 * @param {{ dist: string, pages: Map<string, { url: string, tags: ReturnType<typeof parseTags> }>, base: string, origin: string, pending: string[] }} input
 *   pages: dist-relative HTML file → its URL path and tags
 *   pending: site paths (e.g. "/sources/") that are planned but not built yet; links to them warn.
 */
export function checkLinks({ dist, pages, base, origin, pending }) {
  const problems = [];
  const warnings = [];
  let internal = 0;
  const external = new Set();
  const anchors = new Map([...pages].map(([file, page]) => [file, anchorsOf(page.tags)]));
  // A redirect page (meta refresh) lands on its target with the #fragment kept, so a fragment
  // on it is checked against the target's ids (src/pages/classroom/glossary.astro).
  const fileOfPath = new Map([...pages].map(([file, page]) => [page.url, file]));
  for (const [file, page] of pages) {
    const refresh = page.tags.map(refreshTarget).find((url) => url !== undefined);
    const targetIds = refresh && anchors.get(fileOfPath.get(new URL(refresh, `${origin}${page.url}`).pathname) ?? '');
    if (targetIds) anchors.set(file, new Set([...(anchors.get(file) ?? []), ...targetIds]));
  }

  for (const page of pages.values()) {
    const pageUrl = `${origin}${page.url}`;
    for (const { url, where } of referencesOf(page.tags)) {
      if (url === '' || SKIP_SCHEMES.test(url)) continue;
      if (/^javascript:/i.test(url)) {
        problems.push(`${page.url}: ${where} uses a javascript: URL`);
        continue;
      }
      let target;
      try {
        target = new URL(url, pageUrl);
      } catch {
        problems.push(`${page.url}: ${where} "${url}" is not a valid URL`);
        continue;
      }
      if (target.origin !== origin) {
        if (/^https?:$/.test(target.protocol)) external.add(target.href);
        continue;
      }
      internal += 1;
      let path;
      try {
        path = decodeURIComponent(target.pathname);
      } catch {
        problems.push(`${page.url}: ${where} "${url}" has broken percent-encoding`);
        continue;
      }
      const label = `${page.url}: ${where} "${url}"`;
      if (!path.startsWith(base)) {
        problems.push(`${label} is outside the base path ${base}`);
        continue;
      }
      const relative = path.slice(base.length);
      const asFile = join(dist, relative);
      let targetFile = null;
      if (path.endsWith('/')) {
        if (existsSync(join(asFile, 'index.html'))) targetFile = `${relative}index.html`;
      } else if (existsSync(asFile) && statSync(asFile).isFile()) targetFile = relative;
      else if (existsSync(join(asFile, 'index.html'))) {
        problems.push(`${label} lacks the trailing slash (the host would redirect to ${path}/)`);
        continue;
      }
      if (!targetFile) {
        const planned = pending.find((p) => path === `${base}${p.replace(/^\//, '')}`);
        if (planned) warnings.push({ planned, from: page.url });
        else problems.push(`${label} → no such file in dist`);
        continue;
      }
      const fragment = target.hash.slice(1);
      if (!fragment || !targetFile.endsWith('.html')) continue;
      let id;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        problems.push(`${label}: fragment has broken percent-encoding`);
        continue;
      }
      if (id === 'top') continue; // HTML scrolls to the top for #top without an element
      const ids = anchors.get(targetFile);
      if (!ids?.has(id)) problems.push(`${label}: no element with id="${id}" on ${targetFile}`);
    }
  }
  return { problems, warnings, internal, external: external.size };
}
