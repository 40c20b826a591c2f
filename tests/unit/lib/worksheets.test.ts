import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import {
  allWorksheets,
  formatShown,
  formatShownText,
  headlineWorksheet,
  lightWorksheet,
  petabitWorksheet,
  questionFor,
  type RecordInputs,
  type Shown,
  type WorksheetInputs,
  type WorksheetSlug,
} from '../../../src/lib/worksheets';
import { HOLDS_WITHIN } from '../../../src/lib/claims';
import { sizeToBytes } from '../../../src/lib/units';
import { SECONDS_PER_DAY, SECONDS_PER_YEAR } from '../../../src/lib/constants';
import { HEADLINE_CLAIM_IDS, recordInputsFromData, worksheetInputsFromData } from '../../../src/components/classroom/record-inputs';
import { factNumber, payload } from '../../../src/data';
import type { Payload } from '../../../src/data/schema';

const C = 299_792.458;
/** An independent record (no loop, no group index), with the real claims and datasets. */
const base: RecordInputs = {
  rateBitsPerSecond: 1.02e15,
  distanceKm: 1808,
  cores: 19,
  claddingMm: 0.125,
  statedCapacityDistance: 1.86e18,
};
const fromData = worksheetInputsFromData();
const inputs = (record: Partial<RecordInputs> = {}): WorksheetInputs => ({ ...fromData, record: { ...base, ...record } });
const full = inputs({ groupIndex: 1.468, loopSpanKm: 86.1 });

const answer = (slug: WorksheetSlug, id: string, from: WorksheetInputs = inputs(), part = 0): Shown => {
  const found = questionFor(slug, id, from).answers[part];
  if (!found) throw new Error(`${slug}/${id} has no answer ${part}`);
  return found;
};
const text = (shown: Shown) => formatShownText(shown, 'en');
const storedBytes = (p: Payload) => sizeToBytes(p.size ?? { value: Number.NaN, unit: 'B' });

