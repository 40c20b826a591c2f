// `npm run audit`: Lighthouse (mobile, the default config) on one page of each kind — home, the
// heaviest article, the heaviest embed and the classroom page, in each edition (English, then
// /ja/), discovered from dist/ (kinds not built yet are skipped with a note) — served as a static host would (scripts/serve.mjs, brotli
// precompressed). Several runs per page, median per metric, spread of the performance score.
// Writes reports/lighthouse.json and reports/lighthouse.md; exits 1 when a median misses a budget.
// Run it alone: a busy machine costs 3–5 performance points (shared/tooling-notes.md).
// Usage: node scripts/audit.mjs [--no-build] [--runs 3] [--port 4342]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { parseTags } from './lib-html.mjs';
import { EDITION_FOLDERS } from './lib-headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', 3));
const port = Number(option('port', 4342));
const dist = 'dist';
const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, cls: 0.01, tbtMs: 50 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!args.includes('--no-build')) {
  console.log('Building the site (npx astro build)…');
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No built site in dist/: run without --no-build, or build first.');
  process.exit(1);
}

/** First built page directly under dist/<section>/ (sorted), as a URL path, or null. */
function firstPageIn(section) {
  const dir = join(dist, section);
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return name ? `/${section}/${name}/` : null;
}
/**
 * The page under dist/<section>/ whose islands' component files weigh most: the hardest case
 * for the budgets (e.g. the article with four widgets, the embed with a chart). Null if none.
 */
function heaviestPageIn(section) {
  const dir = join(dist, section);
  if (!existsSync(dir)) return null;
  let best = null;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, d.name, 'index.html');
    if (!d.isDirectory() || !existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const components = parseTags(html).flatMap((t) =>
      t.name === 'astro-island' && t.attributes['component-url']?.startsWith('/') ? [t.attributes['component-url'].slice(1)] : [],
    );
    const weight = components.reduce((sum, file) => sum + (existsSync(join(dist, file)) ? statSync(join(dist, file)).size : 0), 0);
    if (!best || weight > best.weight || (weight === best.weight && d.name < best.name)) best = { name: d.name, weight };
  }
  return best ? `/${section}/${best.name}/` : null;
}
/** The same four kinds of page in every edition: English at the root, then /ja/ and any other. */
const targets = ['', ...EDITION_FOLDERS.map((folder) => `${folder}/`)].flatMap((edition) => [
  { kind: `${edition}home`, path: existsSync(join(dist, edition, 'index.html')) ? `/${edition}` : null },
  { kind: `${edition}article`, path: heaviestPageIn(`${edition}articles`) ?? firstPageIn(`${edition}articles`) },
  { kind: `${edition}embed`, path: heaviestPageIn(`${edition}embed`) ?? firstPageIn(`${edition}embed`) },
  { kind: `${edition}classroom`, path: existsSync(join(dist, edition, 'classroom', 'index.html')) ? `/${edition}classroom/` : null },
]);
for (const t of targets.filter((t) => !t.path)) console.log(`SKIP ${t.kind}: no such page in dist/ yet`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('being served') && resolve(null));
  server.on('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code}`)));
});
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });

const results = [];
try {
  for (const target of targets.filter((t) => t.path)) {
    const url = `http://localhost:${port}${target.path}`;
    const samples = [];
    for (let run = 1; run <= runs; run += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      // Audits that lost points in the categories that must be perfect, to say what to fix.
      const failing = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id} — ${lhr.audits[ref.id]?.title}`),
      );
      samples.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
        failing,
      });
      console.log(`  ${target.kind} ${target.path} run ${run}/${runs}: performance ${samples.at(-1).performance}`);
    }
    const med = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo', 'cls', 'tbtMs', 'lcpMs', 'fcpMs'].map((k) => [k, median(samples.map((s) => s[k]))]));
    const perf = samples.map((s) => s.performance);
    const misses = [];
    for (const id of CATEGORIES) if (med[id] < BUDGET[id]) misses.push(`${id} ${med[id]} < ${BUDGET[id]}`);
    if (!(med.cls <= BUDGET.cls)) misses.push(`CLS ${med.cls.toFixed(3)} > ${BUDGET.cls}`);
    if (!(med.tbtMs <= BUDGET.tbtMs)) misses.push(`TBT ${Math.round(med.tbtMs)} ms > ${BUDGET.tbtMs} ms`);
    const failing = [...new Set(samples.flatMap((s) => s.failing))];
    results.push({ ...target, url, runs: samples, median: med, performanceSpread: [Math.min(...perf), Math.max(...perf)], failing, misses });
  }
} finally {
  chrome.kill();
  server.kill();
}

const rows = [['page', 'kind', 'perf (median)', 'perf spread', 'a11y', 'best pr.', 'SEO', 'CLS', 'TBT', 'LCP', 'status']];
for (const r of results) {
  const m = r.median;
  rows.push([
    r.path,
    r.kind,
    String(m.performance),
    `${r.performanceSpread[0]}–${r.performanceSpread[1]}`,
    String(m.accessibility),
    String(m['best-practices']),
    String(m.seo),
    m.cls.toFixed(3),
    `${Math.round(m.tbtMs)} ms`,
    `${Math.round(m.lcpMs)} ms`,
    r.misses.length ? 'FAIL' : 'ok',
  ]);
}
const md = [
  `# Lighthouse (mobile, median of ${runs} runs)`,
  '',
  `Budgets: performance ≥ ${BUDGET.performance}, accessibility ${BUDGET.accessibility}, best practices ${BUDGET['best-practices']}, SEO ${BUDGET.seo}, CLS ≤ ${BUDGET.cls}, TBT ≤ ${BUDGET.tbtMs} ms.`,
  '',
  `| ${rows[0].join(' | ')} |`,
  `| ${rows[0].map(() => '---').join(' | ')} |`,
  ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
  '',
  ...targets.filter((t) => !t.path).map((t) => `- Skipped ${t.kind}: not built yet.`),
  ...results.flatMap((r) => [...r.misses.map((m) => `- ${r.path}: ${m}`), ...r.failing.map((f) => `- ${r.path} lost points on ${f}`)]),
  '',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/lighthouse.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs, budget: BUDGET, skipped: targets.filter((t) => !t.path).map((t) => t.kind), results }, null, 2)}\n`,
);
writeFileSync('reports/lighthouse.md', md);

const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log('');
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
for (const line of md.split('\n').filter((l) => l.startsWith('- '))) console.log(line);
console.log('\nWrote reports/lighthouse.json and reports/lighthouse.md');
const failed = results.filter((r) => r.misses.length);
if (failed.length) {
  console.error(`\n✗ audit: ${failed.length} page(s) miss the Lighthouse budgets`);
  process.exit(1);
}
console.log('✓ audit: every audited page within budget');
