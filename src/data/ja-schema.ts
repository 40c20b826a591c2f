/**
 * The Japanese side of the data. Each entry of src/data/*.json carries a `ja`
 * object beside its English fields, holding the Japanese versions of exactly the reader-visible
 * text fields that entry has: a `note` in English needs a `ja.note`, a `ja.note` without an
 * English one fails, and a field the list below does not name fails too. So a label added in
 * English without its Japanese fails the build, and the loader (src/data/index.ts) parses each
 * file once with these schemas, then splits the English entries (exported as before) from the
 * Japanese texts (served by dataIn('ja')).
 *
 * Not localised: ids, numbers, units, dates and source ids; a source's title, as published (its
 * publisher too, unless the English adds our own words to the name: "NICT (joint release with
 * Sumitomo Electric Industries)" gets a Japanese `publisher`); and a claim's quote, which stays in the language it was printed in and gets a Japanese
 * gloss (`quoteGloss`, a faithful translation, shown labelled as one).
 */
import { z } from 'astro/zod';
import { glossaryListSchema, glossaryTermSchema } from './glossary-schema';
import { datasetSchemas } from './schema';

/** Japanese text: never empty or only blanks. */
const jaText = z.string().regex(/\S/, 'Japanese text must not be blank');

/** The reader-visible text fields of each localised dataset's entries, in file order. */
export const TEXT_FIELDS = {
  sources: ['supports', 'note'],
  facts: ['label', 'value', 'note'],
  links: ['label', 'note'],
  payloads: ['label', 'caveat'],
  streams: ['label', 'note'],
  audiences: ['label', 'note'],
  records: ['team', 'fiber', 'venue', 'note'],
  claims: ['outlet', 'cause', 'scopeCaveat', 'note'],
  glossary: ['term', 'aliases', 'definition', 'example'],
} as const;
export type LocalisedDatasetName = keyof typeof TEXT_FIELDS;

/**
 * Whether the English entry has the text field: a fact's value counts only when the fact is
 * words (unit 'text'; numbers and ISO dates are not translated), a list only when it is not empty.
 */
export function hasEnglishText(entry: Record<string, unknown>, field: string): boolean {
  if (field === 'value') return entry['unit'] === 'text';
  const value = entry[field];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** `publisher` only where the English publisher holds more than the name (see above). */
export const sourceJaSchema = z.strictObject({ publisher: jaText.optional(), supports: jaText, note: jaText.optional() });
export const factJaSchema = z.strictObject({ label: jaText, value: jaText.optional(), note: jaText.optional() });
export const linkJaSchema = z.strictObject({ label: jaText, note: jaText.optional() });
export const payloadJaSchema = z.strictObject({ label: jaText, caveat: jaText.optional() });
export const streamJaSchema = z.strictObject({ label: jaText, note: jaText.optional() });
export const audienceJaSchema = z.strictObject({ label: jaText, note: jaText.optional() });
export const recordJaSchema = z.strictObject({ team: jaText, fiber: jaText, venue: jaText, note: jaText.optional() });
export const claimJaSchema = z.strictObject({
  /** The quote translated faithfully into Japanese; the quote itself stays as printed. */
  quoteGloss: jaText,
  outlet: jaText,
  cause: jaText,
  scopeCaveat: jaText.optional(),
  note: jaText.optional(),
});
/** Same bounds as the English term, except that Japanese says as much in fewer characters. */
export const glossaryJaSchema = z.strictObject({
  term: jaText.max(60),
  aliases: z.array(jaText).min(1).optional(),
  definition: jaText.min(20).max(420),
  example: jaText.min(5).max(300).optional(),
});

export type SourceJa = z.infer<typeof sourceJaSchema>;
export type FactJa = z.infer<typeof factJaSchema>;
export type LinkJa = z.infer<typeof linkJaSchema>;
export type PayloadJa = z.infer<typeof payloadJaSchema>;
export type StreamJa = z.infer<typeof streamJaSchema>;
export type AudienceJa = z.infer<typeof audienceJaSchema>;
export type RecordJa = z.infer<typeof recordJaSchema>;
export type ClaimJa = z.infer<typeof claimJaSchema>;
export type GlossaryJa = z.infer<typeof glossaryJaSchema>;

/**
 * An entry as its file holds it: the English entry (checked by `entrySchema`, defaults applied)
 * plus `ja`, whose fields must be exactly the dataset's text fields that the English entry has.
 */
function localisedEntrySchema<E extends z.ZodType<object>, J extends z.ZodType<object>>(dataset: LocalisedDatasetName, entrySchema: E, jaSchema: J) {
  return z.intersection(entrySchema, z.object({ ja: jaSchema })).superRefine((entry, ctx) => {
    // The output type is generic here; the shape is the English entry plus a `ja` object.
    const { ja, ...english } = entry as unknown as { ja: Record<string, unknown> } & Record<string, unknown>;
    for (const field of TEXT_FIELDS[dataset]) {
      const inEnglish = hasEnglishText(english, field);
      const inJapanese = ja[field] !== undefined;
      if (inEnglish && !inJapanese) ctx.addIssue({ code: 'custom', path: ['ja', field], message: `"${field}" has English text but no Japanese (add ja.${field})` });
      if (!inEnglish && inJapanese) ctx.addIssue({ code: 'custom', path: ['ja', field], message: `ja.${field} has no English "${field}" to translate` });
    }
  });
}

/** Each localised file's entry schema, by dataset name. */
export const localisedEntrySchemas = {
  sources: localisedEntrySchema('sources', datasetSchemas.sources, sourceJaSchema),
  facts: localisedEntrySchema('facts', datasetSchemas.facts, factJaSchema),
  links: localisedEntrySchema('links', datasetSchemas.links, linkJaSchema),
  payloads: localisedEntrySchema('payloads', datasetSchemas.payloads, payloadJaSchema),
  streams: localisedEntrySchema('streams', datasetSchemas.streams, streamJaSchema),
  audiences: localisedEntrySchema('audiences', datasetSchemas.audiences, audienceJaSchema),
  records: localisedEntrySchema('records', datasetSchemas.records, recordJaSchema),
  claims: localisedEntrySchema('claims', datasetSchemas.claims, claimJaSchema),
} as const;

/** glossary.json: localised terms, with the glossary's id and related-term checks. */
export const localisedGlossarySchema = glossaryListSchema(localisedEntrySchema('glossary', glossaryTermSchema, glossaryJaSchema));
