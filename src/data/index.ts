/**
 * The one way into the site's data. Every dataset in src/data, the glossary included, is parsed
 * here by its zod schema exactly once, when this module is first imported (at build time or in
 * a test), so schema defaults apply and a bad entry fails with its file and path; then the
 * cross-dataset checks of integrity.ts run once and any problem fails the build. Pages,
 * components and tests read the data from here, never from the JSON files. Islands never import
 * this module (they receive what they show as props), so neither the data nor zod reaches a
 * client bundle.
 *
 * Each entry's file also holds its Japanese texts (`ja`, see ja-schema.ts). The exports below are
 * the English entries, unchanged; `dataIn(locale)` gives the same datasets in either language.
 */
import { z } from 'astro/zod';
import type { GlossaryTerm } from './glossary-schema';
import { findAllProblems, type SiteData } from './integrity';
import { localisedEntrySchemas, localisedGlossarySchema } from './ja-schema';
import { inJapanese, splitJapanese, type DataLocale, type JapaneseTexts, type LocalisedClaim, type LocalisedData } from './locale';
import { type Audience, type Claim, type Fact, type FiberRecord, type Link, type Payload, type Source, type Stream } from './schema';
import audiencesJson from './audiences.json' with { type: 'json' };
import claimsJson from './claims.json' with { type: 'json' };
import factsJson from './facts.json' with { type: 'json' };
import glossaryJson from './glossary.json' with { type: 'json' };
import linksJson from './links.json' with { type: 'json' };
import payloadsJson from './payloads.json' with { type: 'json' };
import recordsJson from './records.json' with { type: 'json' };
import sourcesJson from './sources.json' with { type: 'json' };
import streamsJson from './streams.json' with { type: 'json' };

