// `npm run test:dist`: checks the built site in dist/ (run after `astro build`). Pages are
// discovered from dist, never listed by hand. In order:
//   1. byte budgets per page (brotli JS/CSS, no chart.js/auto anywhere)
//   2. HTML validity (html-validate, .htmlvalidate.json)
//   3. internal links and #fragments
//   4. Content Security Policy: the <meta> on every page, and dist/_headers (written by
//      scripts/headers-integration.mjs during the build) re-derived from the pages and read
//      under both the Netlify/Cloudflare and scripts/serve.mjs readings
//   5. visible text: no development host (localhost, 127.0.0.1) in what a reader sees
//   6. base path: the README's GitHub Pages recipe, built and served under /petabit-explained/
//      (scripts/check-base-path.mjs; its build starts first and runs beside checks 1–5 and 7)
//   7. social cards: every page's og:image is a 1,200 × 630 PNG under 300 KB in dist, each
//      sitemap page has its own, and no page loads one (scripts/lib-social.mjs)
//   8. editions: every sitemap page and embed has its twin in every edition (/ja/), each pair
//      linked both ways with hreflang and with the same heading ids (scripts/lib-editions.mjs)
// Exits 1 with a list of every problem found.
// Usage: node scripts/check-dist.mjs [--dist dist] [--no-base-path]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { listFiles, urlPathOf } from './lib-files.mjs';
import { parseTags, isJavaScript, visibleText } from './lib-html.mjs';
import { measurePage, loadLexer, containsChartJsAuto, fmtKb, BUDGETS, BUDGET_EXCEPTIONS } from './lib-budget.mjs';
import { checkLinks } from './lib-links.mjs';
import { CSP_DIRECTIVES, metaPolicies, hashesIn, sha256 } from './lib-csp.mjs';
import { inlineScriptHashes } from './inline-script-hashes.mjs';
import { parseHeadersFile, headersFor, policiesOf, renderHeadersFile, headerPolicyFrom, pageSections, editionPrefixes, CACHE, WASM } from './lib-headers.mjs';
import { checkBasePath } from './check-base-path.mjs';
import { checkSocialCards, CARD } from './lib-social.mjs';
import { checkEditions } from './lib-editions.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = option('dist', 'dist');
// Same sources of truth as astro.config.mjs.
const origin = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// Routes the blueprint (shared design.md) promises but other work builds later: links to them
// only warn until they exist; once built they are checked like any page.
const PLANNED_PAGES = ['/articles/', '/widgets/', '/classroom/', '/sources/', '/data/'];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/. Run "npx astro build" (or npm run build) first.`);
  process.exit(1);
}

// Skipped when this run already checks a BASE_PATH build (then that build is the smoke test).
const basePathRun = args.includes('--no-base-path') || process.env.BASE_PATH ? null : checkBasePath();

const problems = { budgets: [], html: [], links: [], csp: [], text: [], 'social cards': [], editions: [], 'base path': [] };
const files = listFiles(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const pages = new Map(
  htmlFiles.map((file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    return [file, { url: `${base}${urlPathOf(file).slice(1)}`, html, tags: parseTags(html) }];
  }),
);
const ownInline = new Set(inlineScriptHashes('src'));

// ── 1. Byte budgets ──────────────────────────────────────────────────────────────────────────
const lexer = await loadLexer();
const rows = [];
for (const [file, page] of pages) {
  const m = measurePage({ dist, file, html: page.html, base, origin, ownInlineHashes: ownInline, sha256 });
  rows.push({ page: page.url, m });
  for (const p of m.problems) problems.budgets.push(`${page.url}: ${p}`);
  for (const o of m.over) problems.budgets.push(`${page.url}: ${o}`);
}
for (const file of files.filter((f) => /\.m?js$/.test(f))) {
  if (containsChartJsAuto(readFileSync(join(dist, file), 'utf8'))) {
    problems.budgets.push(`${file} registers every Chart.js controller (chart.js/auto): import and register only the parts a chart uses`);
  }
}
const table = [['page', 'JS (br)', 'inline JS (br)', 'of which own', 'CSS (br)', 'islands', 'chart', 'budget', 'status']];
for (const { page, m } of rows) {
  table.push([
    page,
    fmtKb(m.bundledJs),
    fmtKb(m.inlineJs),
    fmtKb(m.ownInlineJs),
    fmtKb(m.cssBytes),
    String(m.islands),
    m.hasChart ? 'yes' : 'no',
    m.tier,
    m.over.length || m.problems.length ? 'FAIL' : 'ok',
  ]);
}
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
console.log(`\n1. Byte budgets (brotli q11, 1 KB = 1000 B; imports followed with ${lexer})`);
for (const r of table) console.log(`   ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')}`);
console.log(`   JS = bundled files the page loads (scripts, modulepreloads, island component/renderer URLs and their imports).
   inline JS = <script> text in the page: Astro's island loader plus our own is:inline scripts ("own", the theme bootstrap).
   Budgets: no island → 0 B of JS apart from our own inline scripts; islands → JS + inline JS ≤ ${fmtKb(BUDGETS.islandJs)};
   a Chart.js chunk → ≤ ${fmtKb(BUDGETS.chartJs)}; CSS (stylesheets + inline <style>) ≤ ${fmtKb(BUDGETS.css)}.`);

