/**
 * Claim notes are typed prose (ClaimCard and the worksheets print them as they are), so the
 * figures in them are checked here against the data they restate, worked out independently
 * from the JSON: change a record or a payload and the note must change with it.
 */
import { describe, expect, it } from 'vitest';
import claimsJson from '../../../src/data/claims.json' with { type: 'json' };
import recordsJson from '../../../src/data/records.json' with { type: 'json' };
import payloadsJson from '../../../src/data/payloads.json' with { type: 'json' };
import { derivedFigures } from '../../../src/lib/derived';

// Independent of src/lib/units: the units these entries use, as powers of ten.
const POWER: Record<string, number> = { 'Mb/s': 1e6, 'Gb/s': 1e9, 'Tb/s': 1e12, 'Pb/s': 1e15 };
const bps = (rate: { value: number; unit: string }) => rate.value * (POWER[rate.unit] ?? Number.NaN);
const en = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 3 });
const claim = (id: string) => {
  const found = claimsJson.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found as (typeof claimsJson)[number] & { note?: string; scopeCaveat?: string };
};
type Reading = { km: number };
const records = recordsJson as { id: string; year: number | null; capacity: { value: number; unit: string }; distanceKm: number | null; standardCladding: boolean; distanceDisputedKm?: Reading[] }[];

describe('the "up to 1.7 Pb/s … only over short distances" verdict', () => {
  const entry = claim('previous-best-1-7-petabits');
  if (entry.check.kind !== 'previous-best') throw new Error('not a previous-best claim');
  const record = records.find((r) => r.id === (entry.check as { recordId: string }).recordId)!;
  const earlier = records.filter((r) => r.year !== null && record.year !== null && r.year < record.year);
  const claimed = bps((entry.check as { claimedRate: { value: number; unit: string } }).claimedRate);
  const text = `${entry.cause} ${entry.scopeCaveat ?? ''} ${entry.note ?? ''}`;

  it('names every earlier rate above the claimed one (why it is false in general)', () => {
    const above = earlier.filter((r) => bps(r.capacity) > claimed * 1.001);
    expect(above.length).toBeGreaterThan(0);
    for (const r of above) expect(entry.cause, r.id).toContain(en(r.capacity.value));
    expect(entry.cause).toMatch(/false in general/i);
  });

  it('names the standard-cladding best, which is the claimed rate', () => {
    const best = Math.max(...earlier.filter((r) => r.standardCladding).map((r) => bps(r.capacity)));
    expect(best / claimed).toBeCloseTo(1, 9);
    expect(entry.cause).toMatch(/standard 125 µm cladding/);
  });

  it('names one threshold, the record’s own rate, and the longest earlier distance at or above it with its disputed readings', () => {
    expect(entry.scopeCaveat).toContain(`at or above ${en(record.capacity.value)} ${record.capacity.unit}`);
    const atRate = earlier.filter((r) => bps(r.capacity) >= bps(record.capacity) && r.distanceKm !== null);
    const longest = atRate.reduce((a, b) => ((b.distanceKm ?? 0) > (a.distanceKm ?? 0) ? b : a));
    expect(entry.scopeCaveat).toContain(`beyond ${en(longest.distanceKm!)} km`);
    for (const reading of longest.distanceDisputedKm ?? []) expect(entry.scopeCaveat, String(reading.km)).toContain(en(reading.km));
    // No second threshold: "1 Pb/s or more" and the 206 km it led to are gone.
    expect(text).not.toMatch(/1 Pb\/s or more|206 km/);
  });
});

describe('the Netflix note', () => {
  const note = claim('netflix-in-one-second').note ?? '';
  const size = (id: string) => {
    const found = payloadsJson.find((p) => p.id === id);
    if (!found?.size) throw new Error(`no sized payload ${id}`);
    return `${en(found.size.value)} ${found.size.unit}`;
  };

  it('words the 2013 figure as reported: master copies, and less after conversion', () => {
    expect(note).toContain(`${size('netflix-catalogue-2013')} of master copies`);
    expect(note).toContain(`${size('netflix-converted-2013')} after conversion`);
  });

  it('nowhere calls it every version or every encode', () => {
    const texts = [
      ...claimsJson.flatMap((c) => [c.cause, (c as { note?: string }).note ?? '', (c as { scopeCaveat?: string }).scopeCaveat ?? '']),
      ...payloadsJson.flatMap((p) => [p.label, p.caveat ?? '']),
      ...Object.values(derivedFigures).map((f) => f.describes),
    ];
    for (const text of texts) expect(text).not.toMatch(/all encodes|every encode|every version/i);
  });
});
