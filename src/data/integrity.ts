/**
 * Cross-dataset checks that zod cannot express on one entry: every cited source exists, ids
 * are unique, every source is cited, claims point at entries that exist and have the right
 * shape, and the record agrees with itself across datasets. Returns the problems as
 * sentences; the build throws on any.
 */
import type { Audience, Claim, Fact, FiberRecord, Link, Payload, Source, Stream } from './schema';

export interface Citing {
  id: string;
  sourceIds: readonly string[];
}

export function findDataProblems(sources: readonly { id: string }[], datasets: Record<string, readonly Citing[]>): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  for (const source of sources) {
    if (known.has(source.id)) problems.push(`sources: duplicate id "${source.id}"`);
    known.add(source.id);
  }
  for (const [name, entries] of Object.entries(datasets)) {
    const ids = new Set<string>();
    for (const entry of entries) {
      if (ids.has(entry.id)) problems.push(`${name}: duplicate id "${entry.id}"`);
      ids.add(entry.id);
      for (const sourceId of entry.sourceIds) {
        if (!known.has(sourceId)) problems.push(`${name}/${entry.id}: cites unknown source "${sourceId}"`);
      }
    }
  }
  return problems;
}

/** Sources nothing cites: the sources page should list only what the site uses. */
export function findUncitedSources(sources: readonly { id: string }[], datasets: Record<string, readonly Citing[]>): string[] {
  const cited = new Set(Object.values(datasets).flatMap((entries) => entries.flatMap((entry) => entry.sourceIds)));
  return sources.filter((s) => !cited.has(s.id)).map((s) => `sources/${s.id}: cited by no entry`);
}

/** Claims cite their outlets separately; for citation checks both lists count. */
export function claimCitations(claims: readonly Claim[]): Citing[] {
  return claims.map((c) => ({ id: c.id, sourceIds: [...c.sourceIds, ...c.outletSourceIds] }));
}

export interface ReferenceData {
  facts: readonly Fact[];
  links: readonly Link[];
  payloads: readonly Payload[];
  streams: readonly Stream[];
  records: readonly FiberRecord[];
  claims: readonly Claim[];
}

/** The dataset each id field of a claim's check names (every check field ending in "Id"). */
const DATASET_OF_ID_FIELD: Record<string, Exclude<keyof ReferenceData, 'claims'>> = {
  payloadId: 'payloads',
  audioPayloadId: 'payloads',
  linkId: 'links',
  realLinkId: 'links',
  baselineLinkId: 'links',
  streamId: 'streams',
  recordId: 'records',
  distanceFactId: 'facts',
  groupIndexFactId: 'facts',
};

/** Every id a claim refers to exists, with the shape its arithmetic needs. */
function claimProblems(claim: Claim, data: ReferenceData): string[] {
  const problems: string[] = [];
  const where = `claims/${claim.id}`;
  // Checked by field name rather than per kind, so a new check kind's ids are checked too.
  for (const [field, id] of Object.entries(claim.check)) {
    if (!field.endsWith('Id')) continue;
    const dataset = DATASET_OF_ID_FIELD[field];
    if (dataset === undefined) problems.push(`${where}: no dataset known for the field "${field}" (add it to DATASET_OF_ID_FIELD)`);
    else if (!data[dataset].some((entry) => entry.id === id)) problems.push(`${where}: unknown ${dataset.replace(/s$/, '')} "${String(id)}"`);
  }
  const check = claim.check;
  if (check.kind === 'audio-years') {
    const audio = data.payloads.find((p) => p.id === check.audioPayloadId);
    if (audio && audio.stream === undefined && audio.playSeconds === undefined) problems.push(`${where}: payload "${audio.id}" has no bitrate (needs a stream or playSeconds)`);
  }
  if (check.kind === 'distance-per-second') {
    const distance = data.facts.find((f) => f.id === check.distanceFactId);
    const index = data.facts.find((f) => f.id === check.groupIndexFactId);
    if (distance?.unit !== 'km') problems.push(`${where}: "${check.distanceFactId}" is not a fact in km`);
    if (index?.unit !== 'ratio') problems.push(`${where}: "${check.groupIndexFactId}" is not a ratio fact`);
  }
  return problems;
}

