/**
 * Claim notes are typed prose (ClaimCard and the worksheets print them as they are), so the
 * figures in them are checked here against the data they restate, worked out independently of
 * src/lib: change a record or a payload and the note must change with it.
 */
import { describe, expect, it } from 'vitest';
import { claims, payloads, records } from '../../../src/data';
import { derivedFigures } from '../../../src/data/derived';

// Independent of src/lib/units: the units these entries use, as powers of ten.
const POWER: Record<string, number> = { 'Mb/s': 1e6, 'Gb/s': 1e9, 'Tb/s': 1e12, 'Pb/s': 1e15 };
const bps = (rate: { value: number; unit: string }) => rate.value * (POWER[rate.unit] ?? Number.NaN);
const en = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 3 });
const claim = (id: string) => {
  const found = claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};

describe('the "up to 1.7 Pb/s … only over short distances" verdict', () => {
  const entry = claim('previous-best-1-7-petabits');
  if (entry.check.kind !== 'previous-best') throw new Error('not a previous-best claim');
  const { recordId, claimedRate } = entry.check;
  const record = records.find((r) => r.id === recordId)!;
  const earlier = records.filter((r) => r.year !== null && record.year !== null && r.year < record.year);
  const claimed = bps(claimedRate);
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
    const found = payloads.find((p) => p.id === id);
    if (!found?.size) throw new Error(`no sized payload ${id}`);
    return `${en(found.size.value)} ${found.size.unit}`;
  };

  it('words the 2013 figure as reported: master copies, and less after conversion', () => {
    expect(note).toContain(`${size('netflix-catalogue-2013')} of master copies`);
    expect(note).toContain(`${size('netflix-converted-2013')} after conversion`);
  });

  it('nowhere calls it every version or every encode', () => {
    const texts = [
      ...claims.flatMap((c) => [c.cause, c.note ?? '', c.scopeCaveat ?? '']),
      ...payloads.flatMap((p) => [p.label, p.caveat ?? '']),
      ...Object.values(derivedFigures).map((f) => f.describes),
    ];
    for (const text of texts) expect(text).not.toMatch(/all encodes|every encode|every version/i);
  });
});
