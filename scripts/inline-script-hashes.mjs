// The SHA-256 hashes of our own `<script is:inline>` blocks, which Astro emits verbatim but does
// not add to its CSP: astro.config.mjs passes them to `security.csp.scriptDirective.hashes`,
// and check-dist uses them to tell our inline scripts from Astro's in the byte budgets. Kept
// apart from lib-csp.mjs so that serve.mjs and the _headers code never load Astro's compiler.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { listFiles } from './lib-files.mjs';
import { sha256 } from './lib-csp.mjs';

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
