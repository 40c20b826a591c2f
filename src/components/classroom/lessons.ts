/**
 * The lesson plans, loaded from src/content/classroom/lessons/*.mdx without a content
 * collection (so content.config.ts stays untouched); frontmatter is validated here at build.
 */
import type { MDXInstance } from 'astro';
import { lessonSchema, type LessonFrontmatter } from '../../content/lesson-schema';
import type { WorksheetSlug } from '../../lib/worksheets';

const modules = import.meta.glob<MDXInstance<Record<string, unknown>>>('../../content/classroom/lessons/*.mdx', { eager: true });

export interface Lesson {
  slug: string;
  data: LessonFrontmatter;
  Content: MDXInstance<Record<string, unknown>>['default'];
  minutes: number;
}

export const lessons: readonly Lesson[] = Object.entries(modules)
  .map(([path, module]) => {
    const slug = path.split('/').pop()?.replace(/\.mdx$/, '') ?? '';
    const parsed = lessonSchema.safeParse(module.frontmatter);
    if (!parsed.success) throw new Error(`Lesson ${slug}: ${parsed.error.message}`);
    const data = parsed.data;
    return { slug, data, Content: module.default, minutes: data.steps.reduce((sum, step) => sum + step.minutes, 0) };
  })
  .sort((a, b) => a.data.order - b.data.order);

export function lessonForWorksheet(slug: WorksheetSlug): Lesson {
  const found = lessons.find((lesson) => lesson.data.worksheet === slug);
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
