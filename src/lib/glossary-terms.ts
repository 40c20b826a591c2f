/**
 * Glossary links in MDX: <Term id="…"> points at an entry of src/data/glossary.json (the
 * glossary page renders one anchor per entry). This finds the ids a text uses, for tests.
 */

/** Every <Term id="…"> in an MDX source, in order of appearance (repeats kept). */
export function termIdsIn(mdx: string): string[] {
  return [...mdx.matchAll(/<Term\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}
