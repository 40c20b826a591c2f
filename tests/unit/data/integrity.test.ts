import { describe, expect, it } from 'vitest';
import { findDataProblems } from '../../../src/data/integrity';
import { facts, sources } from '../../../src/data';
import { factSchema, sourceSchema } from '../../../src/data/schema';

describe('findDataProblems', () => {
  it('reports a citation of a source that does not exist', () => {
    const problems = findDataProblems([{ id: 'a' }], { facts: [{ id: 'x', sourceIds: ['a', 'missing'] }] });
    expect(problems).toEqual(['facts/x: cites unknown source "missing"']);
  });
  it('reports duplicate ids', () => {
    expect(findDataProblems([{ id: 'a' }, { id: 'a' }], { facts: [] })).toHaveLength(1);
    expect(findDataProblems([{ id: 'a' }], { facts: [{ id: 'x', sourceIds: ['a'] }, { id: 'x', sourceIds: ['a'] }] })).toHaveLength(1);
  });
  it('finds nothing wrong with the shipped data', () => {
    expect(findDataProblems(sources, { facts })).toEqual([]);
  });
});

describe('schemas', () => {
  it('accept every shipped entry', () => {
    for (const s of sources) expect(sourceSchema.safeParse(s).success, s.id).toBe(true);
    for (const f of facts) expect(factSchema.safeParse(f).success, f.id).toBe(true);
  });
  it('reject a zero, a negative and an unknown unit', () => {
    const base = { id: 'x', group: 'record', label: 'x', confidence: 'primary', sourceIds: ['a'] };
    expect(factSchema.safeParse({ ...base, value: 0, unit: 'km' }).success).toBe(false);
    expect(factSchema.safeParse({ ...base, value: -1, unit: 'km' }).success).toBe(false);
    expect(factSchema.safeParse({ ...base, value: 1, unit: 'furlongs' }).success).toBe(false);
    expect(factSchema.safeParse({ ...base, value: 1, unit: 'km' }).success).toBe(true);
  });
});