/** Parses one JSON file with its schema; the error names the file and every failing path. */
function parseFile<S extends z.ZodType>(file: string, schema: S, json: unknown): z.output<S> {
  const result = schema.safeParse(json);
  if (!result.success) throw new Error(`src/data/${file} does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** A dataset file: a list of entries, each checked by the entry schema. */
function parseDataset<S extends z.ZodType>(name: string, entrySchema: S, json: unknown): readonly z.output<S>[] {
  return parseFile(`${name}.json`, z.array(entrySchema), json);
}

/** The raw contents of each JSON file in src/data, by file name without `.json`. */
export type DataFiles = Record<keyof SiteData | 'glossary', unknown>;

export interface LoadedData extends SiteData {
  glossary: readonly GlossaryTerm[];
  /** The Japanese texts of every localised entry, by dataset and id. */
  ja: JapaneseTexts;
}

/**
 * Parses every file with its schema (English entry plus its `ja` texts), then runs the
 * cross-dataset checks on the English entries; throws on the first file that fails its schema,
 * or with every integrity problem at once. Exported so tests can feed it broken files; the site
 * calls it once, below, on the real ones.
 */
export function loadData(files: DataFiles): LoadedData {
  const sources = splitJapanese(parseDataset('sources', localisedEntrySchemas.sources, files.sources));
  const facts = splitJapanese(parseDataset('facts', localisedEntrySchemas.facts, files.facts));
  const links = splitJapanese(parseDataset('links', localisedEntrySchemas.links, files.links));
  const payloads = splitJapanese(parseDataset('payloads', localisedEntrySchemas.payloads, files.payloads));
  const streams = splitJapanese(parseDataset('streams', localisedEntrySchemas.streams, files.streams));
  const audiences = splitJapanese(parseDataset('audiences', localisedEntrySchemas.audiences, files.audiences));
  const records = splitJapanese(parseDataset('records', localisedEntrySchemas.records, files.records));
  const claims = splitJapanese(parseDataset('claims', localisedEntrySchemas.claims, files.claims));
  const data: SiteData = {
    sources: sources.english,
    facts: facts.english,
    links: links.english,
    payloads: payloads.english,
    streams: streams.english,
    audiences: audiences.english,
    records: records.english,
    claims: claims.english,
  };
  const problems = findAllProblems(data);
  if (problems.length > 0) throw new Error(`Data problems in src/data:\n${problems.join('\n')}`);
  const glossary = splitJapanese(parseFile('glossary.json', localisedGlossarySchema, files.glossary));
  return {
    ...data,
    glossary: glossary.english,
    ja: {
      sources: sources.ja,
      facts: facts.ja,
      links: links.ja,
      payloads: payloads.ja,
      streams: streams.ja,
      audiences: audiences.ja,
      records: records.ja,
      claims: claims.ja,
      glossary: glossary.ja,
    },
  };
}

const loaded = loadData({
  sources: sourcesJson,
  facts: factsJson,
  links: linksJson,
  payloads: payloadsJson,
  streams: streamsJson,
  audiences: audiencesJson,
  records: recordsJson,
  claims: claimsJson,
  glossary: glossaryJson,
});

export const sources: readonly Source[] = loaded.sources;
export const facts: readonly Fact[] = loaded.facts;
export const links: readonly Link[] = loaded.links;
export const payloads: readonly Payload[] = loaded.payloads;
export const streams: readonly Stream[] = loaded.streams;
export const audiences: readonly Audience[] = loaded.audiences;
export const records: readonly FiberRecord[] = loaded.records;
export const claims: readonly Claim[] = loaded.claims;
/** The glossary in file order (the pages that list it sort it); its schema also checks related ids. */
export const glossary: readonly GlossaryTerm[] = loaded.glossary;

/** Every dataset by its public name (the /data/ downloads use these names). */
export const datasets = { sources, facts, links, payloads, streams, audiences, records, claims } as const;
export type DatasetName = keyof typeof datasets;
export const DATASET_NAMES = Object.keys(datasets) as DatasetName[];

export type { DataLocale, LocalisedClaim, LocalisedData } from './locale';
const english: LocalisedData = { ...datasets, glossary };
const byLocale = new Map<DataLocale, LocalisedData>();

/**
 * Every dataset (and the glossary) with its text fields in `locale`: labels, notes, record rows,
 * claim causes, glossary terms. Ids, numbers, units, dates and source ids are the English
 * entries' own; sources keep their published titles; a claim's quote stays as printed and, in
 * Japanese, gains `quoteGloss`. Entries are typed as the English ones, so a page can pass them to
 * the same components. Built once per locale; 'en' is the exports above.
 */
export function dataIn(locale: DataLocale): LocalisedData {
  const built = byLocale.get(locale);
  if (built !== undefined) return built;
  const data = locale === 'en' ? english : inJapanese(english, loaded.ja);
  byLocale.set(locale, data);
  return data;
}

/**
 * Finds an entry by id or throws, so a page asking for a missing entry fails the build. Also for
 * the entries of dataIn(locale): `byId(dataIn(locale).glossary, 'glossary term', id)`.
 */
export function byId<T extends { id: string }>(entries: readonly T[], what: string, id: string): T {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`Unknown ${what} "${id}"`);
  return found;
}

export const fact = (id: string): Fact => byId(facts, 'fact', id);
export const source = (id: string): Source => byId(sources, 'source', id);
export const link = (id: string): Link => byId(links, 'link', id);
export const payload = (id: string): Payload => byId(payloads, 'payload', id);
export const stream = (id: string): Stream => byId(streams, 'stream', id);
export const audience = (id: string): Audience => byId(audiences, 'audience', id);
export const fiberRecord = (id: string): FiberRecord => byId(records, 'record', id);
export const claim = (id: string): Claim => byId(claims, 'claim', id);
export const glossaryTerm = (id: string): GlossaryTerm => byId(glossary, 'glossary term', id);

/** The by-id lookups above, over dataIn(locale): entries with their texts in `locale`. */
export interface Lookup {
  fact(id: string): Fact;
  source(id: string): Source;
  link(id: string): Link;
  payload(id: string): Payload;
  stream(id: string): Stream;
  audience(id: string): Audience;
  fiberRecord(id: string): FiberRecord;
  claim(id: string): LocalisedClaim;
  glossaryTerm(id: string): GlossaryTerm;
}

/** Finds entries by id in `locale`'s texts; an unknown id throws, as with the English lookups. */
export function lookupIn(locale: DataLocale): Lookup {
  const data = dataIn(locale);
  return {
    fact: (id) => byId(data.facts, 'fact', id),
    source: (id) => byId(data.sources, 'source', id),
    link: (id) => byId(data.links, 'link', id),
    payload: (id) => byId(data.payloads, 'payload', id),
    stream: (id) => byId(data.streams, 'stream', id),
    audience: (id) => byId(data.audiences, 'audience', id),
    fiberRecord: (id) => byId(data.records, 'record', id),
    claim: (id) => byId(data.claims, 'claim', id),
    glossaryTerm: (id) => byId(data.glossary, 'glossary term', id),
  };
}

/** The numeric value of a fact; throws when the fact is a date or text. */
export function factNumber(id: string): number {
  const { value } = fact(id);
  if (typeof value !== 'number') throw new Error(`Fact "${id}" is not a number`);
  return value;
}

/** One data entry that cites a source, for the /sources/ page. */
export interface Citation {
  dataset: Exclude<DatasetName, 'sources'>;
  id: string;
  label: string;
}

/** What each entry is called on screen: its label, or a claim's quote. */
function entryLabel(entry: { id: string; label?: string; quote?: string; quoteGloss?: string; team?: string; year?: number | null }): string {
  if (entry.label !== undefined) return entry.label;
  // A claim by its quote, translated where the page's language is not the quote's.
  if (entry.quote !== undefined) return entry.quoteGloss ?? entry.quote;
  if (entry.team !== undefined) return `${entry.year ?? ''} ${entry.team}`.trim();
  return entry.id;
}

/** Source id → the entries that cite it (claims count both the outlet and the checking sources), labelled in `locale`. */
export function citationsBySource(locale: DataLocale = 'en'): Map<string, Citation[]> {
  const { facts, links, payloads, streams, audiences, records, claims } = dataIn(locale);
  const index = new Map<string, Citation[]>(sources.map((s) => [s.id, []]));
  const citing = { facts, links, payloads, streams, audiences, records, claims } as const;
  for (const [dataset, entries] of Object.entries(citing) as [Citation['dataset'], readonly (Fact | Link | Payload | Stream | Audience | FiberRecord | Claim)[]][]) {
    for (const entry of entries) {
      const ids = new Set([...entry.sourceIds, ...('outletSourceIds' in entry ? entry.outletSourceIds : [])]);
      for (const sourceId of ids) index.get(sourceId)?.push({ dataset, id: entry.id, label: entryLabel(entry) });
    }
  }
  return index;
}
