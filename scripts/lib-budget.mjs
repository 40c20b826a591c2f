// Byte budgets: for one built page, every JS and CSS file it loads (script src, modulepreload,
// stylesheets, island component/renderer/before-hydration URLs, and recursively the imports
// inside those chunks), plus inline <script>/<style> text, each measured brotli-compressed
// (quality 11, as scripts/serve.mjs and static hosts serve it). Each file counts once per page.
import { EDITION_FOLDERS } from './lib-headers.mjs';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseTags, relHas, isJavaScript } from './lib-html.mjs';

export const KB = 1000;
export const BUDGETS = { staticJs: 0, islandJs: 30 * KB, chartJs: 70 * KB, css: 20 * KB };

/**
 * Pages allowed over their tier, each with its reason and a ceiling that still fails the check
 * if the page grows. Keep this list short and say why in a sentence a reviewer can dispute.
 */
export const BUDGET_EXCEPTIONS = {
  'articles/what-it-means-for-you/index.html': {
    js: 76 * KB,
    reason:
      "four live widgets on one page (the Articles issue asks for all four here), one with a chart: 5.4 KB over the 70 KB tier, of which 0.8 KB is the chart's download buttons (the Journalists issue asks for them on every chart; the export code itself loads on the first press)",
  },
  'classroom/lessons/light-in-glass/index.html': {
    js: 32 * KB,
    reason:
      "the fiber cross-section's download buttons (Journalists issue) bring Vite's preload helper for the export code, which loads on the first press: 1.6 KB over the 30 KB tier",
  },
  'search/index.html': {
    js: 2 * KB,
    reason: "the search page's own script (Astro inlines it): it loads Pagefind's index on the first search, so the page itself stays under 1 KB",
  },
};

const brCache = new Map();
export function brotliSize(key, content) {
  if (key && brCache.has(key)) return brCache.get(key);
  const size = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  if (key) brCache.set(key, size);
  return size;
}

