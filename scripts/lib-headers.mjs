// dist/_headers (Netlify / Cloudflare Pages format): the one reader of it (scripts/serve.mjs and
// scripts/check-dist.mjs both use it), working out which headers a path gets, and generating it
// from the built site (scripts/headers-integration.mjs, at the end of every `astro build`) so it
// never drifts from the <meta> CSP.
//
// Why the file is shaped the way it is: when several rules match a path, Netlify and Cloudflare
// send *all* of them, joining repeated headers with ", " — and a comma-joined CSP is several
// policies that must all allow a load. So a `frame-ancestors 'self'` on `/*` would also forbid
// framing /embed/*. Instead `/*` carries the site-wide policy without frame-ancestors (plus
// X-Frame-Options: SAMEORIGIN as a fallback for any other path, ignored by browsers wherever a
// CSP frame-ancestors is present), page sections get `frame-ancestors 'self'` and /embed/* gets
// `frame-ancestors *`. scripts/serve.mjs instead lets a later rule replace an earlier one, so
// every rule repeats the full policy and the result is right under both readings;
// scripts/check-dist.mjs evaluates both.
import { parsePolicy, hashesIn, CSP_DIRECTIVES } from './lib-csp.mjs';

// The format is a few lines of "pattern" then indented "Name: value"; no npm package reads it
// (hosts parse it server-side), so this one function does, for every script here.
/** @returns {{ pattern: string, regex: RegExp, headers: [string, string][] }[]} */
export function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      current = { pattern, regex, headers: [] };
      rules.push(current);
    } else if (current) {
      const at = line.indexOf(':');
      current.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Headers a request path receives. 'override': a later matching rule replaces a header (as
 * scripts/serve.mjs does); 'merge': values of all matching rules are joined with ", " (Netlify,
 * Cloudflare Pages). Names are lower-cased.
 */
export function headersFor(rules, path, mode) {
  const out = new Map();
  for (const rule of rules) {
    if (!rule.regex.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, mode === 'merge' && out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}

/** A Content-Security-Policy header value → list of parsed policies (comma = several). */
export const policiesOf = (value) => (value ? value.split(',').map((p) => parsePolicy(p)) : []);

const HTML_CACHE = 'public, max-age=0, must-revalidate';
const ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * 'wasm-unsafe-eval' lets a page compile WebAssembly (Pagefind's search, on /search/ only), never
 * eval JavaScript. The <meta> of the search page allows it; the header must too, since a browser
 * enforces both policies, and every other page's <meta> still forbids it.
 */
export const WASM = "'wasm-unsafe-eval'";

/**
 * The header policy for the whole site from the pages' <meta> policies: the shared directives,
 * 'wasm-unsafe-eval' if any page's <meta> allows it,
 * every script hash any page's <meta> allows (Astro's island loader, our `is:inline` scripts),
 * and inline styles, whose hashes differ per page, left to each page's <meta> (a browser
 * enforces both policies).
 * @param {Iterable<Map<string, string[]>>} metaPolicies parsed <meta> policies of every page
 */
export function headerPolicyFrom(metaPolicies) {
  const scriptHashes = new Set();
  let wasm = false;
  for (const policy of metaPolicies) {
    for (const hash of hashesIn(policy.get('script-src'))) scriptHashes.add(hash);
    wasm ||= (policy.get('script-src') ?? []).includes(WASM);
  }
  return [
    ...CSP_DIRECTIVES,
    `script-src 'self' ${wasm ? `${WASM} ` : ''}${[...scriptHashes]
      .sort()
      .map((h) => `'${h}'`)
      .join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "style-src-attr 'unsafe-inline'",
  ].join('; ');
}

/**
 * The folders of the editions other than the default one (src/i18n/routing.ts: Japanese under
 * /ja/). Inside one, the sections are one level down, so its /ja/embed/ can get its own rule.
 */
export const EDITION_FOLDERS = ['ja'];

/** Where each edition's pages start: the base, then base + "ja/" and so on. */
export const editionPrefixes = (base) => [base, ...EDITION_FOLDERS.map((folder) => `${base}${folder}/`)];

/**
 * Page sections that get `frame-ancestors 'self'`: each edition's home page, and each top-level
 * page file and folder of built pages within an edition, except embed/ (its own rule).
 * @param {string[]} htmlFiles dist-relative HTML files
 */
export function pageSections(htmlFiles, base) {
  const sections = new Set([base]);
  for (const file of htmlFiles) {
    const [first = '', ...rest] = file.split('/');
    const inEdition = EDITION_FOLDERS.includes(first) && rest.length > 0;
    const prefix = inEdition ? `${base}${first}/` : base;
    const [top = '', ...below] = inEdition ? rest : [first, ...rest];
    if (top === 'embed') continue;
    if (top === 'index.html') sections.add(prefix);
    else sections.add(below.length > 0 ? `${prefix}${top}/*` : `${prefix}${top}`);
  }
  return [...sections].sort();
}

/**
 * The _headers file for a policy (without frame-ancestors) and the page sections of the site.
 * Every pattern starts with the base path, so a BASE_PATH build gets a file that matches its
 * URLs (scripts/serve.mjs applies it; for base "/" this is the Netlify/Cloudflare file).
 * @param {{ policy: string, sections: string[], base?: string }} input sections: e.g. ['/', '/404.html', '/articles/*']
 */
export function renderHeadersFile({ policy, sections, base = '/' }) {
  const lines = [
    '# Written by scripts/headers-integration.mjs at the end of `astro build`, from the built pages',
    '# (scripts/lib-headers.mjs explains the shape). Never edited by hand; test:dist re-derives it.',
    '# Format: Netlify / Cloudflare Pages; scripts/serve.mjs applies it locally.',
    '',
    "# Everything: the site-wide policy (same as each page's <meta>), framing by this origin only.",
    `${base}*`,
    `  Content-Security-Policy: ${policy}`,
    '  X-Frame-Options: SAMEORIGIN',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
    '# Pages: only this site may frame them; HTML revalidates on every visit.',
  ];
  for (const section of sections) {
    lines.push(section, `  Content-Security-Policy: ${policy}; frame-ancestors 'self'`, `  Cache-Control: ${HTML_CACHE}`);
  }
  lines.push('', "# Embeds, in each edition: any site may frame them (journalists' articles).");
  for (const prefix of editionPrefixes(base)) lines.push(`${prefix}embed/*`, `  Content-Security-Policy: ${policy}; frame-ancestors *`, `  Cache-Control: ${HTML_CACHE}`);
  lines.push(
    '',
    '# Fingerprinted build assets never change under the same name. Any origin may load them:',
    '# an embed in a sandboxed iframe has an opaque origin, so its module scripts are CORS requests.',
    `${base}_astro/*`,
    `  Cache-Control: ${ASSET_CACHE}`,
    '  Access-Control-Allow-Origin: *',
    '',
    '# The embed loader keeps a fixed name (journalists paste it), so it is cached briefly.',
    `${base}embed.js`,
    '  Cache-Control: public, max-age=3600',
    '',
    "# oEmbed documents, in each edition, are read by other sites' servers and browsers.",
    ...editionPrefixes(base).flatMap((prefix) => [`${prefix}oembed/*`, '  Access-Control-Allow-Origin: *']),
    '',
  );
  return lines.join('\n');
}

export const CACHE = { html: HTML_CACHE, asset: ASSET_CACHE };
