import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, datasets, sources } from '../../../src/data';
import { claimSchema, datasetSchemas, factSchema, linkSchema, payloadSchema, recordSchema, sourceSchema, streamSchema, audienceSchema } from '../../../src/data/schema';

const source = { id: 'x', topic: 'record', title: 'T', publisher: 'P', url: 'https://example.org/', confidence: 'primary', supports: 'S' };
const cite = { confidence: 'secondary', sourceIds: ['x'] };

describe('every shipped entry passes its schema', () => {
  it.each(DATASET_NAMES)('%s', (name) => {
    const schema = datasetSchemas[name];
    const entries = datasets[name] as readonly unknown[];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const result = schema.safeParse(entry);
      expect(result.success, `${name}/${(entry as { id: string }).id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });
  it('every source has an https or http URL (or is tertiary without one) and a one-line "supports"', () => {
    for (const s of sources) {
      if (s.url === undefined) expect(s.confidence, s.id).toBe('tertiary');
      else expect(new URL(s.url).protocol, s.id).toMatch(/^https?:$/);
      expect(s.supports.includes('\n'), s.id).toBe(false);
    }
  });
});

describe('schemas reject bad entries', () => {
  it('sources: a bad id, a missing URL, an unknown confidence, a bad date', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, id: 'Has Spaces' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: 'not a url' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, confidence: 'certain' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, date: '29 May 2025' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, topic: 'gossip' }).success).toBe(false);
  });
  it('facts: zero, negative, unknown unit, a date that is not ISO, no sources', () => {
    const base = { id: 'x', group: 'record', label: 'x', ...cite };
    expect(factSchema.safeParse({ ...base, value: 1, unit: 'km' }).success).toBe(true);
    expect(factSchema.safeParse({ ...base, value: 0, unit: 'km' }).success).toBe(false);
    expect(factSchema.safeParse({ ...base, value: -1, unit: 'km' }).success).toBe(false);
    expect(factSchema.safeParse({ ...base, value: 1, unit: 'furlongs' }).success).toBe(false);
    expect(factSchema.safeParse({ ...base, value: 'May 2025', unit: 'date' }).success).toBe(false);
    expect(factSchema.safeParse({ ...base, value: 1, unit: 'km', sourceIds: [] }).success).toBe(false);
  });
  it('links: a zero rate, a size unit as a rate, an unknown kind', () => {
    const base = { id: 'x', label: 'x', kind: 'fixed', rate: { value: 100, unit: 'Mb/s' }, ...cite };
    expect(linkSchema.safeParse(base).success).toBe(true);
    expect(linkSchema.safeParse({ ...base, rate: { value: 0, unit: 'Mb/s' } }).success).toBe(false);
    expect(linkSchema.safeParse({ ...base, rate: { value: 1, unit: 'MB' } }).success).toBe(false);
    expect(linkSchema.safeParse({ ...base, kind: 'carrier-pigeon' }).success).toBe(false);
  });
  it('payloads: both a size and a stream, neither, playSeconds on a stream', () => {
    const base = { id: 'x', label: 'x', kind: 'video', ...cite };
    const size = { value: 1, unit: 'GB' };
    const stream = { rate: { value: 5, unit: 'Mb/s' }, seconds: 60 };
    expect(payloadSchema.safeParse({ ...base, size }).success).toBe(true);
    expect(payloadSchema.safeParse({ ...base, stream }).success).toBe(true);
    expect(payloadSchema.safeParse({ ...base, size, stream }).success).toBe(false);
    expect(payloadSchema.safeParse(base).success).toBe(false);
    expect(payloadSchema.safeParse({ ...base, stream, playSeconds: 60 }).success).toBe(false);
    expect(payloadSchema.safeParse({ ...base, size: { value: -1, unit: 'GB' } }).success).toBe(false);
  });
  it('records: a year out of range, a negative distance', () => {
    const base = { id: 'x', year: 2020, team: 't', capacity: { value: 1, unit: 'Pb/s' }, distanceKm: 10, fiber: 'f', standardCladding: true, venue: 'v', ...cite };
    expect(recordSchema.safeParse(base).success).toBe(true);
    expect(recordSchema.safeParse({ ...base, distanceKm: null }).success).toBe(true);
    expect(recordSchema.safeParse({ ...base, year: 1850 }).success).toBe(false);
    expect(recordSchema.safeParse({ ...base, distanceKm: -5 }).success).toBe(false);
    // An unknown year is allowed, as null, never as a missing field or a made-up number.
    expect(recordSchema.safeParse({ ...base, year: null }).success).toBe(true);
    expect(recordSchema.safeParse({ ...base, year: undefined }).success).toBe(false);
    // Disputed distance readings need a positive distance and their own sources.
    expect(recordSchema.safeParse({ ...base, distanceDisputedKm: [{ km: 67, sourceIds: ['a'] }] }).success).toBe(true);
    expect(recordSchema.safeParse({ ...base, distanceDisputedKm: [{ km: 67, sourceIds: [] }] }).success).toBe(false);
    expect(recordSchema.safeParse({ ...base, distanceDisputedKm: [] }).success).toBe(false);
  });
  it('streams and audiences: zero or fractional people, a zero bitrate', () => {
    expect(streamSchema.safeParse({ id: 'x', label: 'x', rate: { value: 0, unit: 'Mb/s' }, ...cite }).success).toBe(false);
    const audience = { id: 'x', label: 'x', people: 1000, asOf: '2024', ...cite };
    expect(audienceSchema.safeParse(audience).success).toBe(true);
    expect(audienceSchema.safeParse({ ...audience, people: 0 }).success).toBe(false);
    expect(audienceSchema.safeParse({ ...audience, people: 10.5 }).success).toBe(false);
  });
  it('claims: an unknown check kind, a check missing its inputs, a zero claimed value', () => {
    const base = { id: 'x', quote: 'q', outlet: 'o', outletSourceIds: [], sourceIds: ['x'], cause: 'c' };
    const check = { kind: 'copies-per-second', payloadId: 'p', linkId: 'l', claimedCopies: 10 };
    expect(claimSchema.safeParse({ ...base, check }).success).toBe(true);
    expect(claimSchema.safeParse({ ...base, check: { ...check, kind: 'vibes' } }).success).toBe(false);
    expect(claimSchema.safeParse({ ...base, check: { kind: 'copies-per-second', claimedCopies: 10 } }).success).toBe(false);
    expect(claimSchema.safeParse({ ...base, check: { ...check, claimedCopies: 0 } }).success).toBe(false);
  });
});