// Chart.js keeps these string literals and class names through minification. The Chart
// constructor's error is in every bundle that can draw a chart; the date-adapter stub only comes
// with the time scales, which scripts/chartjs-treeshake.mjs lets the bundler drop when unused.
const CHART_SIGNATURES = [/Canvas is already in use\. Chart with ID/, /complete date adapter is provided/, /\bDatasetController\b/];
// chart.js/auto registers every controller; a tree-shaken import never needs all three of these.
const AUTO_SIGNATURES = [
  [/\bDoughnutController\b/, /id\s*=\s*[`'"]doughnut[`'"]/],
  [/\bPolarAreaController\b/, /id\s*=\s*[`'"]polarArea[`'"]/],
  [/\bRadarController\b/, /id\s*=\s*[`'"]radar[`'"]/],
];
export const containsChartJs = (source) => CHART_SIGNATURES.some((re) => re.test(source));
export const containsChartJsAuto = (source) => AUTO_SIGNATURES.every((alternatives) => alternatives.some((re) => re.test(source)));

let lexer = null;
/** es-module-lexer when installed (exact), otherwise a regex over Vite's minified import forms. */
export async function loadLexer() {
  try {
    const mod = await import('es-module-lexer');
    await mod.init;
    lexer = mod;
  } catch {
    lexer = null;
  }
  return lexer ? 'es-module-lexer' : 'regex';
}

/**
 * Module specifiers a JS file imports statically: what loads with the page. The budget follows
 * the definition ("the static imports inside those chunks"); a dynamic import() loads
 * only when the code asks for it (e.g. the embed dialog, on its button's first press).
 */
export function importSpecifiers(source) {
  if (lexer) {
    try {
      const [imports] = lexer.parse(source);
      // d === -1: a static import or re-export; ≥ 0: a dynamic import(); -2: import.meta.
      return imports.filter((i) => i.n !== undefined && i.d === -1).map((i) => i.n);
    } catch {
      /* fall through to the regex */
    }
  }
  const found = [];
  for (const m of source.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)) found.push(m[1]);
  return found;
}

/**
 * Maps a URL found in a page or chunk to a dist-relative file, or null when it leaves the site.
 * `fromUrl` is the absolute URL of the document or chunk doing the referencing.
 */
export function distFileForUrl(reference, fromUrl, base) {
  let url;
  try {
    url = new URL(reference, fromUrl);
  } catch {
    return null;
  }
  if (url.origin !== new URL(fromUrl).origin) return null;
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return { outsideBase: path };
  path = path.slice(base.length);
  return { file: path.endsWith('/') || path === '' ? `${path}index.html` : path };
}

/**
 * Measures one page. Returns the JS/CSS files with brotli sizes, inline scripts/styles, island
 * count, chart presence, and problems (missing files, bare specifiers).
 * @param {{ dist: string, file: string, html: string, base: string, origin: string, ownInlineHashes: Set<string>, sha256: (s: string) => string }} input
 */
export function measurePage({ dist, file, html, base, origin, ownInlineHashes, sha256 }) {
  const pageUrl = `${origin}${base}${file.replace(/index\.html$/, '')}`;
  const tags = parseTags(html);
  const js = new Map(); // dist file -> { br, chart }
  const css = new Map();
  const inlineScripts = [];
  const inlineStyles = [];
  const problems = [];
  let islands = 0;

  const addJs = (reference, fromUrl, via) => {
    const target = distFileForUrl(reference, fromUrl, base);
    if (!target) return; // another origin: the links check reports external references
    if (!target.file) return problems.push(`${via} → ${reference} is outside the base path`);
    if (js.has(target.file)) return;
    const path = join(dist, target.file);
    if (!existsSync(path)) return problems.push(`${via} → ${reference}: no such file in dist`);
    const source = readFileSync(path, 'utf8');
    js.set(target.file, { br: brotliSize(path, source), chart: containsChartJs(source) });
    const chunkUrl = `${origin}${base}${target.file}`;
    for (const specifier of importSpecifiers(source)) {
      if (!/^(\.{1,2}\/|\/)/.test(specifier)) {
        if (!/^[a-z][a-z0-9+.-]*:/i.test(specifier)) problems.push(`${target.file} imports bare specifier "${specifier}"`);
        continue;
      }
      addJs(specifier, chunkUrl, target.file);
    }
  };
  const addCss = (reference) => {
    const target = distFileForUrl(reference, pageUrl, base);
    if (!target?.file || css.has(target.file)) return;
    const path = join(dist, target.file);
    if (!existsSync(path)) return problems.push(`stylesheet ${reference}: no such file in dist`);
    css.set(target.file, { br: brotliSize(path, readFileSync(path)) });
  };

  for (const tag of tags) {
    const a = tag.attributes;
    if (tag.name === 'script' && isJavaScript(tag)) {
      if (a['src']) addJs(a['src'], pageUrl, '<script src>');
      else if (tag.text?.trim()) {
        const hash = sha256(tag.text);
        const kind = ownInlineHashes.has(hash) ? 'own' : /astro-island|astro:/.test(tag.text) ? 'astro' : 'other';
        inlineScripts.push({ kind, hash, br: brotliSize(null, tag.text) });
        if (a['type'] === 'module') for (const s of importSpecifiers(tag.text)) addJs(s, pageUrl, 'inline module script');
      }
    } else if (tag.name === 'link' && a['href'] && relHas(tag, 'modulepreload')) addJs(a['href'], pageUrl, '<link rel=modulepreload>');
    else if (tag.name === 'link' && a['href'] && relHas(tag, 'stylesheet')) addCss(a['href']);
    else if (tag.name === 'style' && tag.text?.trim()) inlineStyles.push({ hash: sha256(tag.text), br: brotliSize(null, tag.text) });
    else if (tag.name === 'astro-island') {
      islands += 1;
      for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) if (a[key]) addJs(a[key], pageUrl, `<astro-island ${key}>`);
    }
  }

  const sum = (items) => [...items].reduce((total, item) => total + item.br, 0);
  const bundledJs = sum(js.values());
  const inlineJs = sum(inlineScripts);
  const ownInlineJs = sum(inlineScripts.filter((s) => s.kind === 'own'));
  const hasChart = [...js.values()].some((f) => f.chart);
  // Our own `is:inline` scripts (the theme bootstrap) are exempt only from the no-island rule;
  // on island pages every byte of script counts.
  const budgetedJs = islands === 0 ? bundledJs + inlineJs - ownInlineJs : bundledJs + inlineJs;
  const cssBytes = sum(css.values()) + sum(inlineStyles);
  // An exception covers the page in every edition (ja/articles/… is the same page in Japanese).
  const exception = BUDGET_EXCEPTIONS[file] ?? BUDGET_EXCEPTIONS[file.replace(new RegExp(`^(?:${EDITION_FOLDERS.join('|')})/`), '')];
  const jsLimit = exception ? exception.js : islands === 0 ? BUDGETS.staticJs : hasChart ? BUDGETS.chartJs : BUDGETS.islandJs;
  const tier = exception ? `exception: ${fmtKb(exception.js)}` : islands === 0 ? 'no island: 0' : hasChart ? 'chart: 70 KB' : 'islands: 30 KB';
  const over = [];
  if (budgetedJs > jsLimit) over.push(`JS ${fmtKb(budgetedJs)} > ${fmtKb(jsLimit)} (${tier})`);
  if (cssBytes > BUDGETS.css) over.push(`CSS ${fmtKb(cssBytes)} > ${fmtKb(BUDGETS.css)}`);
  return { file, islands, js, css, inlineScripts, inlineStyles, bundledJs, inlineJs, ownInlineJs, budgetedJs, cssBytes, hasChart, tier, over, problems };
}

export const fmtKb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
