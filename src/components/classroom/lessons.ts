/**
 * The lesson plans, read from the `lessons` content collection (src/content.config.ts checks
 * their frontmatter with src/content/lesson-schema.ts), in teaching order, with the helpers the
 * classroom pages share: each lesson's length, the lesson that uses a worksheet, and the paths.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { WorksheetSlug } from '../../lib/worksheets';

export interface Lesson {
  slug: string;
  data: CollectionEntry<'lessons'>['data'];
  /** The run sheet's total, in minutes. */
  minutes: number;
  /** The collection entry, for render(). */
  entry: CollectionEntry<'lessons'>;
}

/** Every lesson, first to last. */
export async function getLessons(): Promise<Lesson[]> {
  const entries = await getCollection('lessons');
  return entries
    .map((entry) => ({ slug: entry.id, data: entry.data, minutes: entry.data.steps.reduce((sum, step) => sum + step.minutes, 0), entry }))
    .sort((a, b) => a.data.order - b.data.order);
}

export async function lessonForWorksheet(slug: WorksheetSlug): Promise<Lesson> {
  const found = (await getLessons()).find((lesson) => lesson.data.worksheet === slug);
  if (!found) throw new Error(`No lesson uses worksheet "${slug}"`);
  return found;
}

/** Site-relative paths of the classroom pages, so links are spelled once. */
export const classroomPaths = {
  guide: () => `${import.meta.env.BASE_URL}classroom/`,
  lesson: (slug: string) => `${import.meta.env.BASE_URL}classroom/lessons/${slug}/`,
  worksheet: (slug: string) => `${import.meta.env.BASE_URL}classroom/worksheets/${slug}/`,
  answers: (slug: string) => `${import.meta.env.BASE_URL}classroom/worksheets/${slug}/answers/`,
  glossary: () => `${import.meta.env.BASE_URL}classroom/glossary/`,
  publicGlossary: (id?: string) => `${import.meta.env.BASE_URL}glossary/${id === undefined ? '' : `#${id}`}`,
  privacy: () => `${import.meta.env.BASE_URL}classroom/privacy/`,
};
