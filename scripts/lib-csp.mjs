// The site's Content Security Policy in one place: the directives astro.config.mjs hands to
// Astro (which renders them, with per-page hashes, into a <meta http-equiv>) and small helpers
// that scripts/headers-integration.mjs, serve.mjs and check-dist.mjs use to read policies. The
// hashes of our own `<script is:inline>` blocks come from scripts/inline-script-hashes.mjs.
import { createHash } from 'node:crypto';

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
