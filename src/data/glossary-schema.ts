/**
 * Zod schema for the glossary (src/data/glossary.json): one entry per term, written for readers
 * aged 11–16, parsed by the loader (src/data/index.ts). <Term> links to `/glossary/#<id>` (or
 * the classroom's copy), so ids are stable, URL-safe anchors; related terms must point at
 * entries that exist, checked here so a typo fails the build and the tests.
 */
import { z } from 'astro/zod';

export const glossaryTermSchema = z.object({
  /** Stable anchor id, e.g. "single-mode-fiber" → /glossary/#single-mode-fiber. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The term as a reader would look it up. */
  term: z.string().min(1).max(60),
  /** Other names or symbols for the same idea ("b", "Mb/s"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** One or two plain sentences; no jargon that is not itself in the glossary. */
  definition: z.string().min(30).max(420),
  /** An everyday comparison or a worked example. */
  example: z.string().min(10).max(300).optional(),
  /** Ids of related terms, shown as "See also". */
  related: z.array(z.string()).default([]),
});

/** Ids are unique and every related id names another entry (shared by the English and the localised file schemas). */
function checkTerms(terms: readonly { id: string; related: readonly string[] }[], ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  for (const [index, term] of terms.entries()) {
    if (ids.has(term.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate glossary id "${term.id}"` });
    ids.add(term.id);
  }
  for (const [index, term] of terms.entries()) {
    for (const related of term.related) {
      if (!ids.has(related)) ctx.addIssue({ code: 'custom', path: [index, 'related'], message: `"${term.id}" relates to unknown term "${related}"` });
      if (related === term.id) ctx.addIssue({ code: 'custom', path: [index, 'related'], message: `"${term.id}" relates to itself` });
    }
  }
}

/** A glossary made of entries checked by `termSchema`, with the cross-entry checks above. */
export function glossaryListSchema<T extends z.ZodType<{ id: string; related: string[] }>>(termSchema: T) {
  return z.array(termSchema).superRefine(checkTerms);
}

export const glossarySchema = glossaryListSchema(glossaryTermSchema);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
