import { describe, expect, it } from 'vitest';
import { flattenEntry, toCsv } from '../../../src/data/export';
import { DATASET_NAMES, datasets } from '../../../src/data';
import { parseCsv } from '../../support/csv';

describe('flattenEntry', () => {
  it('uses dotted columns for nested objects and joins lists with a space', () => {
    expect(flattenEntry({ id: 'x', rate: { value: 1, unit: 'Pb/s' }, sourceIds: ['a', 'b'], distanceKm: null })).toEqual({
      id: 'x',
      'rate.value': 1,
      'rate.unit': 'Pb/s',
      sourceIds: 'a b',
      distanceKm: null,
    });
  });
});

describe('toCsv on every dataset', () => {
  it.each(DATASET_NAMES)('%s: one row per entry, every id in the first column, notes intact', (name) => {
    const entries = datasets[name] as readonly { id: string }[];
    const rows = parseCsv(toCsv(entries));
    const [header, ...body] = rows;
    expect(header?.[0]).toBe('id');
    expect(body).toHaveLength(entries.length);
    expect(body.map((r) => r[0])).toEqual(entries.map((e) => e.id));
    for (const row of body) expect(row).toHaveLength(header?.length ?? 0);
  });
  it('keeps a source note with commas and quotes intact', () => {
    const rows = parseCsv(toCsv(datasets.sources));
    const header = rows[0] ?? [];
    const noteColumn = header.indexOf('note');
    const withComma = datasets.sources.find((s) => s.note?.includes(',') && s.note.includes('"'));
    if (!withComma) throw new Error('expected a note with a comma and a quote');
    const row = rows.find((r) => r[0] === withComma.id);
    expect(row?.[noteColumn]).toBe(withComma.note);
  });
});
