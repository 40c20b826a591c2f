// HTML reading for the dist/ checks: a built page as its start tags in document order (with
// decoded attributes, <script>/<style> carrying their raw text) and the text a reader sees.
// htmlparser2 does the tokenising, entity decoding and raw-text handling of <script>/<style>;
// html-validate separately proves the markup is valid.
import { Parser } from 'htmlparser2';

/**
 * @typedef {{ name: string, attributes: Record<string, string>, text?: string }} Tag
 * @param {string} html
 * @returns {Tag[]} start tags in document order; <script> and <style> carry their raw text
 *   (the exact string a browser hashes for CSP).
 */
export function parseTags(html) {
  /** @type {Tag[]} */
  const tags = [];
  /** @type {Tag | null} */
  let rawText = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = { name, attributes: { ...attributes } };
        if (name === 'script' || name === 'style') {
          tag.text = '';
          rawText = tag;
        }
        tags.push(tag);
      },
      ontext(text) {
        if (rawText) rawText.text += text;
      },
      onclosetag(name) {
        if (rawText?.name === name) rawText = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return tags;
}

/**
 * The text a reader sees: text nodes outside comments and <script>, <style> and <template>,
 * with entities decoded; attributes never count.
 */
export function visibleText(html) {
  const parts = [];
  let hidden = 0;
  const HIDDEN = new Set(['script', 'style', 'template']);
  const parser = new Parser(
    {
      // A tag separates words (as a <br> or a table cell does on screen). Entities arrive as
      // separate text events inside one run of text, so text events join without a space.
      onopentag(name) {
        if (HIDDEN.has(name)) hidden += 1;
        parts.push(' ');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden -= 1;
        parts.push(' ');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return parts.join('');
}

/** rel="a b" contains token? */
export const relHas = (tag, token) => (tag.attributes['rel'] ?? '').toLowerCase().split(/\s+/).includes(token);

/** True for <script> elements the browser runs as JavaScript (not JSON, speculation rules…). */
export function isJavaScript(tag) {
  const type = (tag.attributes['type'] ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}
