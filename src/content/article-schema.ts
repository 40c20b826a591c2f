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
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
