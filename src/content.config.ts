/**
 * Content collections. Datasets live once, as JSON in src/data; these loaders validate them
 * with the zod schemas and check cross-references, so bad data fails the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/article-schema';
import { audienceSchema, claimSchema, factSchema, linkSchema, payloadSchema, recordSchema, sourceSchema, streamSchema } from './data/schema';
import { claimCitations, findDataProblems, findReferenceProblems, findUncitedSources } from './data/integrity';
import { audiences, claims, facts, links, payloads, records, sources, streams } from './data/index';

/** Every dataset that cites sources, under the name used in problem reports. */
const citing = { facts, links, payloads, streams, audiences, records, claims: claimCitations(claims) };

function allProblems(): string[] {
  return [
    ...findDataProblems(sources, citing),
    ...findUncitedSources(sources, citing),
    ...findReferenceProblems({ facts, links, payloads, streams, records, claims }),
  ];
}

function checked<T extends { id: string }>(entries: readonly T[]): () => Promise<T[]> {
  return async () => {
    const problems = allProblems();
    if (problems.length > 0) throw new Error(`Data problems:\n${problems.join('\n')}`);
    return [...entries];
  };
}

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/articles' }), schema: articleSchema }),
  sources: defineCollection({ loader: checked(sources), schema: sourceSchema }),
  facts: defineCollection({ loader: checked(facts), schema: factSchema }),
  links: defineCollection({ loader: checked(links), schema: linkSchema }),
  payloads: defineCollection({ loader: checked(payloads), schema: payloadSchema }),
  streams: defineCollection({ loader: checked(streams), schema: streamSchema }),
  audiences: defineCollection({ loader: checked(audiences), schema: audienceSchema }),
  records: defineCollection({ loader: checked(records), schema: recordSchema }),
  claims: defineCollection({ loader: checked(claims), schema: claimSchema }),
};