for (const [file, { js, reason }] of Object.entries(BUDGET_EXCEPTIONS)) console.log(`   exception: /${file.replace(/index\.html$/, '')} may load ${fmtKb(js)}: ${reason}.`);

// ── 2. HTML validity ─────────────────────────────────────────────────────────────────────────
// The project's .htmlvalidate.json, also for a --dist outside the repository (where the loader's
// upward search would not find it).
const validator = new HtmlValidate(new FileSystemConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'))));
// Astro's runtime writes `<style>astro-island,…{display:contents}</style>` before the first island,
// inside <body>: framework output we cannot move. It is blanked (same length, so positions hold).
const ASTRO_ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;
for (const file of htmlFiles) {
  const source = readFileSync(join(dist, file), 'utf8').replace(ASTRO_ISLAND_STYLE, (m) => ' '.repeat(m.length));
  const report = await validator.validateString(source, join(dist, file));
  for (const result of report.results) {
    for (const message of result.messages) problems.html.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
  }
}
console.log(`\n2. HTML validity: ${htmlFiles.length} pages checked with html-validate (.htmlvalidate.json)`);

// ── 3. Links ─────────────────────────────────────────────────────────────────────────────────
const links = checkLinks({ dist, pages, base, origin, pending: PLANNED_PAGES });
problems.links.push(...links.problems);
console.log(`\n3. Links: ${links.internal} internal references checked (files, trailing slashes, #fragments); ${links.external} external URL(s) not fetched`);
const plannedLinks = Map.groupBy(links.warnings, (w) => w.planned);
for (const [planned, from] of plannedLinks) {
  console.log(`   warning: ${planned} is planned but not built yet; linked ${from.length}× from ${[...new Set(from.map((f) => f.from))].join(', ')}`);
}

// ── 4. Content Security Policy ───────────────────────────────────────────────────────────────
const EMBED = `${base}embed/`;
/** An embed page of any edition (/embed/…, /ja/embed/…). */
const isEmbed = (path) => editionPrefixes(base).some((prefix) => path.startsWith(`${prefix}embed/`));
const pagePolicies = [];
for (const [, page] of pages) {
  const metas = metaPolicies(page.tags);
  if (metas.length !== 1 || !metas[0]) {
    problems.csp.push(`${page.url}: expected one <meta http-equiv="content-security-policy">, found ${metas.length}`);
    continue;
  }
  const policy = metas[0];
  pagePolicies.push(policy);
  const scriptSrc = policy.get('script-src') ?? [];
  for (const directive of CSP_DIRECTIVES) {
    const [name, ...values] = directive.split(' ');
    if ((policy.get(name ?? '') ?? []).join(' ') !== values.join(' ')) problems.csp.push(`${page.url}: <meta> CSP lacks "${directive}"`);
  }
  if (scriptSrc.some((v) => v !== WASM && /unsafe-inline|unsafe-eval/.test(v))) problems.csp.push(`${page.url}: script-src allows ${scriptSrc.join(' ')}`);
  if (scriptSrc.includes(WASM) && !/\/search\/$/.test(page.url)) problems.csp.push(`${page.url}: only the search page may compile WebAssembly (${WASM})`);
  const styleHashes = new Set([...hashesIn(policy.get('style-src')), ...hashesIn(policy.get('style-src-elem'))]);
  for (const tag of page.tags) {
    if (tag.name === 'script' && !tag.attributes['src'] && isJavaScript(tag) && tag.text?.trim() && !scriptSrc.includes(`'${sha256(tag.text)}'`)) {
      problems.csp.push(`${page.url}: inline <script> "${tag.text.trim().slice(0, 50)}…" (${sha256(tag.text)}) is not in the page's script-src`);
    }
    if (tag.name === 'style' && !styleHashes.has(sha256(tag.text ?? ''))) problems.csp.push(`${page.url}: inline <style> ${sha256(tag.text ?? '')} is not in the page's style-src`);
  }
}
// Re-derived here from the pages as parsed above (the integration wrote it the same way during the
// build); a mismatch means dist/ changed after the build or the build skipped the integration.
const headerPolicy = headerPolicyFrom(pagePolicies);
const expectedHeaders = renderHeadersFile({ policy: headerPolicy, sections: pageSections(htmlFiles, base), base });
const current = existsSync(join(dist, '_headers')) ? readFileSync(join(dist, '_headers'), 'utf8') : '';
if (current !== expectedHeaders) problems.csp.push('dist/_headers does not match the built pages: rebuild (astro build writes it; see scripts/headers-integration.mjs)');
const rules = parseHeadersFile(current);
const probes = [...pages.values()].map((p) => ({ path: p.url, page: p }));
if (!probes.some((p) => isEmbed(p.path))) probes.push({ path: `${EMBED}no-embed-yet/`, page: null });
for (const mode of ['merge', 'override']) {
  const reading = mode === 'merge' ? 'as Netlify/Cloudflare read it' : 'as scripts/serve.mjs reads it';
  for (const { path, page } of probes) {
    const headers = headersFor(rules, path, mode);
    const policies = policiesOf(headers.get('content-security-policy'));
    const say = (text) => problems.csp.push(`_headers ${reading}: ${path} ${text}`);
    if (policies.length === 0) {
      say('gets no Content-Security-Policy');
      continue;
    }
    const inline = page ? page.tags.filter((t) => t.name === 'script' && !t.attributes['src'] && isJavaScript(t) && t.text?.trim()).map((t) => `'${sha256(t.text ?? '')}'`) : [];
    for (const policy of policies) {
      const scripts = policy.get('script-src') ?? policy.get('default-src') ?? [];
      if (scripts.some((v) => v !== WASM && /unsafe-inline|unsafe-eval/.test(v))) say(`allows ${scripts.join(' ')} for scripts`);
      for (const hash of inline) if (!scripts.includes(hash)) say(`would block the page's inline script ${hash}`);
    }
    for (const directive of CSP_DIRECTIVES) {
      const [name, ...values] = directive.split(' ');
      if (!policies.some((p) => (p.get(name ?? '') ?? []).join(' ') === values.join(' '))) say(`lacks "${directive}" (the <meta> has it)`);
    }
    const ancestors = policies
      .map((p) => p.get('frame-ancestors'))
      .filter(Boolean)
      .map((v) => v.join(' '));
    if (isEmbed(path)) {
      if (ancestors.length === 0 || ancestors.some((a) => a !== '*')) say(`must be frameable anywhere, gets frame-ancestors [${ancestors.join(' | ')}]`);
    } else if (!ancestors.includes("'self'") || ancestors.some((a) => a !== "'self'")) say(`must allow framing by this site only, gets frame-ancestors [${ancestors.join(' | ')}]`);
    if (headers.get('cache-control') !== CACHE.html) say(`HTML gets Cache-Control "${headers.get('cache-control')}", expected "${CACHE.html}"`);
  }
  for (const asset of files.filter((f) => f.startsWith('_astro/'))) {
    const cache = headersFor(rules, `${base}${asset}`, mode).get('cache-control');
    if (cache !== CACHE.asset) problems.csp.push(`_headers ${reading}: ${base}${asset} gets Cache-Control "${cache}", expected "${CACHE.asset}"`);
  }
}
console.log(
  `\n4. CSP: <meta> policy on ${pages.size} pages (every inline script and style hashed); dist/_headers matches the pages and was read both ways (Netlify/Cloudflare merge, serve.mjs override)`,
);
console.log(`   header policy: ${headerPolicy}`);

// ── 5. Visible text ──────────────────────────────────────────────────────────────────────────
// Canonical and Open Graph URLs may fall back to the preview server; text a reader sees may not.
const DEV_HOST = /\b(?:localhost|127\.0\.0\.1)(?::\d+)?/i;
for (const [, page] of pages) {
  const found = visibleText(page.html).match(DEV_HOST);
  if (found) problems.text.push(`${page.url}: visible text shows the development host "${found[0]}"`);
}
console.log(`\n5. Visible text: ${pages.size} pages checked for a development host (origin for machine-read URLs: ${origin}${process.env.SITE_URL ? '' : ', SITE_URL unset'})`);

// ── 7. Social cards (reported before 6, which waits for its own build) ──────────────────────
const cards = checkSocialCards({ dist, pages, base, origin });
problems['social cards'].push(...cards.problems);
console.log(
  `\n7. Social cards: ${cards.checked} pages (${cards.sitemapPages} in the sitemap) name ${cards.images} og:image PNGs, each checked for ${CARD.width} × ${CARD.height} and < ${fmtKb(CARD.maxBytes)}; ${fmtKb(cards.totalBytes)} in all, largest ${fmtKb(cards.largest)}`,
);

// ── 8. Editions (reported before 6, which waits for its own build) ─────────────────────────────
const editions = checkEditions({ dist, pages, base, origin });
problems.editions.push(...editions.problems);
console.log(`\n8. Editions: ${editions.pairs} pages (sitemap pages and embeds) each built in every edition, linking each other with hreflang, with the same heading ids`);

// ── 6. Base path ─────────────────────────────────────────────────────────────────────────────
if (basePathRun) {
  const { problems: found, summary } = await basePathRun;
  problems['base path'].push(...found);
  console.log(`\n6. Base path: ${summary || 'not checked (see the problems below)'}`);
} else console.log('\n6. Base path: skipped (--no-base-path, or BASE_PATH is set for this run)');

// ── Result ──────────────────────────────────────────────────────────────────────────────────
const all = Object.entries(problems).flatMap(([area, list]) => list.map((p) => `[${area}] ${p}`));
if (all.length) {
  console.error(`\n✗ test:dist found ${all.length} problem(s):`);
  for (const p of all) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `\n✓ test:dist: ${pages.size} pages within budget, valid HTML, links resolve, CSP consistent, no development host in visible text, every page has its social card${basePathRun ? ', site works under a base path' : ''}.`,
);