/** The record appears as a fact, a link and a history row; they must agree. */
function recordProblems(data: ReferenceData): string[] {
  const problems: string[] = [];
  const highlighted = data.records.filter((r) => r.highlight);
  if (highlighted.length !== 1) problems.push(`records: expected exactly one highlighted record, found ${highlighted.length}`);
  const rate = data.facts.find((f) => f.id === 'record-rate');
  const distance = data.facts.find((f) => f.id === 'record-distance');
  const recordLinks = data.links.filter((l) => l.kind === 'record');
  for (const record of highlighted) {
    if (rate && (record.capacity.value !== rate.value || record.capacity.unit !== rate.unit)) problems.push(`records/${record.id}: capacity differs from fact "record-rate"`);
    if (distance && record.distanceKm !== distance.value) problems.push(`records/${record.id}: distance differs from fact "record-distance"`);
  }
  for (const recordLink of recordLinks) {
    if (rate && (recordLink.rate.value !== rate.value || recordLink.rate.unit !== rate.unit)) problems.push(`links/${recordLink.id}: rate differs from fact "record-rate"`);
  }
  return problems;
}

/**
 * A history row's per-figure sources and disputed readings cite only what the row cites, and
 * facts that repeat a row's figures for prose say the same as the row.
 */
function recordRowProblems(record: FiberRecord, facts: readonly Fact[]): string[] {
  const problems: string[] = [];
  const where = `records/${record.id}`;
  const cited = new Set(record.sourceIds);
  const perFigure = [...(record.capacitySourceIds ?? []), ...(record.distanceSourceIds ?? []), ...(record.distanceDisputedKm ?? []).flatMap((reading) => reading.sourceIds)];
  for (const sourceId of perFigure) if (!cited.has(sourceId)) problems.push(`${where}: "${sourceId}" backs a figure but is not in sourceIds`);
  if (record.distanceKm === null && (record.distanceDisputedKm !== undefined || record.distanceSourceIds !== undefined))
    problems.push(`${where}: distance sources or readings without a distance`);
  for (const reading of record.distanceDisputedKm ?? []) {
    if (reading.km === record.distanceKm) problems.push(`${where}: disputed reading ${reading.km} km repeats the row's own distance`);
  }
  const capacityFact = record.factIds?.capacity;
  if (capacityFact !== undefined) {
    const found = facts.find((f) => f.id === capacityFact);
    if (!found) problems.push(`${where}: unknown fact "${capacityFact}"`);
    else if (found.value !== record.capacity.value || found.unit !== record.capacity.unit) problems.push(`${where}: capacity differs from fact "${capacityFact}"`);
  }
  const distanceFact = record.factIds?.distance;
  if (distanceFact !== undefined) {
    const found = facts.find((f) => f.id === distanceFact);
    if (!found) problems.push(`${where}: unknown fact "${distanceFact}"`);
    else if (found.unit !== 'km' || found.value !== record.distanceKm) problems.push(`${where}: distance differs from fact "${distanceFact}"`);
  }
  return problems;
}

export function findReferenceProblems(data: ReferenceData): string[] {
  return [...data.claims.flatMap((claim) => claimProblems(claim, data)), ...recordProblems(data), ...data.records.flatMap((record) => recordRowProblems(record, data.facts))];
}

/** Every dataset the site ships; the build and the tests check exactly this. */
export interface SiteData extends ReferenceData {
  sources: readonly Source[];
  audiences: readonly Audience[];
}

/** All problems across all datasets: citations, uncited sources, references and record consistency. */
export function findAllProblems(data: SiteData): string[] {
  const { sources, facts, links, payloads, streams, audiences, records, claims } = data;
  const citing = { facts, links, payloads, streams, audiences, records, claims: claimCitations(claims) };
  return [...findDataProblems(sources, citing), ...findUncitedSources(sources, citing), ...findReferenceProblems(data)];
}
