/**
 * Content collections. Datasets live once, as JSON in src/data; these loaders validate them
 * with the zod schemas and check cross-references, so bad data fails the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/article-schema';
import { datasetSchemas as schemas } from './data/schema';
import { findAllProblems } from './data/integrity';
import { audiences, claims, datasets, facts, links, payloads, records, sources, streams } from './data/index';

function checked<T extends { id: string }>(entries: readonly T[]): () => Promise<T[]> {
  return async () => {
    const problems = findAllProblems(datasets);
    if (problems.length > 0) throw new Error(`Data problems:\n${problems.join('\n')}`);
    return [...entries];
  };
}

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/articles' }), schema: articleSchema }),
  sources: defineCollection({ loader: checked(sources), schema: schemas.sources }),
  facts: defineCollection({ loader: checked(facts), schema: schemas.facts }),
  links: defineCollection({ loader: checked(links), schema: schemas.links }),
  payloads: defineCollection({ loader: checked(payloads), schema: schemas.payloads }),
  streams: defineCollection({ loader: checked(streams), schema: schemas.streams }),
  audiences: defineCollection({ loader: checked(audiences), schema: schemas.audiences }),
  records: defineCollection({ loader: checked(records), schema: schemas.records }),
  claims: defineCollection({ loader: checked(claims), schema: schemas.claims }),
};
