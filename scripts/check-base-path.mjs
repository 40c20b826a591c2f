// Smoke test for the README's GitHub Pages recipe: builds the site once with
// SITE_URL=https://user.github.io BASE_PATH=/petabit-explained/ into its own folder, serves it
// with scripts/serve.mjs under that base, and checks that a handful of pages (home, the first
// article, embed and classroom page, a missing page) and every same-origin file they load answer
// under the base, with the headers from the build's _headers; the link pass of check-dist then
// runs over every page of that build, so a root-relative link that forgets the base fails.
// scripts/check-dist.mjs starts it first and collects it last, so the second build runs while
// the root build is being checked (the two cores are both busy, not one after the other).
// Usage: node scripts/check-base-path.mjs [--no-build] [--out node_modules/.cache/dist-base-path]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, urlPathOf } from './lib-files.mjs';
import { parseTags } from './lib-html.mjs';
import { checkLinks } from './lib-links.mjs';

export const BASE = '/petabit-explained/';
const SITE = 'https://user.github.io';
const SERVER = fileURLToPath(new URL('./serve.mjs', import.meta.url));
const URL_ATTRIBUTES = ['href', 'src', 'component-url', 'renderer-url'];

/** Runs a command; resolves with its exit code and its combined output. */
function run(command, args, env) {
  return new Promise((done) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

/** A free TCP port on localhost. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

/** Starts serve.mjs on outDir under BASE; resolves once it answers. */
async function startServer(outDir) {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER, '--port', String(port), '--root', outDir, '--host', '127.0.0.1', '--no-compress'], {
    env: { ...process.env, BASE_PATH: BASE },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      await fetch(`${origin}${BASE}`, { method: 'HEAD' });
      return { origin, stop: () => child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 100)); // still compressing dist at start-up
    }
  }
  child.kill();
  throw new Error('scripts/serve.mjs did not answer within 30 s');
}

/**
 * @param {{ build?: boolean, outDir?: string }} [options]
 * @returns {Promise<{ problems: string[], summary: string }>}
 */
export async function checkBasePath({ build = true, outDir = 'node_modules/.cache/dist-base-path' } = {}) {
  const out = resolve(outDir);
  const started = performance.now();
  if (build) {
    const result = await run('npx', ['astro', 'build', '--outDir', out], { SITE_URL: SITE, BASE_PATH: BASE });
    if (result.code !== 0) return { problems: [`astro build with BASE_PATH=${BASE} failed:\n${result.output.slice(-2000)}`], summary: '' };
  }
  if (!existsSync(join(out, 'index.html'))) return { problems: [`no build in ${out}`], summary: '' };
  const buildSeconds = (performance.now() - started) / 1000;
  const problems = [];

  // Every link on every page stays under the base (lib-links reports "outside the base path").
  const files = listFiles(out);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const pages = new Map(htmlFiles.map((file) => [file, { url: `${BASE}${urlPathOf(file).slice(1)}`, tags: parseTags(readFileSync(join(out, file), 'utf8')) }]));
  const links = checkLinks({ dist: out, pages, base: BASE, origin: SITE, pending: [] });
  problems.push(...links.problems);

  // A handful of pages, served, with every same-origin file they reference.
  const firstUnder = (section) => htmlFiles.find((f) => f.startsWith(`${section}/`) && f.split('/').length === 3);
  const samples = ['index.html', firstUnder('articles'), firstUnder('embed'), 'classroom/index.html'].filter((f) => f && pages.has(f));
  const server = await startServer(out);
  let fetched = 0;
  try {
    const get = async (path, init) => {
      fetched += 1;
      return fetch(`${server.origin}${path}`, { redirect: 'manual', ...init });
    };
    const expectStatus = async (path, status, what) => {
      const response = await get(path);
      if (response.status !== status) problems.push(`${path} (${what}): HTTP ${response.status}, expected ${status}`);
      return response;
    };
    const assets = new Set();
    for (const file of samples) {
      const path = `${BASE}${urlPathOf(file).slice(1)}`;
      const response = await expectStatus(path, 200, 'page');
      const ancestors = /frame-ancestors ([^;,]+)/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
      const expected = file.startsWith('embed/') ? '*' : "'self'";
      if (ancestors !== expected) problems.push(`${path}: served frame-ancestors ${ancestors ?? '(none)'}, expected ${expected} (dist/_headers under the base)`);
      for (const tag of pages.get(file)?.tags ?? []) {
        if (tag.name === 'a') continue; // pages: the link pass above covers them without fetching
        for (const name of URL_ATTRIBUTES) {
          const value = tag.attributes[name];
          if (!value) continue;
          const url = new URL(value, `${SITE}${path}`);
          if (url.origin === SITE) assets.add(url.pathname);
        }
      }
    }
    for (const path of assets) {
      const response = await expectStatus(path, 200, `loaded by one of the ${samples.length} sample pages`);
      if (path.startsWith(`${BASE}_astro/`) && response.headers.get('cache-control') !== 'public, max-age=31536000, immutable') {
        problems.push(`${path}: Cache-Control "${response.headers.get('cache-control')}" under the base`);
      }
    }
    await expectStatus(BASE.slice(0, -1), 301, 'the base without its slash');
    const missing = await expectStatus(`${BASE}no-such-page/`, 404, 'a missing page');
    if (!(await missing.text()).includes(`href="${BASE}`)) problems.push(`${BASE}no-such-page/: the 404 page does not link under the base`);
    await expectStatus('/', 404, 'the host root, outside the base');
    const sw = await get(`${BASE}classroom/sw.js`);
    if (sw.status !== 200 || !(await sw.text()).includes(`"${BASE}classroom/"`)) problems.push(`${BASE}classroom/sw.js: missing, or its precache list is not under the base`);
  } finally {
    server.stop();
  }
  const summary = `built with BASE_PATH=${BASE} in ${buildSeconds.toFixed(0)} s; ${links.internal} internal references on ${pages.size} pages stay under the base; ${fetched} requests to serve.mjs (${samples.length} pages and the files they load, the bare base, a missing page, the host root, the classroom service worker)`;
  return { problems, summary };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const { problems, summary } = await checkBasePath({ build: !args.includes('--no-build'), outDir: at >= 0 ? args[at + 1] : undefined });
  if (summary) console.log(summary);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(problems.length ? 1 : 0);
}
