// Astro integration: after the build, writes dist/classroom/sw.js from scripts/classroom-sw.js
// with the list of files the classroom needs offline — every page under /classroom/, the
// public glossary, and every /_astro/ script, style and chunk those pages load (followed
// through their imports) — and a cache version that is a hash of all of their contents. Each
// other edition with a classroom (dist/ja/classroom/) gets its own worker the same way.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './lib-files.mjs';
import { parseTags } from './lib-html.mjs';
import { EDITION_FOLDERS } from './lib-headers.mjs';

const TEMPLATE = fileURLToPath(new URL('./classroom-sw.js', import.meta.url));
/** Pages outside /classroom/ that the classroom links to and should keep offline. */
const EXTRA_PAGES = ['glossary/index.html'];
/**
 * Classroom addresses answered with another page's copy: /classroom/glossary/ is a redirect page
 * to the one glossary (/glossary/), whose address lies outside the worker's scope; answering the
 * classroom address with it keeps the glossary (and its #anchors) working offline.
 */
const ALIASES = { 'classroom/glossary/': 'glossary/' };

const URL_ATTRIBUTES = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url'];

/** URLs an HTML page references (any element's href/src and Astro's island URLs). */
function htmlReferences(html) {
  return parseTags(html).flatMap((tag) => URL_ATTRIBUTES.map((name) => tag.attributes[name]).filter((url) => url !== undefined && url !== ''));
}

/** Relative imports and url()s inside a JS or CSS asset. */
function assetReferences(text) {
  const refs = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g)) refs.push(match[1]);
  for (const match of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (!match[1].startsWith('data:')) refs.push(match[1]);
  return refs;
}

/** @param edition '' for the default edition, or an edition's folder with a slash ('ja/'). */
export function buildPrecache(distDir, base, edition = '') {
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const pageUrl = (file) => basePath + file.replace(/index\.html$/, '');
  const pages = listFiles(distDir).filter((f) => f.startsWith(`${edition}classroom/`) && f.endsWith('.html'));
  for (const extra of EXTRA_PAGES.map((page) => edition + page)) if (existsSync(join(distDir, extra))) pages.push(extra);

  const files = new Map(); // url → file on disk
  for (const page of pages) files.set(pageUrl(page), join(distDir, page));
  const queue = [];
  const resolveRef = (ref, fromUrl) => {
    if (/^[a-z]+:/i.test(ref) || ref.startsWith('//') || ref.startsWith('#')) return; // other origins, data:, anchors
    const path = ref.split(/[?#]/)[0];
    const url = path.startsWith('/') ? path : posix.join(posix.dirname(fromUrl), path);
    if (!url.startsWith(basePath)) return;
    const onDisk = join(distDir, ...url.slice(basePath.length).split('/'));
    if (url.endsWith('.xml')) return; // sitemaps: not needed offline
    if (url.endsWith('/') || !existsSync(onDisk) || statSync(onDisk).isDirectory()) return; // other pages: not precached
    if (!files.has(url)) {
      files.set(url, onDisk);
      if (/\.(m?js|css)$/.test(url)) queue.push(url);
    }
  };
  for (const page of pages) for (const ref of htmlReferences(readFileSync(join(distDir, page), 'utf8'))) resolveRef(ref, pageUrl(page) + 'index.html');
  while (queue.length > 0) {
    const url = queue.shift();
    for (const ref of assetReferences(readFileSync(files.get(url), 'utf8'))) resolveRef(ref, url);
  }

  const urls = [...files.keys()].sort();
  const hash = createHash('sha256');
  for (const url of urls)
    hash
      .update(url)
      .update('\0')
      .update(readFileSync(files.get(url)))
      .update('\0');
  hash.update(readFileSync(TEMPLATE));
  const aliases = Object.fromEntries(Object.entries(ALIASES).map(([from, to]) => [basePath + edition + from, basePath + edition + to]));
  return { urls, version: hash.digest('hex').slice(0, 16), assetPrefix: `${basePath}_astro/`, aliases };
}

export default function classroomServiceWorker() {
  let base = '/';
  return {
    name: 'petabit-classroom-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        for (const edition of ['', ...EDITION_FOLDERS.map((folder) => `${folder}/`)]) {
          if (!existsSync(join(distDir, edition, 'classroom'))) continue;
          const { urls, version, assetPrefix, aliases } = buildPrecache(distDir, base, edition);
          const source = readFileSync(TEMPLATE, 'utf8')
            .replace("'__CACHE_VERSION__'", JSON.stringify(version))
            .replace('__PRECACHE_URLS__', JSON.stringify(urls))
            .replace("'__ASSET_PREFIX__'", JSON.stringify(assetPrefix))
            .replace("'__CACHE_PREFIX__'", JSON.stringify(`petabit-classroom-${edition.replace('/', '') || 'en'}-`))
            .replace('__ALIASES__', JSON.stringify(aliases));
          writeFileSync(join(distDir, edition, 'classroom', 'sw.js'), source);
          logger.info(`${edition}classroom/sw.js: ${urls.length} files precached, cache version ${version}`);
        }
      },
    },
  };
}
