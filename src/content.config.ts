/**
 * Content collections: the MDX that pages read through getCollection/render. Articles and lesson
 * plans are loaded the same way, each checked by its frontmatter schema. The JSON datasets are
 * not collections: src/data/index.ts parses and checks them once, for pages, components and tests.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/article-schema';
import { lessonSchema } from './content/lesson-schema';

// Each Japanese translation sits in a ja/ folder beside its English original, under the same
// file name (the glob does not recurse, so the English collections never see them).
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/articles' }), schema: articleSchema }),
  articlesJa: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/articles/ja' }), schema: articleSchema }),
  lessons: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/classroom/lessons' }), schema: lessonSchema }),
  lessonsJa: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/classroom/lessons/ja' }), schema: lessonSchema }),
};
