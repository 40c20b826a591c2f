/**
 * Zod schemas for every dataset in src/data. They run at build time (src/content.config.ts)
 * and in unit tests; the client never ships zod, only the inferred types.
 * A missing source, a negative or zero size or rate, or an unknown unit fails the build.
 */
import { z } from 'astro/zod';
import { RATE_UNITS, SIZE_UNITS } from '../lib/units';

/** How much a figure can be trusted, as labelled in the fact sheet. */
export const confidenceSchema = z.enum(['primary', 'secondary', 'tertiary', 'derived']);

/** Citations: at least one source id per entry; ids must exist in sources.json. */
const sourceIds = z.array(z.string().min(1)).min(1);

/** ISO date (YYYY-MM-DD), year-month (YYYY-MM) or year (YYYY). */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const rateSchema = z.object({ value: z.number().positive().finite(), unit: z.enum(RATE_UNITS) });
export const sizeSchema = z.object({ value: z.number().positive().finite(), unit: z.enum(SIZE_UNITS) });

export const sourceSchema = z.object({
  /** Short stable id, cited by other datasets. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
  /** Publication date, or omitted when the page is undated. */
  date: isoDate.optional(),
  confidence: confidenceSchema,
  /** One line: what this source supports on the site. */
  supports: z.string().min(1),
  /** Caveats: a mirror, only the opening was readable, and so on. */
  note: z.string().optional(),
});

/** Units a fact may carry besides data rates and sizes. */
export const FACT_UNITS = ['km', 'mm', 'µm', 'nm', 'ms', 'µs/km', 'dB/km', 'Eb/s·km', 'THz', 'count', 'ratio', 'date', 'text', ...RATE_UNITS] as const;

export const factSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Which part of the story the fact belongs to. */
    group: z.enum(['record', 'physics', 'context']),
    label: z.string().min(1),
    /** Numbers for measured quantities; ISO dates for 'date'; words for 'text'. */
    value: z.union([z.number(), z.string()]),
    unit: z.enum(FACT_UNITS),
    confidence: confidenceSchema,
    sourceIds,
    note: z.string().optional(),
  })
  .refine((f) => (f.unit === 'date' ? typeof f.value === 'string' && isoDate.safeParse(f.value).success : true), 'date facts need an ISO date')
  .refine((f) => (f.unit === 'text' ? typeof f.value === 'string' : true), 'text facts need a string value')
  .refine((f) => (f.unit !== 'date' && f.unit !== 'text' ? typeof f.value === 'number' && f.value > 0 && Number.isFinite(f.value) : true), 'numeric facts need a positive finite number');

export const linkSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  kind: z.enum(['record', 'fixed', 'mobile', 'consumer-plan', 'backbone', 'submarine', 'global']),
  rate: rateSchema,
  /** Month the measurement refers to (medians move monthly). */
  asOf: isoDate.optional(),
  confidence: confidenceSchema,
  sourceIds,
  note: z.string().optional(),
});

export const payloadSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    kind: z.enum(['video', 'text', 'audio', 'dataset', 'world']),
    /** A stored size … */
    size: sizeSchema.optional(),
    /** … or a stream: a bitrate held for a duration (size = rate × seconds). */
    stream: z.object({ rate: rateSchema, seconds: z.number().positive().finite() }).optional(),
    /** True for figures that circulated in coverage but have no traceable source. */
    viral: z.boolean().default(false),
    confidence: confidenceSchema,
    sourceIds,
    caveat: z.string().optional(),
  })
  .refine((p) => (p.size === undefined) !== (p.stream === undefined), 'a payload has either a size or a stream');

export const recordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  year: z.number().int().min(1970).max(2100),
  team: z.string().min(1),
  capacity: rateSchema,
  /** Null where no source gives the distance. */
  distanceKm: z.number().positive().finite().nullable(),
  fiber: z.string().min(1),
  standardCladding: z.boolean(),
  venue: z.string().min(1),
  highlight: z.boolean().default(false),
  confidence: confidenceSchema,
  sourceIds,
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Payload = z.infer<typeof payloadSchema>;
export type FiberRecord = z.infer<typeof recordSchema>;
