/**
 * Facts about an article's MDX source that pages need before rendering it: the reading
 * time (prose plus an allowance per widget and claim card), the order in which sources are
 * first cited (so note numbers are stable and every <Cite> and the notes list agree without
 * depending on render order), and how often each is cited (for the notes' ↩ links).
 */

/** The text a reader sees: MDX imports, component tags and markup removed; each <Value> is one word. */
function proseText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<(Value|Derived)\b[^>]*\/>/g, ' x ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
}

/** Kanji, kana and the marks that lengthen or repeat them: Japanese text, which has no spaces. */
const JAPANESE_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/gu;

/** Space-separated words a reader sees (Japanese characters aside); each <Value> counts as one word. */
export function countWords(mdx: string): number {
  return proseText(mdx)
    .replace(JAPANESE_CHARACTER, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Japanese characters a reader sees: Japanese has no word spaces, so its reading time counts characters. */
export function countJapaneseCharacters(mdx: string): number {
  return proseText(mdx).match(JAPANESE_CHARACTER)?.length ?? 0;
}

/** An unhurried pace for explanatory prose with numbers in it. */
export const WORDS_PER_MINUTE = 200;
/**
 * The same pace in Japanese characters. Not a measurement of readers: our Japanese articles run
 * 2.2–2.9 characters per word of their English originals, so 200 words a minute is about 500
 * characters, and an article and its translation show about the same reading time.
 */
export const JAPANESE_CHARACTERS_PER_MINUTE = 500;

/**
 * Seconds a reader spends on a block that the MDX names with one tag, beyond the prose around
 * it: the tag holds no words, but the page shows a lot. Reasons, not measurements:
 * - WidgetFrame: a live widget is read and used: its labels and result (about 60–100 words
 *   rendered), one or two changed inputs, a look at "Show the arithmetic". 90 s is that
 *   reading at 200 wpm plus a minute of trying it.
 * - ClaimCard: a checked headline shows the quote, where it ran, the verdict, three to five lines
 *   of arithmetic and the cause, about 100 words read at the slower pace arithmetic needs: 45 s.
 */
export const BLOCK_SECONDS = { WidgetFrame: 90, ClaimCard: 45 } as const;
export type Block = keyof typeof BLOCK_SECONDS;

/** How many of each block the MDX places (self-closing or not). */
export function countBlocks(mdx: string): Record<Block, number> {
  const counts = {} as Record<Block, number>;
  for (const block of Object.keys(BLOCK_SECONDS) as Block[]) counts[block] = [...mdx.matchAll(new RegExp(`<${block}\\b`, 'g'))].length;
  return counts;
}

/** Minutes for `words` (and `japaneseCharacters`) of prose plus `extraSeconds` of blocks, rounded, at least one. */
export function readingMinutes(words: number, extraSeconds = 0, japaneseCharacters = 0): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + japaneseCharacters / JAPANESE_CHARACTERS_PER_MINUTE + extraSeconds / 60));
}

/** The reading time of a whole article page: its prose, its widgets and its claim cards. */
export function articleReadingMinutes(mdx: string): number {
  const blocks = countBlocks(mdx);
  const extra = (Object.keys(blocks) as Block[]).reduce((sum, block) => sum + blocks[block] * BLOCK_SECONDS[block], 0);
  return readingMinutes(countWords(mdx), extra, countJapaneseCharacters(mdx));
}

/** How many times each source is cited (its ↩ links in the notes list, one per citation). */
export function citationCounts(mdx: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of mdx.matchAll(/<Cite\b[^>]*\bid=["']([^"']+)["']/g)) {
    const id = match[1];
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Source ids in the order of their first <Cite id="…"> in the text. */
export function citationOrder(mdx: string): string[] {
  const order: string[] = [];
  for (const match of mdx.matchAll(/<Cite\b[^>]*\bid=["']([^"']+)["']/g)) {
    const id = match[1];
    if (id !== undefined && !order.includes(id)) order.push(id);
  }
  return order;
}
