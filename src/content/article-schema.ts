/** Frontmatter of an article (src/content/articles/*.mdx), validated at build time. */
import { z } from 'astro/zod';

export const articleSchema = z.object({
  /** Headline, also the page title. */
  title: z.string().min(1).max(90),
  /** One-paragraph summary: shown at the top, on cards and as the meta description. */
  summary: z.string().min(40).max(400),
  /** First publication date. */
  published: z.coerce.date(),
  /** Last substantive update; defaults to the publication date. */
  updated: z.coerce.date().optional(),
  /** Position in the reading order (1 = first). */
  order: z.number().int().positive(),
  /** The figure at the top of the article. */
  hero: z.object({
    /** Path under public/, e.g. "/images/record.svg". */
    src: z.string().startsWith('/'),
    alt: z.string().min(10),
    caption: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  /**
   * The headline figure of the article's social card (Open Graph image): exactly one of a fact
   * id (facts.json) or a derived figure's name (src/data/derived.ts), formatted as <Value>
   * formats it, and a caption saying what the figure is, written without the number. An unknown
   * id fails the build; without `card` the card shows the record's rate.
   */
  card: z
    .object({ fact: z.string().min(1).optional(), derived: z.string().min(1).optional(), caption: z.string().min(3).max(90) })
    .refine((card) => (card.fact === undefined) !== (card.derived === undefined), { message: 'card needs exactly one of fact or derived' })
    .optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
