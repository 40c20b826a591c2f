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

/**
 * The `ja` object of each dataset's entries: its text fields, none blank and each optional here,
 * because the English entry decides which of them an entry needs (localisedEntrySchema checks
 * both ways); an unlisted field fails (strict). A dataset may add fields or bound them.
 */
function jaTextsSchema<F extends string, Extra extends z.ZodRawShape = Record<never, never>>(fields: readonly F[], extra?: Extra) {
  const texts = Object.fromEntries(fields.map((field) => [field, jaText.optional()])) as Record<F, z.ZodOptional<typeof jaText>>;
  return z.strictObject({ ...texts, ...extra } as Omit<typeof texts, keyof Extra> & Extra);
}

const JA_SCHEMAS = {
  /** `publisher` only where the English publisher holds more than the name (see above). */
  sources: jaTextsSchema(TEXT_FIELDS.sources, { publisher: jaText.optional() }),
  facts: jaTextsSchema(TEXT_FIELDS.facts),
  links: jaTextsSchema(TEXT_FIELDS.links),
  payloads: jaTextsSchema(TEXT_FIELDS.payloads),
  streams: jaTextsSchema(TEXT_FIELDS.streams),
  audiences: jaTextsSchema(TEXT_FIELDS.audiences),
  records: jaTextsSchema(TEXT_FIELDS.records),
  /** quoteGloss: the quote translated faithfully into Japanese; the quote itself stays as printed. */
  claims: jaTextsSchema(TEXT_FIELDS.claims, { quoteGloss: jaText }),
  /**
   * Same bounds as the English term, except that Japanese says as much in fewer characters; and
   * `reading`, the term's reading in hiragana, which a Japanese glossary is sorted by (五十音順):
   * a term with kanji needs it, since kanji do not sort by their sound.
   */
  glossary: jaTextsSchema(TEXT_FIELDS.glossary, {
    term: jaText.max(60).optional(),
    reading: z
      .string()
      .regex(/^[\p{Script=Hiragana}ー]+$/u, 'a reading is hiragana')
      .optional(),
    aliases: z.array(jaText).min(1).optional(),
    definition: jaText.min(20).max(420).optional(),
    example: jaText.min(5).max(300).optional(),
  }).superRefine((texts, ctx) => {
    if (texts.term !== undefined && /\p{Script=Han}/u.test(texts.term) && texts.reading === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reading'], message: `"${texts.term}" has kanji: give its reading in hiragana, which the Japanese glossary sorts by` });
    }
  }),
};

/** The Japanese texts of one entry of each localised dataset. */
export type JaTexts = { [D in LocalisedDatasetName]: z.infer<(typeof JA_SCHEMAS)[D]> };

/**
 * An entry as its file holds it: the English entry (checked by `entrySchema`, defaults applied)
 * plus `ja`, whose fields must be exactly the dataset's text fields that the English entry has.
 */
function localisedEntrySchema<D extends LocalisedDatasetName, E extends z.ZodType<object>>(dataset: D, entrySchema: E) {
  return z.intersection(entrySchema, z.object({ ja: JA_SCHEMAS[dataset] })).superRefine((entry, ctx) => {
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
  sources: localisedEntrySchema('sources', datasetSchemas.sources),
  facts: localisedEntrySchema('facts', datasetSchemas.facts),
  links: localisedEntrySchema('links', datasetSchemas.links),
  payloads: localisedEntrySchema('payloads', datasetSchemas.payloads),
  streams: localisedEntrySchema('streams', datasetSchemas.streams),
  audiences: localisedEntrySchema('audiences', datasetSchemas.audiences),
  records: localisedEntrySchema('records', datasetSchemas.records),
  claims: localisedEntrySchema('claims', datasetSchemas.claims),
} as const;

/** glossary.json: localised terms, with the glossary's id and related-term checks. */
export const localisedGlossarySchema = glossaryListSchema(localisedEntrySchema('glossary', glossaryTermSchema));
