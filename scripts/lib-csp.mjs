// The site's Content Security Policy in one place: the directives astro.config.mjs hands to
// Astro (which renders them, with per-page hashes, into a <meta http-equiv>), the hashes of our
// own `<script is:inline>` blocks (Astro does not hash those), and small helpers that
// scripts/headers-integration.mjs and scripts/check-dist.mjs use to read the <meta> policy.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { listFiles } from './lib-files.mjs';

/** Directives beyond script-src/style-src, identical in the <meta> and in dist/_headers. */
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
 * SHA-256 hashes of the text of every `<script is:inline>` in src/ (.astro files). Astro emits
 * such a script's text verbatim and does not add it to the CSP, so we hash that text ourselves.
 * Astro's own compiler finds the elements and their text (so a `<script>` inside a comment, an
 * expression or a string is never mistaken for one), and the hash is of the exact characters
 * between the tags, which is what the browser hashes. Scripts with `define:vars`, `set:html` or
 * `src` are skipped: their text is only known at render time, and check-dist reports any inline
 * script in dist whose hash is missing from its page's policy.
 */
export function inlineScriptHashes(srcDir = 'src') {
  const hashes = new Set();
  for (const file of listFiles(srcDir).filter((f) => f.endsWith('.astro'))) {
    const source = readFileSync(join(srcDir, file), 'utf8');
    const { ast } = parse(source);
    for (const element of scriptElements(ast)) {
      const names = element.openingElement.attributes.map((a) => a.name?.name);
      if (!names.includes('is:inline') || names.some((n) => n === 'define:vars' || n === 'set:html' || n === 'src')) continue;
      if (!element.closingElement) continue; // <script is:inline /> has no text to hash
      hashes.add(sha256(source.slice(element.openingElement.end, element.closingElement.start)));
    }
  }
  return [...hashes].sort();
}

/** Every `<script>` element node of an Astro AST (wherever it sits: slots, expressions, …). */
function* scriptElements(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* scriptElements(child);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (node.type === 'JSXElement' && node.openingElement?.name?.name === 'script') yield node;
  for (const value of Object.values(node)) if (value && typeof value === 'object') yield* scriptElements(value);
}

/**
 * The parsed <meta http-equiv="content-security-policy"> policies of a page.
 * @param {{ name: string, attributes: Record<string, string> }[]} tags from lib-html.mjs parseTags
 */
export const metaPolicies = (tags) =>
  tags.filter((t) => t.name === 'meta' && (t.attributes['http-equiv'] ?? '').toLowerCase() === 'content-security-policy').map((t) => parsePolicy(t.attributes['content'] ?? ''));

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