describe('answers are generated from the data, not typed', () => {
  it('reads the record and the claims from src/data', () => {
    const { record, claims } = fromData;
    expect(record.rateBitsPerSecond).toBeCloseTo(factNumber('record-rate') * 1e15, 0);
    expect(record.distanceKm).toBe(factNumber('record-distance'));
    expect(record.statedCapacityDistance).toBeCloseTo(factNumber('record-capacity-distance-stated') * 1e18, 0);
    expect(record.loopSpanKm).toBe(factNumber('record-loop-span'));
    expect(record.groupIndex).toBe(factNumber('fiber-group-index'));
    expect(claims.map((c) => c.id)).toEqual([...HEADLINE_CLAIM_IDS]);
    expect(recordInputsFromData()).toEqual(record);
  });

  it('changing the data rate changes the key (1 PB transfer time)', () => {
    const before = answer('how-big-is-a-petabit', 'petabyte').value;
    const doubled = answer('how-big-is-a-petabit', 'petabyte', inputs({ rateBitsPerSecond: 2 * base.rateBitsPerSecond })).value;
    // Independent arithmetic: 10^15 bytes × 8 bits ÷ rate.
    expect(before).toBeCloseTo((1e15 * 8) / 1.02e15, 12);
    expect(doubled).toBeCloseTo(before / 2, 12);
    expect(text(answer('how-big-is-a-petabit', 'petabyte'))).toBe('7.84 s');
  });

  it('changing the cores changes the per-core share', () => {
    expect(answer('how-big-is-a-petabit', 'per-core').value).toBeCloseTo(1.02e15 / 19, 3);
    expect(answer('how-big-is-a-petabit', 'per-core', inputs({ cores: 4 })).value).toBeCloseTo(1.02e15 / 4, 3);
    expect(text(answer('how-big-is-a-petabit', 'per-core'))).toBe('53.68 Tb/s');
  });

  it('changing the distance changes the capacity × distance check and the light time', () => {
    // Capacity × distance counts in bit/s·km; the question asks for Eb/s·km (10¹⁸ bit/s·km).
    const product = (from: WorksheetInputs) => answer('check-the-headline', 'capacity-distance', from).value / 1e18;
    expect(product(inputs())).toBeCloseTo(1.84416, 10);
    expect(product(inputs({ distanceKm: 1000 }))).toBeCloseTo(1.02, 10);
    expect(answer('check-the-headline', 'capacity-distance', inputs(), 1).value).toBeCloseTo(((1.86 - 1.84416) / 1.84416) * 100, 6);
    // Every digit of the product, so the 0.86 % gap to NICT's 1.86 can be seen in the working.
    expect(text(answer('check-the-headline', 'capacity-distance'))).toBe('1.84416 Eb/s·km');
    expect(text(answer('check-the-headline', 'capacity-distance', inputs(), 1))).toBe('0.86%');
    expect(answer('light-in-glass', 'vacuum').value).toBeCloseTo(1808 / C, 12);
    expect(answer('light-in-glass', 'vacuum', inputs({ distanceKm: 3616 })).value).toBeCloseTo((2 * 1808) / C, 12);
    expect(text(answer('light-in-glass', 'vacuum'))).toBe('6.03 ms');
  });

  it('writes the notation answers from the rate', () => {
    expect(text(answer('how-big-is-a-petabit', 'full'))).toBe('1,020,000,000,000,000 b/s');
    expect(formatShown(answer('how-big-is-a-petabit', 'scientific'), 'en')).toEqual({ mantissa: '1.02', exponent: '15', unit: 'b/s' });
    expect(text(answer('how-big-is-a-petabit', 'scientific', inputs({ rateBitsPerSecond: 3.5e14 })))).toBe('3.5 × 10^14\u00a0b/s');
    expect(text(answer('how-big-is-a-petabit', 'terabits'))).toBe('1,020 Tb/s');
    expect(text(answer('how-big-is-a-petabit', 'bytes'))).toBe('127.5 TB/s');
    expect(text(answer('how-big-is-a-petabit', 'gigabytes'))).toBe('127,500/s');
    expect(text(answer('light-in-glass', 'cladding'))).toBe('125\u00a0µm');
  });

  it('judges the bits-for-bytes headline 8× off and the stated product as holding, with the claim checks’ tolerance', () => {
    const slip = questionFor('check-the-headline', 'petabytes', inputs());
    expect(slip.answers[0]?.value).toBe(8);
    expect(slip).toMatchObject({ verdict: 'off-by', factorOff: 8 });
    expect(questionFor('check-the-headline', 'capacity-distance', inputs()).verdict).toBe('holds');
    // 1.86 × 1.25 = 2.325 Eb/s·km is the edge of "holds".
    expect(questionFor('check-the-headline', 'capacity-distance', inputs({ statedCapacityDistance: 3e18 })).verdict).toBe('off-by');
  });

  it('adds glass and loop questions only when the data has those figures', () => {
    const ids = (from: WorksheetInputs) => lightWorksheet(from.record).questions.map((q) => q.id);
    expect(ids(inputs())).toEqual(['cladding', 'cores', 'vacuum', 'round-trip']);
    expect(ids(full)).toEqual(['cladding', 'cores', 'vacuum', 'glass', 'round-trip', 'laps', 'lap-time']);
    // The real data now has both facts, so the worksheet the site prints has every question.
    expect(ids(fromData)).toEqual(ids(full));
  });

  it('answers the light questions with the group index: ≈ 8.85 ms for the distance, ≈ 0.42 ms a lap', () => {
    const oneWay = (1808 * 1.468) / C;
    const lap = (86.1 * 1.468) / C;
    expect(answer('light-in-glass', 'glass', full, 1).value).toBeCloseTo(oneWay, 12);
    expect(text(answer('light-in-glass', 'glass', full, 1))).toBe('8.85 ms');
    expect(text(answer('light-in-glass', 'glass', full)).replace(/\s/g, ' ')).toBe('204,218 km/s');
    expect(answer('light-in-glass', 'round-trip', full).value).toBeCloseTo(2 * oneWay, 12);
    expect(answer('light-in-glass', 'laps', full).value).toBe(Math.round(1808 / 86.1));
    expect(answer('light-in-glass', 'lap-time', full).value).toBeCloseTo(lap, 12);
    // Four digits, so that 21 laps × the lap time visibly make the 8.85 ms.
    expect(text(answer('light-in-glass', 'lap-time', full))).toBe('0.4216 ms');
    // 21 laps of 86.1 km are 1,808.1 km: the laps add back up to the one-way time.
    expect(answer('light-in-glass', 'lap-time', full, 1).value).toBeCloseTo(21 * lap, 12);
    expect(answer('light-in-glass', 'lap-time', full, 1).value / oneWay).toBeCloseTo(1, 3);
    // A longer loop: longer laps, fewer of them.
    expect(answer('light-in-glass', 'lap-time', inputs({ groupIndex: 1.468, loopSpanKm: 172.2 })).value).toBeCloseTo(2 * lap, 12);
    expect(answer('light-in-glass', 'laps', inputs({ groupIndex: 1.468, loopSpanKm: 172.2 })).value).toBe(Math.round(1808 / 172.2));
  });

  it('rejects impossible inputs instead of printing NaN', () => {
    expect(() => petabitWorksheet({ ...base, rateBitsPerSecond: 0 })).toThrow();
    expect(() => headlineWorksheet({ ...base, distanceKm: -1 }, fromData.claims, fromData.claimData)).toThrow();
    expect(() => lightWorksheet({ ...base, groupIndex: Number.NaN })).toThrow();
  });
});

