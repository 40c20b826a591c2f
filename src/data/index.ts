/**
 * Typed access to the site's data for pages, widgets and src/lib. The JSON is validated by
 * zod in src/content.config.ts at build time and in tests, so the casts here are checked
 * elsewhere; importing this module never pulls zod into a client bundle.
 */
import type { Audience, Claim, Fact, FiberRecord, Link, Payload, Source, Stream } from './schema';
import audiencesJson from './audiences.json' with { type: 'json' };
import claimsJson from './claims.json' with { type: 'json' };
import factsJson from './facts.json' with { type: 'json' };
import linksJson from './links.json' with { type: 'json' };
import payloadsJson from './payloads.json' with { type: 'json' };
import recordsJson from './records.json' with { type: 'json' };
import sourcesJson from './sources.json' with { type: 'json' };
import streamsJson from './streams.json' with { type: 'json' };

export const sources = sourcesJson as readonly Source[];
export const facts = factsJson as readonly Fact[];
export const links = linksJson as readonly Link[];
export const payloads = payloadsJson as readonly Payload[];
export const streams = streamsJson as readonly Stream[];
export const audiences = audiencesJson as readonly Audience[];
export const records = recordsJson as readonly FiberRecord[];
export const claims = claimsJson as readonly Claim[];

/** Every dataset by its public name (the /data/ downloads use these names). */
export const datasets = { sources, facts, links, payloads, streams, audiences, records, claims } as const;
export type DatasetName = keyof typeof datasets;
export const DATASET_NAMES = Object.keys(datasets) as DatasetName[];

/** Finds an entry by id or throws, so a page asking for a missing entry fails the build. */
function byId<T extends { id: string }>(entries: readonly T[], what: string, id: string): T {
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
function entryLabel(entry: { id: string; label?: string; quote?: string; team?: string; year?: number | null }): string {
  if (entry.label !== undefined) return entry.label;
  if (entry.quote !== undefined) return entry.quote;
  if (entry.team !== undefined) return `${entry.year ?? ''} ${entry.team}`.trim();
  return entry.id;
}

/** Source id → the entries that cite it (claims count both the outlet and the checking sources). */
export function citationsBySource(): Map<string, Citation[]> {
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
