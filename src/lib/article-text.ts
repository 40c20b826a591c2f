/**
 * Facts about an article's MDX source that pages need before rendering it: the reading
 * time, and the order in which sources are first cited (so note numbers are stable and
 * every <Cite> and the notes list agree without depending on render order).
 */

/** Words a reader sees: MDX imports, component tags and markup removed; each <Value> counts as one word. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<(Value|Derived)\b[^>]*\/>/g, ' x ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes at an unhurried 200 words per minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
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