describe('viral claims on the "Check the headline" worksheet', () => {
  const rate = fromData.record.rateBitsPerSecond;
  const claimQuestion = (id: string, from: WorksheetInputs = fromData) => questionFor('check-the-headline', id, from);

  it('asks every listed claim with its quote, and keys it with the checked answer, working and verdict', () => {
    for (const claim of fromData.claims) {
      const q = claimQuestion(claim.id);
      expect(q.quote).toEqual({ text: claim.quote, outlet: claim.outlet });
      expect(q.commentary?.[0]).toBe(claim.cause);
      expect(q.working.length).toBeGreaterThan(1);
      expect(q.verdict).toBeDefined();
      if (q.verdict === 'off-by') expect(q.factorOff).toBeGreaterThan(HOLDS_WITHIN);
    }
  });

  it('Netflix in one second: 123 TB × 8 ÷ the rate is just under a second, but the size is unsourced', () => {
    const bytes = storedBytes(payload('netflix-library-press'));
    const q = claimQuestion('netflix-in-one-second');
    expect(q.answers[0]?.value).toBeCloseTo((bytes * 8) / rate, 12);
    expect(text(q.answers[0]!)).toBe('0.965 s');
    expect(q.verdict).toBe('holds-with-caveat');
  });

  it('Wikipedia 10,000 times: about 1,275 copies, off by about 7.8×', () => {
    const bytes = storedBytes(payload('wikipedia-en-viral'));
    const q = claimQuestion('wikipedia-10000-times');
    expect(q.answers[0]?.value).toBeCloseTo(rate / (bytes * 8), 9);
    expect(q.factorOff).toBeCloseTo(10_000 / (rate / (bytes * 8)), 9);
    expect(q.verdict).toBe('off-by');
    expect(q.vars['size']?.value).toBe(bytes);
  });

  it('127,500 years of songs: about 240 years at 1 MB a minute', () => {
    const audio = payload('audio-minute-1mb');
    const audioBitsPerSecond = (storedBytes(audio) * 8) / (audio.playSeconds ?? Number.NaN);
    const q = claimQuestion('127500-years-of-music');
    expect(q.answers[0]?.value).toBeCloseTo(rate / audioBitsPerSecond / SECONDS_PER_YEAR, 9);
    expect(q.verdict).toBe('off-by');
    expect(q.vars['play']?.value).toBe(audio.playSeconds);
  });

  it('400 TB a day: the estimate is about a million times bigger', () => {
    const estimate = storedBytes(payload('world-data-per-day'));
    const q = claimQuestion('400-terabytes-a-day');
    // The estimate is given in the question; the key answers with what the student works out.
    expect(q.vars['estimate']?.value).toBe(estimate);
    expect(q.answers[0]).toMatchObject({ kind: 'ratio' });
    expect(q.answers[0]?.value).toBeCloseTo(estimate / 400e12, 6);
    expect(q.answers[1]?.value).toBeCloseTo((rate * SECONDS_PER_DAY) / 8, -3);
    expect(q.factorOff).toBeCloseTo(estimate / 400e12, 6);
    const linkDay = q.working.at(-2)?.result.value;
    expect(linkDay).toBeCloseTo((rate * SECONDS_PER_DAY) / 8, -3);
  });

  it('1,808 km every second: light needs under 9 ms, and the claim is meaningless', () => {
    const q = claimQuestion('1808-km-every-second');
    expect(q.answers[0]?.value).toBeCloseTo((factNumber('record-distance') * factNumber('fiber-group-index')) / C, 12);
    expect(q.verdict).toBe('meaningless');
  });

  it('follows the data: at 8 Pb/s the Wikipedia claim would hold', () => {
    const faster = {
      ...fromData,
      claimData: { ...fromData.claimData, links: fromData.claimData.links.map((l) => (l.id === 'record-2025' ? { ...l, rate: { value: 8, unit: 'Pb/s' as const } } : l)) },
    };
    const q = claimQuestion('wikipedia-10000-times', faster);
    expect(q.answers[0]?.value).toBeCloseTo(10_000, 6);
    expect(q.verdict).not.toBe('off-by');
    expect(text(q.vars['rate']!)).toBe('8 Pb/s');
  });

  it('numbers the questions as the lesson plan does: 3–6 are the number claims, 7–8 the wording claims', () => {
    const questions = headlineWorksheet(base, fromData.claims, fromData.claimData).questions;
    expect(questions.slice(2, 6).every((q) => q.quote !== undefined && q.verdict !== 'meaningless')).toBe(true);
    expect(questions.slice(6).map((q) => q.verdict)).toEqual(['meaningless', 'meaningless']);
    expect(questions).toHaveLength(8);
  });
});

