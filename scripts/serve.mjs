// Serves the built site (dist/) the way a static host would: clean directory URLs, the 404
// page, headers from dist/_headers, and brotli/gzip compressed once at start-up (as hosts
// precompress), because `astro preview` only gzips on the fly and skews Lighthouse.
// With BASE_PATH (e.g. /petabit-explained/, a GitHub Pages project site) the site is served
// under that path, as the build expects; anything outside it is a plain 404, as on the host.
// Usage: [BASE_PATH=/x/] node scripts/serve.mjs [--port 4321] [--root dist] [--host 127.0.0.1]
//        [--no-compress] (start at once, serve uncompressed: for quick smoke tests)
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { listFiles } from './lib-files.mjs';
import { parseHeadersFile, headersFor } from './lib-headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4321));
const root = resolve(option('root', 'dist'));
const host = option('host', undefined);
const compress = !args.includes('--no-compress');
const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.csv', '.svg', '.webmanifest']);

/** Every file in dist, read and compressed once, keyed by the URL path it answers at. */
const files = new Map();
for (const file of listFiles(root)) {
  const body = readFileSync(join(root, file));
  const ext = extname(file);
  const entry = { body, type: TYPES[ext] ?? 'application/octet-stream' };
  if (compress && COMPRESSIBLE.has(ext) && body.length > 512) {
    entry.br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    entry.gzip = gzipSync(body, { level: 9 });
  }
  files.set(`${base}${file}`, entry);
}

// dist/_headers (written by scripts/headers-integration.mjs) names full URL paths, base included.
// A later matching rule replaces a header, which that file is shaped to allow (lib-headers.mjs).
const headersFile = files.get(`${base}_headers`);
const rules = headersFile ? parseHeadersFile(headersFile.body.toString('utf8')) : [];

function lookup(pathname) {
  if (files.has(pathname) && !pathname.endsWith('/')) return { path: pathname };
  const index = pathname.endsWith('/') ? `${pathname}index.html` : `${pathname}/index.html`;
  if (files.has(index)) return pathname.endsWith('/') ? { path: index } : { redirect: `${pathname}/` };
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  if (!pathname.startsWith(base)) {
    // The host's own root (or another project): not this site. The bare base redirects.
    if (`${pathname}/` === base) res.writeHead(301, { Location: base + url.search }).end();
    else res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: this site is served under ${base}`);
    return;
  }
  const found = lookup(pathname);
  if (found?.redirect) {
    res.writeHead(301, { Location: found.redirect + url.search });
    res.end();
    return;
  }
  const status = found ? 200 : 404;
  const path = found ? found.path : `${base}404.html`;
  const file = files.get(path);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
    return;
  }
  const headers = { 'Content-Type': file.type, Vary: 'Accept-Encoding' };
  for (const [name, value] of headersFor(rules, pathname, 'override')) headers[name] = value;
  const accept = String(req.headers['accept-encoding'] ?? '');
  let body = file.body;
  if (file.br && /\bbr\b/.test(accept)) {
    body = file.br;
    headers['Content-Encoding'] = 'br';
  } else if (file.gzip && /\bgzip\b/.test(accept)) {
    body = file.gzip;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`Petabit Explained is being served at http://${host ?? 'localhost'}:${port}${base}`);
});
