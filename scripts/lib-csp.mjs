// The site's Content Security Policy in one place: the directives astro.config.mjs hands to
// Astro (which renders them, with per-page hashes, into a <meta http-equiv>), the hashes of our
// own `<script is:inline>` blocks (Astro does not hash those), and small helpers that
// scripts/check-dist.mjs uses to compare the <meta> policy with public/_headers.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Directives beyond script-src/style-src, identical in the <meta> and in public/_headers. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * SHA-256 hashes of the bodies of every `<script is:inline>` in src/ (.astro files). Astro
 * emits such a script verbatim and does not add it to the CSP, so we hash it ourselves. Scripts
 * with `define:vars` or `set:html` are skipped: their text is only known at render time, and
 * check-dist reports any inline script whose hash is missing from the page's policy.
 */
export function inlineScriptHashes(srcDir = 'src') {
  const hashes = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.astro')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
          const attributes = match[1] ?? '';
          if (!/\bis:inline\b/.test(attributes) || /define:vars|set:html|\bsrc=/.test(attributes)) continue;
          hashes.add(sha256(match[2] ?? ''));
        }
      }
    }
  };
  walk(srcDir);
  return [...hashes].sort();
}

/** Parses "a b c; d e" into Map { a => ['b','c'], d => ['e'] } (directive names lower-cased). */
export function parsePolicy(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Source-expression hashes ('sha256-…') a directive lists, without quotes. */
export const hashesIn = (values = []) => values.filter((v) => /^'sha(256|384|512)-/.test(v)).map((v) => v.slice(1, -1));