describe('question wording', () => {
  const sheets = [...allWorksheets(inputs()), ...allWorksheets(full), ...allWorksheets(fromData)];
  it('every placeholder in a prompt has a figure, and every figure is used', () => {
    for (const sheet of sheets) {
      for (const q of sheet.questions) {
        const placeholders = new Set([...en[q.prompt].matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
        expect([...placeholders].sort(), `${sheet.slug}/${q.id}`).toEqual(Object.keys(q.vars).sort());
      }
    }
  });
  it('question ids are unique within a worksheet', () => {
    for (const sheet of sheets) expect(new Set(sheet.questions.map((q) => q.id)).size).toBe(sheet.questions.length);
  });
  it('the working reaches each question’s first answer (as rounded in the key)', () => {
    const rounded = (value = Number.NaN) => Number(value.toPrecision(3));
    for (const sheet of sheets)
      for (const q of sheet.questions.filter((q) => q.working.length > 0 && q.answers.length > 0))
        expect(
          q.working.some((s) => rounded(s.result.value) === rounded(q.answers[0]?.value)),
          `${sheet.slug}/${q.id}`,
        ).toBe(true);
  });
  it('no formatted figure shows NaN, Infinity or e+', () => {
    for (const sheet of sheets)
      for (const q of sheet.questions)
        for (const shown of [...Object.values(q.vars), ...q.answers, ...q.working.flatMap((s) => [...s.inputs, s.result])]) expect(text(shown)).not.toMatch(/NaN|Infinity|e\+/);
  });
});
