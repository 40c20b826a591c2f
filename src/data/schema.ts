/**
 * Zod schemas for every dataset in src/data. The loader (src/data/index.ts) parses each file
 * with them once, at build time and in unit tests; the client never ships zod or the data.
 * A missing source, a negative or zero size or rate, or an unknown unit fails the build.
 * Cross-dataset checks (ids that must exist elsewhere) live in integrity.ts.
 * The schemas of entries that src/lib reads end in `satisfies z.ZodType<…Entry>`: src/lib/entries.ts
 * declares the fields lib reads, and this check keeps the two in step.
 */
import { z } from 'astro/zod';
import type { ClaimAssertion, ClaimEntry, FactEntry, LinkEntry, PayloadEntry, RecordEntry, StreamEntry } from '../lib/entries';
import { RATE_UNITS, SIZE_UNITS } from '../lib/units';

/** How much a figure can be trusted, as labelled in the fact sheet. */
export const confidenceSchema = z.enum(['primary', 'secondary', 'tertiary', 'derived']);

/** Citations: at least one source id per entry; ids must exist in sources.json. */
const sourceIds = z.array(z.string().min(1)).min(1);

/** Stable kebab-case id, cited from other datasets and used as a page anchor. */
const id = z.string().regex(/^[a-z0-9-]+$/);

/**
 * The last fields of a fact, link, record, stream or audience: how far to trust it, its
 * sources and an optional note. Spread last, so the fields keep their order in the downloads.
 */
const cited = {
  confidence: confidenceSchema,
  sourceIds,
  note: z.string().optional(),
};

/** ISO date (YYYY-MM-DD), year-month (YYYY-MM) or year (YYYY). */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const rateSchema = z.object({ value: z.number().positive().finite(), unit: z.enum(RATE_UNITS) });
export const sizeSchema = z.object({ value: z.number().positive().finite(), unit: z.enum(SIZE_UNITS) });

/** What part of the story a source mainly supports; groups the /sources/ page. */
export const SOURCE_TOPICS = ['record', 'physics', 'speeds', 'media', 'audiences', 'history', 'coverage'] as const;

export const sourceSchema = z
  .object({
    /** Short stable id, cited by other datasets. */
    id,
    topic: z.enum(SOURCE_TOPICS),
    title: z.string().min(1),
    publisher: z.string().min(1),
    /** Where the text was read. Omitted only for material with no public address (private
     * notes of conference slides), which must then be labelled tertiary. */
    url: z.url().optional(),
    /** Publication date, or omitted when the page is undated. */
    date: isoDate.optional(),
    confidence: confidenceSchema,
    /** One line: what this source supports on the site. */
    supports: z.string().min(1),
    /** Caveats: a mirror, only the opening was readable, and so on. */
    note: z.string().optional(),
  })
  .refine((s) => s.url !== undefined || s.confidence === 'tertiary', 'a source without a public address must be labelled tertiary');

/** Units a fact may carry besides data rates and sizes. */
export const FACT_UNITS = ['km', 'mm', 'µm', 'nm', 'ms', 'µs/km', 'dB/km', 'Eb/s·km', 'THz', 'count', 'ratio', 'date', 'text', ...RATE_UNITS] as const;

export const factSchema = z
  .object({
    id,
    /** Which part of the story the fact belongs to. */
    group: z.enum(['record', 'physics', 'context']),
    label: z.string().min(1),
    /** Numbers for measured quantities; ISO dates for 'date'; words for 'text'. */
    value: z.union([z.number(), z.string()]),
    unit: z.enum(FACT_UNITS),
    ...cited,
  })
  .refine((f) => (f.unit === 'date' ? typeof f.value === 'string' && isoDate.safeParse(f.value).success : true), 'date facts need an ISO date')
  .refine((f) => (f.unit === 'text' ? typeof f.value === 'string' : true), 'text facts need a string value')
  .refine(
    (f) => (f.unit !== 'date' && f.unit !== 'text' ? typeof f.value === 'number' && f.value > 0 && Number.isFinite(f.value) : true),
    'numeric facts need a positive finite number',
  ) satisfies z.ZodType<FactEntry>;

export const linkSchema = z.object({
  id,
  label: z.string().min(1),
  /** 'country-average' is a national figure whose month and fixed/mobile type are unknown. */
  kind: z.enum(['record', 'fixed', 'mobile', 'country-average', 'consumer-plan', 'backbone', 'submarine', 'global']),
  rate: rateSchema,
  /** Month the measurement refers to (medians move monthly). */
  asOf: isoDate.optional(),
  ...cited,
}) satisfies z.ZodType<LinkEntry>;

export const payloadSchema = z
  .object({
    id,
    label: z.string().min(1),
    kind: z.enum(['video', 'text', 'audio', 'dataset', 'world']),
    /** A stored size … */
    size: sizeSchema.optional(),
    /** … or a stream: a bitrate held for a duration (size = rate × seconds). */
    stream: z.object({ rate: rateSchema, seconds: z.number().positive().finite() }).optional(),
    /** For a stored size of audio or video: how long it plays, so its bitrate can be derived. */
    playSeconds: z.number().positive().finite().optional(),
    /** When the size was measured (catalogues and dumps grow). */
    asOf: isoDate.optional(),
    /** True for figures that circulated in coverage but have no traceable source. */
    viral: z.boolean().default(false),
    confidence: confidenceSchema,
    sourceIds,
    caveat: z.string().optional(),
  })
  .refine((p) => (p.size === undefined) !== (p.stream === undefined), 'a payload has either a size or a stream')
  .refine((p) => p.playSeconds === undefined || p.size !== undefined, 'playSeconds belongs to a stored size, not a stream') satisfies z.ZodType<PayloadEntry>;

