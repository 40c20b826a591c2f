/**
 * The lesson plans, read from the `lessons` content collection (src/content.config.ts checks
 * their frontmatter with src/content/lesson-schema.ts), in teaching order, with the helpers the
 * classroom pages share: each lesson's length, the lesson that uses a worksheet, and the paths.
 */
import type { Locale } from '../../i18n';
import { pathIn } from '../../i18n/routing';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { WorksheetSlug } from '../../lib/worksheets';

type LessonEntry = CollectionEntry<'lessons'> | CollectionEntry<'lessonsJa'>;

export interface Lesson {
  slug: string;
  data: LessonEntry['data'];
  /** The run sheet's total, in minutes. */
  minutes: number;
  /** The collection entry, for render(). */
  entry: LessonEntry;
}

/**
 * Every lesson of a locale's edition, first to last. A translation must cover every English
 * lesson under the same name: a missing one fails the build rather than leaving a gap.
 */
export async function getLessons(locale: Locale = 'en'): Promise<Lesson[]> {
  const english = await getCollection('lessons');
  const entries: LessonEntry[] = locale === 'ja' ? await getCollection('lessonsJa') : english;
  const missing = english.filter((lesson) => !entries.some((entry) => entry.id === lesson.id)).map((lesson) => lesson.id);
  if (missing.length > 0) throw new Error(`No ${locale} translation of the lessons ${missing.join(', ')} (src/content/classroom/lessons/${locale}/)`);
  return entries
    .map((entry) => ({ slug: entry.id, data: entry.data, minutes: entry.data.steps.reduce((sum, step) => sum + step.minutes, 0), entry }))
    .sort((a, b) => a.data.order - b.data.order);
}

export async function lessonForWorksheet(slug: WorksheetSlug, locale: Locale = 'en'): Promise<Lesson> {
  const found = (await getLessons(locale)).find((lesson) => lesson.data.worksheet === slug);
  if (!found) throw new Error(`No lesson uses worksheet "${slug}"`);
  return found;
}

/** Site-relative paths of the classroom pages in a locale's edition, so links are spelled once. */
export function classroomPaths(locale: Locale) {
  return {
    guide: () => pathIn(locale, 'classroom/'),
    lesson: (slug: string) => pathIn(locale, `classroom/lessons/${slug}/`),
    worksheet: (slug: string) => pathIn(locale, `classroom/worksheets/${slug}/`),
    answers: (slug: string) => pathIn(locale, `classroom/worksheets/${slug}/answers/`),
    glossary: () => pathIn(locale, 'classroom/glossary/'),
    publicGlossary: (id?: string) => pathIn(locale, `glossary/${id === undefined ? '' : `#${id}`}`),
    privacy: () => pathIn(locale, 'classroom/privacy/'),
  };
}
