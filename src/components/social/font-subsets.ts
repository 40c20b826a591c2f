/**
 * Which font files a card needs: Fontsource lists each file's characters as a CSS unicode-range
 * ("U+3041-307f,U+30fb"), in the package's unicode.json. Noto Sans JP comes in 120 numbered
 * slices of a few hundred kana and kanji each, so a card loads only the slices holding the
 * characters its text has and Noto Sans lacks, instead of all 5 MB per weight.
 */

/** Inclusive code point ranges. */
export type CodeRanges = readonly (readonly [first: number, last: number])[];

/** "U+0000-00FF,U+0131" → [[0x0, 0xff], [0x131, 0x131]]. */
export function parseUnicodeRange(range: string): CodeRanges {
  return range.split(',').map((part) => {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`Not a unicode-range part: "${part}"`);
    const first = parseInt(match[1]!, 16);
    return [first, match[2] === undefined ? first : parseInt(match[2], 16)] as const;
  });
}

export function inRanges(codePoint: number, ranges: CodeRanges): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * The names of the subsets (in `subsets`' order) that hold a character of `text` which
 * `covered` (the fonts already loaded) lacks. A character no subset holds picks none: the
 * missing-glyph check in render.ts reports it.
 */
export function subsetsFor(text: string, subsets: ReadonlyMap<string, CodeRanges>, covered: CodeRanges): string[] {
  const needed = new Set<number>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!inRanges(codePoint, covered)) needed.add(codePoint);
  }
  if (needed.size === 0) return [];
  return [...subsets].filter(([, ranges]) => [...needed].some((codePoint) => inRanges(codePoint, ranges))).map(([name]) => name);
}
