/**
 * An estimate of how wide a line of text is, for laying out a chart drawn at build time (see
 * svg-context.ts), where no font can be measured: the reader's fonts are not known until the
 * page is read. Written here because a metrics library (fontkit, opentype.js) needs the font
 * file itself, and the site uses the reader's system fonts. Errs wide, so that labels placed
 * with it keep their room whichever font draws them.
 */

/**
 * Width of each kind of character, in em: those of DejaVu Sans (Linux's usual system-ui, and
 * wider than Segoe UI, San Francisco or Roboto), rounded up.
 */
const EM = {
  /** Kana, kanji, full-width forms: a square em each. */
  wide: 1,
  /** m, w, M, W: near an em in DejaVu Sans (0.97 for m). */
  broad: 0.99,
  upper: 0.75,
  digit: 0.64,
  lower: 0.6,
  narrow: 0.32,
  space: 0.32,
  other: 0.65,
} as const;
/** DejaVu Sans Bold against its regular weight. */
const BOLD = 1.12;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function emOf(char: string): number {
  if (WIDE.test(char)) return EM.wide;
  if (char === ' ' || char === '\u00a0' || char === '\u202f') return EM.space;
  if (/[0-9]/.test(char)) return EM.digit;
  if (/[mwMW]/.test(char)) return EM.broad;
  if (/[.,:;'|!ilIjft()[\]·]/.test(char)) return EM.narrow;
  if (/\p{Lu}/u.test(char)) return EM.upper;
  if (/\p{Ll}/u.test(char)) return EM.lower;
  return EM.other;
}

/** The font size in px of a CSS `font` value ("bold 13px system-ui, …"); 10 if none is given. */
export function fontSizePx(font: string): number {
  const match = /(\d+(?:\.\d+)?)px/.exec(font);
  return match ? Number(match[1]) : 10;
}

/** Estimated width in CSS pixels of `text` drawn in the CSS `font`. */
export function estimateTextWidth(text: string, font: string): number {
  const size = fontSizePx(font);
  const bold = /\b(bold|[6-9]00)\b/.test(font) ? BOLD : 1;
  let ems = 0;
  for (const char of text) ems += emOf(char);
  return ems * size * bold;
}
