/**
 * Content collections. Datasets live once, as JSON in src/data; these loaders validate them
 * with the zod schemas and check cross-references, so bad data fails the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/article-schema';
import { factSchema, sourceSchema } from './data/schema';
import { findDataProblems } from './data/integrity';
import { facts, sources } from './data/index';

function checked<T extends { id: string }>(entries: readonly T[]): () => Promise<T[]> {
  return async () => {
    const problems = findDataProblems(sources, { facts });
    if (problems.length > 0) throw new Error(`Data problems:\n${problems.join('\n')}`);
    return [...entries];
  };
}

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/articles' }), schema: articleSchema }),
  sources: defineCollection({ loader: checked(sources), schema: sourceSchema }),
  facts: defineCollection({ loader: checked(facts), schema: factSchema }),
};

