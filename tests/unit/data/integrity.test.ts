import { describe, expect, it } from 'vitest';
import { findAllProblems, findDataProblems, findReferenceProblems, findUncitedSources, type SiteData } from '../../../src/data/integrity';
import { DATASET_NAMES, datasets } from '../../../src/data';

/** A deep copy of the shipped data that a test may break. */
function copyOfData(): SiteData {
  return structuredClone(datasets) as unknown as SiteData;
}

describe('findDataProblems', () => {
  it('reports a citation of a source that does not exist', () => {
    const problems = findDataProblems([{ id: 'a' }], { facts: [{ id: 'x', sourceIds: ['a', 'missing'] }] });
    expect(problems).toEqual(['facts/x: cites unknown source "missing"']);
  });
  it('reports duplicate ids', () => {
    expect(findDataProblems([{ id: 'a' }, { id: 'a' }], { facts: [] })).toHaveLength(1);
    expect(
      findDataProblems([{ id: 'a' }], {
        facts: [
          { id: 'x', sourceIds: ['a'] },
          { id: 'x', sourceIds: ['a'] },
        ],
      }),
    ).toHaveLength(1);
  });
  it('reports sources nothing cites', () => {
    expect(findUncitedSources([{ id: 'a' }, { id: 'b' }], { facts: [{ id: 'x', sourceIds: ['a'] }] })).toEqual(['sources/b: cited by no entry']);
  });
});

describe('findAllProblems on the shipped data', () => {
  it('finds nothing wrong', () => {
    expect(findAllProblems(datasets)).toEqual([]);
  });

  // If a new dataset is added to src/data/index.ts but not to the checks, this fails.
  it.each(DATASET_NAMES.filter((name) => name !== 'sources'))('catches an unknown source cited in %s', (name) => {
    const data = copyOfData();
    const first = (data[name] as unknown as { id: string; sourceIds: string[] }[])[0];
    if (!first) throw new Error(`${name} is empty`);
    first.sourceIds = [...first.sourceIds, 'no-such-source'];
    expect(findAllProblems(data)).toContain(`${name}/${first.id}: cites unknown source "no-such-source"`);
  });

  it('catches an unknown outlet source on a claim', () => {
    const data = copyOfData();
    const first = data.claims[0] as { id: string; outletSourceIds: string[] };
    first.outletSourceIds = ['no-such-outlet'];
    expect(findAllProblems(data)).toContain(`claims/${first.id}: cites unknown source "no-such-outlet"`);
  });

  it('catches duplicate ids in every dataset', () => {
    for (const name of DATASET_NAMES) {
      const data = copyOfData();
      const entries = data[name] as unknown as { id: string }[];
      const [first, second] = entries;
      if (!first || !second) throw new Error(`${name} needs two entries`);
      second.id = first.id;
      expect(
        findAllProblems(data).some((p) => p.includes(`duplicate id "${first.id}"`)),
        name,
      ).toBe(true);
    }
  });
});

describe('findReferenceProblems', () => {
  it('catches a claim that points at a missing payload', () => {
    const data = copyOfData();
    const claim = data.claims.find((c) => c.check.kind === 'copies-per-second');
    if (claim?.check.kind !== 'copies-per-second') throw new Error('no copies-per-second claim');
    claim.check.payloadId = 'no-such-payload';
    expect(findReferenceProblems(data)).toEqual([`claims/${claim.id}: unknown payload "no-such-payload"`]);
  });
  it('catches a record row that disagrees with the record-rate fact', () => {
    const data = copyOfData();
    const highlighted = data.records.find((r) => r.highlight);
    if (!highlighted) throw new Error('no highlighted record');
    (highlighted.capacity as { value: number }).value = 1.03;
    expect(findReferenceProblems(data)).toEqual([`records/${highlighted.id}: capacity differs from fact "record-rate"`]);
  });
  it('catches a record link that disagrees with the record-rate fact', () => {
    const data = copyOfData();
    const recordLink = data.links.find((l) => l.kind === 'record');
    if (!recordLink) throw new Error('no record link');
    (recordLink.rate as { unit: string }).unit = 'PB/s';
    expect(findReferenceProblems(data)).toEqual([`links/${recordLink.id}: rate differs from fact "record-rate"`]);
  });
  it('catches an audio claim whose payload has no bitrate', () => {
    const data = copyOfData();
    const claim = data.claims.find((c) => c.check.kind === 'audio-years');
    if (claim?.check.kind !== 'audio-years') throw new Error('no audio claim');
    claim.check.audioPayloadId = 'wikipedia-en-compressed';
    expect(findReferenceProblems(data)).toEqual([`claims/${claim.id}: payload "wikipedia-en-compressed" has no bitrate (needs a stream or playSeconds)`]);
  });
  it('catches a per-figure source that the record row does not cite', () => {
    const data = copyOfData();
    const row = data.records.find((r) => r.capacitySourceIds !== undefined);
    if (!row) throw new Error('no record with per-figure sources');
    (row as { capacitySourceIds: string[] }).capacitySourceIds = ['nict-2025-press'];
    expect(findReferenceProblems(data)).toEqual([`records/${row.id}: "nict-2025-press" backs a figure but is not in sourceIds`]);
  });
  it('catches a disputed reading that repeats the row’s own distance', () => {
    const data = copyOfData();
    const row = data.records.find((r) => r.distanceDisputedKm !== undefined);
    if (!row?.distanceDisputedKm?.[0] || row.distanceKm === null) throw new Error('no record with a disputed distance');
    (row.distanceDisputedKm[0] as { km: number }).km = row.distanceKm;
    expect(findReferenceProblems(data)).toEqual([`records/${row.id}: disputed reading ${row.distanceKm} km repeats the row's own distance`]);
  });
  it('catches a record row that disagrees with a fact repeating its figures', () => {
    const data = copyOfData();
    const row = data.records.find((r) => r.factIds?.distance !== undefined);
    if (!row?.factIds?.distance || row.distanceKm === null) throw new Error('no record mirrored by a fact');
    (row as { distanceKm: number }).distanceKm = row.distanceKm + 1;
    expect(findReferenceProblems(data)).toEqual([`records/${row.id}: distance differs from fact "${row.factIds.distance}"`]);
  });
});
