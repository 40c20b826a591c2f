// Just enough HTML reading for the dist/ checks: list built pages, split a page into tags
// (with decoded attributes) and the raw text of <script>/<style> elements. Astro's output is
// well-formed and machine-written, so a small tokenizer is enough; html-validate separately
// proves the markup is valid.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under root, as dist-relative POSIX paths ("articles/x/index.html"). */
export function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The URL path a built HTML file answers at ("index.html" → "/", "a/index.html" → "/a/"). */
export function urlPathOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source) {
  const attributes = {};
  for (const m of source.matchAll(/([^\s"'=<>\/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!(name in attributes)) attributes[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/**
 * @typedef {{ name: string, attributes: Record<string, string>, text?: string, offset: number }} Tag
 * @returns {Tag[]} start tags in document order; <script> and <style> carry their raw text.
 */
export function parseTags(html) {
  const tags = [];
  for (const m of html.matchAll(TOKEN)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[1]) tags.push({ name: m[1].toLowerCase(), attributes: parseAttributes(m[2] ?? ''), text: m[3] ?? '', offset: m.index ?? 0 });
    else tags.push({ name: (m[4] ?? '').toLowerCase(), attributes: parseAttributes(m[5] ?? ''), offset: m.index ?? 0 });
  }
  return tags;
}

/**
 * The text a reader sees: the markup without comments, <script>, <style> and <template>
 * content, tags and their attributes, with entities decoded.
 */
export function visibleText(html) {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ');
  return decodeEntities(text);
}

/** rel="a b" contains token? */
export const relHas = (tag, token) => (tag.attributes['rel'] ?? '').toLowerCase().split(/\s+/).includes(token);

/** True for <script> elements the browser runs as JavaScript (not JSON, speculation rules…). */
export function isJavaScript(tag) {
  const type = (tag.attributes['type'] ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}
