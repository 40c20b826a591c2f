// A stand-in for a journalist's site on another origin, for tests/e2e/embeds.spec.ts. Tests
// store a page with `PUT /<name>` (body = HTML) and open it with `GET /<name>`; nothing is
// hard-coded here, so the pages are built at test time from the built site's own snippets.
// Usage: node tests/e2e/host-server.mjs --port 4343
import { createServer } from 'node:http';

const at = process.argv.indexOf('--port');
const port = Number(at >= 0 ? process.argv[at + 1] : (process.env.PORT ?? 4343));
const pages = new Map();

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://host').pathname;
  if (req.method === 'PUT') {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      pages.set(path, Buffer.concat(chunks));
      res.writeHead(204).end();
    });
    return;
  }
  const page = path === '/' ? Buffer.from('<!doctype html><title>Host</title><p>Host page server</p>') : pages.get(path);
  if (!page) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page);
}).listen(port, '127.0.0.1', () => console.log(`Host pages at http://127.0.0.1:${port}/`));
