/**
 * What a printed page carries in its margins: a line of text (the page's address and licence)
 * and "Page x of y". Chromium draws CSS @page margin boxes, but their text cannot come from a
 * stylesheet without putting UI words in CSS; the margin boxes inherit from the root element,
 * so the page sets these strings as custom properties on <html> (the words from the dictionary)
 * and worksheet-print.css reads them with var().
 */

/** `text` as a CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  // \00000A-style escapes are six hex digits, so the next character can never extend them.
  const escaped = text.replace(/[\\"\n\r\f]/g, (c) => `\\${c.codePointAt(0)?.toString(16).padStart(6, '0') ?? ''}`);
  return `"${escaped}"`;
}

/**
 * A CSS `content` value from a template such as "Page {page} of {pages}": the words become
 * strings, {page} and {pages} the page counters. Unknown placeholders are an error (a typo in a
 * translation must not print "{pgae}" on every sheet).
 */
export function pageCounterContent(template: string): string {
  const parts: string[] = [];
  let rest = template;
  for (let match = /\{(\w+)\}/.exec(rest); match; match = /\{(\w+)\}/.exec(rest)) {
    const name = match[1];
    if (name !== 'page' && name !== 'pages') throw new RangeError(`Unknown placeholder {${name ?? ''}} in "${template}"`);
    if (match.index > 0) parts.push(cssString(rest.slice(0, match.index)));
    parts.push(`counter(${name})`);
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== '') parts.push(cssString(rest));
  if (!parts.some((p) => p.startsWith('counter('))) throw new RangeError(`No {page} in "${template}"`);
  return parts.join(' ');
}

/** The style attribute for <html> that fills the print margin boxes (see worksheet-print.css). */
export function printMarginStyle(footer: string, pageTemplate: string): string {
  return `--print-footer: ${cssString(footer)}; --print-page-of: ${pageCounterContent(pageTemplate)}`;
}
