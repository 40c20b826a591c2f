/**
 * Frontmatter of a lesson plan (src/content/classroom/lessons/*.mdx), validated by the
 * `lessons` content collection (src/content.config.ts). The run sheet lives here as data so its timing is checked: a lesson
 * must fit a 40–50 minute period.
 */
import { z } from 'astro/zod';
import { WORKSHEET_SLUGS } from '../lib/worksheets';

export const LESSON_MINUTES = { min: 40, max: 50 } as const;

const stepSchema = z.object({
  /** Short name of the step, e.g. "Hook". */
  title: z.string().min(1).max(80),
  minutes: z.number().int().positive().max(30),
  /** Whole class, pairs, groups of three… */
  grouping: z.string().min(1).max(40),
  /** One or two sentences: what the teacher and students do. */
  what: z.string().min(10).max(400),
});

export const lessonSchema = z
  .object({
    title: z.string().min(1).max(60),
    /** Position in the sequence (1 = first). */
    order: z.number().int().positive(),
    /** One paragraph for the guide and the meta description. */
    summary: z.string().min(40).max(300),
    ages: z.string().min(1).max(30),
    grouping: z.string().min(1).max(80),
    goals: z.array(z.string().min(10)).min(2).max(6),
    prep: z.array(z.string().min(10)).min(1).max(6),
    /** Widget ids used in the lesson (rendered when registered). */
    widgets: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    worksheet: z.enum(WORKSHEET_SLUGS),
    steps: z.array(stepSchema).min(3).max(8),
  })
  .refine((lesson) => {
    const total = lesson.steps.reduce((sum, step) => sum + step.minutes, 0);
    return total >= LESSON_MINUTES.min && total <= LESSON_MINUTES.max;
  }, `a lesson's steps must add up to ${LESSON_MINUTES.min}–${LESSON_MINUTES.max} minutes`);

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
