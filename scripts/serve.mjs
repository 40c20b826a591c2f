// Serves the built site (dist/) the way a static host would: clean directory URLs, the 404
// page, headers from public/_headers, and brotli/gzip compressed once at start-up (as hosts
// precompress), because `astro preview` only gzips on the fly and skews Lighthouse.
// Usage: node scripts/serve.mjs [--port 4321] [--root dist]
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, extname, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4321));
const root = resolve(option('root', 'dist'));
const host = option('host', undefined);

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

/** Every file in dist, read and compressed once. */
const files = new Map();
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      const body = readFileSync(path);
      const ext = extname(name);
      const entry = { body, type: TYPES[ext] ?? 'application/octet-stream' };
      if (COMPRESSIBLE.has(ext) && body.length > 512) {
        entry.br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        entry.gzip = gzipSync(body, { level: 9 });
      }
      files.set('/' + path.slice(root.length + 1).split(sep).join('/'), entry);
    }
  }
})(root);

/** Netlify/Cloudflare-style _headers: a path pattern line, then indented "Name: value" lines. */
const rules = [];
const headersFile = files.get('/_headers');
if (headersFile) {
  let current = null;
  for (const line of headersFile.body.toString('utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp('^' + line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
      current = { pattern, headers: [] };
      rules.push(current);
    } else if (current) {
      const at = line.indexOf(':');
      current.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
}

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
  const found = lookup(pathname);
  if (found?.redirect) {
    res.writeHead(301, { Location: found.redirect + url.search });
    res.end();
    return;
  }
  const status = found ? 200 : 404;
  const path = found ? found.path : '/404.html';
  const file = files.get(path);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
    return;
  }
  const headers = { 'Content-Type': file.type, Vary: 'Accept-Encoding' };
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) headers[k] = v;
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
  console.log(`Petabit Explained is being served at http://localhost:${port}${process.env.BASE_PATH ?? '/'}`);
});