/** Another reading of a record's distance, from a source that disagrees with the row's. */
export const distanceReadingSchema = z.object({ km: z.number().positive().finite(), sourceIds });

export const recordSchema = z.object({
  id,
  /** Null where no source read gives the year: such a record has no place on a timeline. */
  year: z.number().int().min(1970).max(2100).nullable(),
  team: z.string().min(1),
  capacity: rateSchema,
  /** Null where no source gives the distance. */
  distanceKm: z.number().positive().finite().nullable(),
  /** Where sources disagree on the distance: the other readings (the row's own distance stays in distanceKm). */
  distanceDisputedKm: z.array(distanceReadingSchema).min(1).optional(),
  /** Which of sourceIds give the capacity shown, where the row cites several that disagree. */
  capacitySourceIds: sourceIds.optional(),
  /** Which of sourceIds give the distance shown, where the row cites several that disagree. */
  distanceSourceIds: sourceIds.optional(),
  /** Facts (facts.json) that repeat this row's figures for prose; integrity.ts checks they agree. */
  factIds: z.object({ capacity: id.optional(), distance: id.optional() }).optional(),
  fiber: z.string().min(1),
  /** True only where a source states standard 125 µm cladding (standard single-mode fiber counts). */
  standardCladding: z.boolean(),
  venue: z.string().min(1),
  highlight: z.boolean().default(false),
  ...cited,
}) satisfies z.ZodType<RecordEntry>;

/** A kind of stream for the "how many at once" comparison. */
export const streamSchema = z.object({
  id,
  label: z.string().min(1),
  rate: rateSchema,
  ...cited,
}) satisfies z.ZodType<StreamEntry>;

/** A real group of people to set stream counts against. */
export const audienceSchema = z.object({
  id,
  label: z.string().min(1),
  people: z.number().int().positive(),
  /** Reference date of the estimate. */
  asOf: isoDate,
  ...cited,
});

const positive = z.number().positive().finite();

/**
 * What a claim asserts, as references to other datasets plus the claimed number, so
 * src/lib/claims.ts can recompute it. One variant per shape of arithmetic.
 */
export const claimCheckSchema = z.discriminatedUnion('kind', [
  /** "Download <payload> in <claimedSeconds> over <link>." */
  z.object({ kind: z.literal('transfer-time'), payloadId: id, linkId: id, claimedSeconds: positive }),
  /** "<claimedRate> is <claimedPercent> % of the link", where claimedRate is presented as a real consumer speed. */
  z.object({ kind: z.literal('link-share'), linkId: id, claimedRate: rateSchema, claimedPercent: positive, realLinkId: id }),
  /** "<link> is <claimedRatio> times <baseline>." */
  z.object({ kind: z.literal('speed-ratio'), linkId: id, baselineLinkId: id, claimedRatio: positive }),
  /** "<claimedCopies> copies of <payload> per second." */
  z.object({ kind: z.literal('copies-per-second'), payloadId: id, linkId: id, claimedCopies: positive }),
  /** "<claimedStreams> simultaneous <stream> streams." */
  z.object({ kind: z.literal('simultaneous-streams'), linkId: id, streamId: id, claimedStreams: positive }),
  /** "<claimedYears> years of audio per second", audio bitrate from a payload with playSeconds. */
  z.object({ kind: z.literal('audio-years'), linkId: id, audioPayloadId: id, claimedYears: positive }),
  /** "The world generates <claimedSize> per day", against a daily-data payload. */
  z.object({ kind: z.literal('data-per-day'), payloadId: id, linkId: id, claimedSize: sizeSchema }),
  /** "Previous efforts reached up to <claimedRate>", against the records before <recordId>. */
  z.object({ kind: z.literal('previous-best'), recordId: id, claimedRate: rateSchema }),
  /** "<distance> every second": mixes a distance with a rate; compared with light's travel time. */
  z.object({ kind: z.literal('distance-per-second'), distanceFactId: id, groupIndexFactId: id, claimedSeconds: positive }),
]) satisfies z.ZodType<ClaimAssertion>;

export const claimSchema = z.object({
  id,
  /** The claim as it was printed. */
  quote: z.string().min(1),
  /** Outlet(s) where it appeared, in words. */
  outlet: z.string().min(1),
  /** Sources for where the claim appeared; empty when its origin was not traced. */
  outletSourceIds: z.array(z.string().min(1)),
  /** Sources for the figures used to check it. */
  sourceIds,
  /** The cause of the error (or of the caveat), in one line. */
  cause: z.string().min(1),
  /** Set when the claim holds only in a narrower scope than it states; makes "holds" "holds with a caveat". */
  scopeCaveat: z.string().optional(),
  note: z.string().optional(),
  check: claimCheckSchema,
}) satisfies z.ZodType<ClaimEntry>;

export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Payload = z.infer<typeof payloadSchema>;
export type FiberRecord = z.infer<typeof recordSchema>;
export type Stream = z.infer<typeof streamSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimInputs = z.infer<typeof claimCheckSchema>;

/** Each dataset's entry schema, by the dataset's public name (see src/data/index.ts). */
export const datasetSchemas = {
  sources: sourceSchema,
  facts: factSchema,
  links: linkSchema,
  payloads: payloadSchema,
  streams: streamSchema,
  audiences: audienceSchema,
  records: recordSchema,
  claims: claimSchema,
} as const;
