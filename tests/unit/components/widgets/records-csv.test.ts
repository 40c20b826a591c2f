/**
 * The records chart's CSV (records-csv.ts): one row per record in the order given, units in the
 * header, each figure from records.json converted by hand here and rounded to the digits the
 * table shows (4 significant for rates and products, 5 for distances).
 */
import { describe, expect, it } from 'vitest';
import recordsJson from '../../../../src/data/records.json' with { type: 'json' };
import { recordsCsv } from '../../../../src/components/widgets/records-chart/records-csv';
import { recordText } from '../../../../src/components/widgets/records-chart/record-text';
import { RECORD_ROWS, STANDARD_CLADDING_UM } from '../../../../src/components/widgets/records-chart/options';
import { translator } from '../../../../src/i18n';

const t = translator('en');
const text = recordText('en', t, STANDARD_CLADDING_UM);
const TBPS: Record<string, number> = { 'Mb/s': 1e-6, 'Gb/s': 1e-3, 'Tb/s': 1, 'Pb/s': 1e3 };
const significant = (value: number, digits: number) => Number(value.toPrecision(digits));

describe('records chart CSV', () => {
  const { header, rows } = recordsCsv(RECORD_ROWS, text, t);

  it('names a unit in the header of every number column', () => {
    expect(header).toEqual(['Year', 'Capacity (Tb/s)', 'Distance (km)', 'Capacity × distance (Pb/s·km)', 'Cladding', 'Team', 'Fiber', 'Other reported distances (km)']);
  });

  it('writes each record’s figures from the data, in Tb/s, km and Pb/s·km, to the digits shown', () => {
    expect(rows).toHaveLength(recordsJson.length);
    for (const [i, record] of recordsJson.entries()) {
      const row = rows[i]!;
      const tbps = record.capacity.value * TBPS[record.capacity.unit]!;
      expect(row[0], record.id).toBe(record.year);
      expect(row[1], record.id).toBe(significant(tbps, 4));
      expect(row[2], record.id).toBe(record.distanceKm === null ? null : significant(record.distanceKm, 5));
      // Tb/s × km ÷ 1000 = Pb/s·km.
      expect(row[3], record.id).toBe(record.distanceKm === null ? null : significant((tbps * record.distanceKm) / 1000, 4));
      expect(row[6], record.id).toBe(record.fiber);
      expect(row[7], record.id).toBe(record.distanceDisputedKm?.map((d) => d.km).join('; '));
      if (record.confidence === 'tertiary') expect(row[5], record.id).toMatch(/^.+ \(Tertiary: .+\)$/);
      else expect(row[5], record.id).toBe(record.team);
    }
  });
});
