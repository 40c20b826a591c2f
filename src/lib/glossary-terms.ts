/**
 * The glossary entries articles link to with <Term id="…">. The glossary page owns the
 * definitions; this list is what the articles promise exists there (kebab-case anchors on
 * /glossary/), so a test can check both sides once the glossary is merged.
 */
export const ARTICLE_TERM_IDS = [
  'bit',
  'byte',
  'si-prefix',
  'binary-prefix',
  'data-rate',
  'bandwidth',
  'latency',
  'throughput',
  'core',
  'cladding',
  'single-mode-fiber',
  'multicore-fiber',
  'coupled-cores',
  'mimo',
  'multiplexing',
  'wdm',
  'sdm',
  'wavelength',
  'c-band',
  'l-band',
  'amplifier',
  'recirculating-loop',
  'capacity-distance',
  'petabit',
  'terabyte',
  'exabit',
  'scientific-notation',
  'median',
] as const;

export type ArticleTermId = (typeof ARTICLE_TERM_IDS)[number];

export function isArticleTermId(id: string): id is ArticleTermId {
  return (ARTICLE_TERM_IDS as readonly string[]).includes(id);
}

/** Every <Term id="…"> in an MDX source, in order of appearance (repeats kept). */
export function termIdsIn(mdx: string): string[] {
  return [...mdx.matchAll(/<Term\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}
