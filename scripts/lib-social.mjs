// Social cards in dist/ (check 7 of check-dist.mjs): every built page (the sitemap's, the embeds,
// the 404 page) names an Open Graph image that is a real 1,200 × 630 PNG under 300 KB in dist/,
// and every sitemap page has its own (none falls back to another page's card). A page of another
// edition than English (<html lang="ja">) names that edition's card, og/ja/…: the card shows the
// page's own language.
// The PNG's size is read from its IHDR header, so no image library is needed. Pages never load
// the cards: only <meta> content may point at them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './lib-files.mjs';

export const CARD = { width: 1200, height: 630, maxBytes: 300 * 1000 };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (always the first), or an error message. */
export function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return { error: 'is not a PNG (no PNG signature)' };
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return { error: 'is not a PNG (no IHDR chunk first)' };
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** URL paths of the pages the sitemap lists ("/articles/x/"). */
export function sitemapPaths(dist) {
  const paths = new Set();
  for (const name of readdirSync(dist).filter((n) => /^sitemap-\d+\.xml$/.test(n))) {
    for (const match of readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) paths.add(new URL(match[1]).pathname);
  }
  return [...paths].sort();
}

const metaContent = (tags, key) =>
  tags.filter((t) => t.name === 'meta' && (t.attributes['property'] === key || t.attributes['name'] === key)).map((t) => t.attributes['content'] ?? '');

/**
 * @param {{ dist: string, pages: Map<string, { url: string, tags: { name: string, attributes: Record<string, string> }[] }>, base: string, origin: string }} options
 *   pages: every built HTML page, keyed by its dist file, as check-dist.mjs parses them.
 * @returns {{ problems: string[], checked: number, sitemapPages: number, images: number, totalBytes: number, largest: number }}
 */
export function checkSocialCards({ dist, pages, base, origin }) {
  const problems = [];
  const byUrl = new Map([...pages.values()].map((page) => [page.url, page]));
  const sitemap = sitemapPaths(dist);
  if (sitemap.length === 0) problems.push('the sitemap lists no pages');
  const inSitemap = new Set(sitemap);
  for (const path of sitemap) if (!byUrl.has(path)) problems.push(`${path}: is in the sitemap but not built`);
  const imageOwners = new Map();
  const images = new Map();
  for (const [path, page] of byUrl) {
    const say = (text) => problems.push(`${path}: ${text}`);
    const [image, ...more] = metaContent(page.tags, 'og:image');
    if (image === undefined || image === '') {
      say('has no og:image');
      continue;
    }
    if (more.length > 0) say(`has ${more.length + 1} og:image tags (${[image, ...more].join(', ')}): a crawler takes the first, so keep one`);
    const alt = metaContent(page.tags, 'og:image:alt');
    if (alt.length !== 1 || !alt[0]?.trim()) say('needs one non-empty og:image:alt');
    if (metaContent(page.tags, 'twitter:card').join() !== 'summary_large_image') say('needs twitter:card = summary_large_image');
    if (metaContent(page.tags, 'og:image:width').join() !== String(CARD.width) || metaContent(page.tags, 'og:image:height').join() !== String(CARD.height)) {
      say(`og:image:width/height must say ${CARD.width} × ${CARD.height}`);
    }
    const url = new URL(image);
    if (url.origin !== origin || !url.pathname.startsWith(base)) {
      say(`og:image ${image} is not on this site (${origin}${base})`);
      continue;
    }
    const file = decodeURIComponent(url.pathname.slice(base.length));
    const lang = page.tags.find((t) => t.name === 'html')?.attributes['lang'] ?? '';
    const edition = /^([a-z]{2,3})\b/i.exec(lang)?.[1]?.toLowerCase();
    if (edition !== undefined && edition !== 'en' && !file.startsWith(`og/${edition}/`))
      say(`is in lang="${lang}" but its og:image ${file} is not its edition's card (og/${edition}/…)`);
    // Embeds share their widget page's card; two sitemap pages sharing one means a page fell back to another's.
    if (inSitemap.has(path)) {
      const owner = imageOwners.get(file);
      if (owner) say(`shares its og:image ${file} with ${owner}: give the page its own card (src/components/social/cards.ts)`);
      else imageOwners.set(file, path);
    }
    if (images.has(file)) continue;
    const full = join(dist, file);
    if (!existsSync(full)) {
      say(`og:image ${file} is not in ${dist}/`);
      images.set(file, 0);
      continue;
    }
    const bytes = readFileSync(full);
    images.set(file, bytes.length);
    const size = pngSize(bytes);
    if (size.error) say(`og:image ${file} ${size.error}`);
    else if (size.width !== CARD.width || size.height !== CARD.height) say(`og:image ${file} is ${size.width} × ${size.height}, not ${CARD.width} × ${CARD.height}`);
    if (bytes.length >= CARD.maxBytes) say(`og:image ${file} is ${bytes.length} bytes, over ${CARD.maxBytes}`);
  }
  // Pages must not load the cards (they are for crawlers, not readers).
  const cardFiles = new Set(images.keys());
  for (const page of pages.values()) {
    for (const tag of page.tags) {
      if (tag.name === 'meta') continue;
      for (const name of ['href', 'src', 'srcset']) {
        const value = tag.attributes[name];
        if (!value) continue;
        const path = new URL(value.split(/\s/)[0] ?? '', `${origin}${page.url}`).pathname;
        if (path.startsWith(base) && cardFiles.has(decodeURIComponent(path.slice(base.length)))) problems.push(`${page.url}: <${tag.name} ${name}> loads the social card ${path}`);
      }
    }
  }
  const sizes = [...images.values()];
  const unused = existsSync(join(dist, 'og')) ? listFiles(join(dist, 'og')).filter((f) => f.endsWith('.png') && !cardFiles.has(`og/${f}`)) : [];
  for (const f of unused) problems.push(`og/${f} is built but no page names it`);
  return { problems, checked: byUrl.size, sitemapPages: sitemap.length, images: images.size, totalBytes: sizes.reduce((a, b) => a + b, 0), largest: Math.max(0, ...sizes) };
}
