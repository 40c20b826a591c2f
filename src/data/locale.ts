/**
 * Splits the parsed files into English entries and their Japanese texts, and puts the two back
 * together for one locale. Used only by the loader (src/data/index.ts): the site reads
 * `dataIn(locale)` from there.
 */
import type { JaTexts } from './ja-schema';
import type { GlossaryTerm } from './glossary-schema';
import type { Audience, Claim, Fact, FiberRecord, Link, Payload, Source, Stream } from './schema';

/** The languages the data is written in. */
export type DataLocale = 'en' | 'ja';
export const DATA_LOCALES: readonly DataLocale[] = ['en', 'ja'];

/** A claim as a locale shows it: in Japanese, the printed quote plus its translation. */
export interface LocalisedClaim extends Claim {
  /** A faithful Japanese translation of `quote`, to be shown labelled as a translation; absent in English. */
  quoteGloss?: string;
}

/** A glossary term as a locale shows it: in Japanese, with its reading in hiragana where it has kanji. */
export interface LocalisedGlossaryTerm extends GlossaryTerm {
  /** How the term is read, which a Japanese glossary is sorted by; absent in English. */
  reading?: string;
}

/** Every dataset, with its text fields in one locale; ids, numbers, units and sources do not change. */
export interface LocalisedData {
  sources: readonly Source[];
  facts: readonly Fact[];
  links: readonly Link[];
  payloads: readonly Payload[];
  streams: readonly Stream[];
  audiences: readonly Audience[];
  records: readonly FiberRecord[];
  claims: readonly LocalisedClaim[];
  glossary: readonly LocalisedGlossaryTerm[];
}

/** The Japanese texts of each localised dataset, by entry id. */
export type JapaneseTexts = { [D in keyof JaTexts]: ReadonlyMap<string, JaTexts[D]> };

/** Parsed file entries → the English entries (as they were before `ja` existed) and the `ja` texts by id. */
export function splitJapanese<E extends { id: string }, J>(entries: readonly (E & { ja: J })[]): { english: E[]; ja: Map<string, J> } {
  const english: E[] = [];
  const ja = new Map<string, J>();
  for (const { ja: texts, ...entry } of entries) {
    // The rest of an `E & { ja }` without `ja` is the E the English schema parsed.
    english.push(entry as unknown as E);
    ja.set(entry.id, texts);
  }
  return { english, ja };
}

/** The entry with its text fields replaced by `texts` (which hold exactly the fields the entry has). */
function translated<E extends { id: string }, J extends object>(entries: readonly E[], texts: ReadonlyMap<string, J>, dataset: string): E[] {
  return entries.map((entry) => {
    const ja = texts.get(entry.id);
    if (ja === undefined) throw new Error(`${dataset}/${entry.id}: no Japanese texts`);
    return { ...entry, ...ja };
  });
}

/** The English data with every text field in Japanese; sources keep their published titles. */
export function inJapanese(english: Omit<LocalisedData, 'claims'> & { claims: readonly Claim[] }, ja: JapaneseTexts): LocalisedData {
  return {
    sources: translated(english.sources, ja.sources, 'sources'),
    facts: translated(english.facts, ja.facts, 'facts'),
    links: translated(english.links, ja.links, 'links'),
    payloads: translated(english.payloads, ja.payloads, 'payloads'),
    streams: translated(english.streams, ja.streams, 'streams'),
    audiences: translated(english.audiences, ja.audiences, 'audiences'),
    records: translated(english.records, ja.records, 'records'),
    claims: translated<LocalisedClaim, JaTexts['claims']>(english.claims, ja.claims, 'claims'),
    glossary: translated(english.glossary, ja.glossary, 'glossary'),
  };
}
