import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { en } from '../../../src/i18n/en';
import {
  allWorksheets,
  formatShown,
  formatShownText,
  headlineWorksheet,
  lightWorksheet,
  petabitWorksheet,
  questionFor,
  toScientific,
  verdictFor,
  type RecordInputs,
  type Shown,
} from '../../../src/lib/worksheets';
import { recordInputsFromData } from '../../../src/components/classroom/record-inputs';
import { factNumber } from '../../../src/data';
import { glossarySchema } from '../../../src/data/glossary-schema';
import glossaryJson from '../../../src/data/glossary.json';

const base: RecordInputs = {
  rateBitsPerSecond: 1.02e15,
  distanceKm: 1808,
  cores: 19,
  claddingMm: 0.125,
  statedCapacityDistance: 1.86e18,
};

const firstAnswer = (inputs: RecordInputs, slug: Parameters<typeof questionFor>[0], id: string): Shown => {
  const answer = questionFor(slug, id, inputs).answers[0];
  if (!answer) throw new Error(`${slug}/${id} has no answer`);
  return answer;
};

describe('answers are generated from the data, not typed', () => {
  it('reads the record from src/data in base units', () => {
    const inputs = recordInputsFromData();
    expect(inputs.rateBitsPerSecond).toBeCloseTo(factNumber('record-rate') * 1e15, 0);
    expect(inputs.distanceKm).toBe(factNumber('record-distance'));
    expect(inputs.statedCapacityDistance).toBeCloseTo(factNumber('record-capacity-distance-stated') * 1e18, 0);
  });

  it('changing the data rate changes the key (1 PB transfer time)', () => {
    const before = firstAnswer(base, 'how-big-is-a-petabit', 'petabyte').amount.value;
    const doubled = firstAnswer({ ...base, rateBitsPerSecond: 2 * base.rateBitsPerSecond }, 'how-big-is-a-petabit', 'petabyte').amount.value;
    // Independent arithmetic: 10^15 bytes × 8 bits ÷ rate.
    expect(before).toBeCloseTo((1e15 * 8) / 1.02e15, 12);
    expect(doubled).toBeCloseTo(before / 2, 12);
    expect(formatShownText(firstAnswer(base, 'how-big-is-a-petabit', 'petabyte'), 'en')).toBe('7.843\u00a0s');
  });

  it('changing the cores changes the per-core share', () => {
    expect(firstAnswer(base, 'how-big-is-a-petabit', 'per-core').amount.value).toBeCloseTo(1.02e15 / 19, 3);
    expect(firstAnswer({ ...base, cores: 4 }, 'how-big-is-a-petabit', 'per-core').amount.value).toBeCloseTo(1.02e15 / 4, 3);
  });

  it('changing the distance changes the capacity × distance check and the light time', () => {
    const product = (inputs: RecordInputs) => firstAnswer(inputs, 'check-the-headline', 'capacity-distance').amount.value;
    expect(product(base)).toBeCloseTo(1.02e15 * 1808, -6);
    expect(product({ ...base, distanceKm: 1000 })).toBeCloseTo(1.02e18, -6);
    const gap = questionFor('check-the-headline', 'capacity-distance', base).answers[1]?.amount.value ?? Number.NaN;
    expect(gap).toBeCloseTo(((1.86 - 1.84416) / 1.84416) * 100, 6);
    expect(firstAnswer(base, 'light-in-glass', 'vacuum').amount.value).toBeCloseTo(1808 / 299_792.458, 12);
    expect(firstAnswer({ ...base, distanceKm: 3616 }, 'light-in-glass', 'vacuum').amount.value).toBeCloseTo((2 * 1808) / 299_792.458, 12);
  });

  it('writes the notation answers from the rate', () => {
    expect(formatShownText(firstAnswer(base, 'how-big-is-a-petabit', 'full'), 'en')).toBe('1,020,000,000,000,000\u00a0b/s');
    expect(formatShown(firstAnswer(base, 'how-big-is-a-petabit', 'scientific'), 'en')).toEqual({ mantissa: '1.02', exponent: '15', unit: 'b/s' });
    expect(formatShownText(firstAnswer({ ...base, rateBitsPerSecond: 3.5e14 }, 'how-big-is-a-petabit', 'scientific'), 'en')).toBe('3.5 × 10^14\u00a0b/s');
    expect(formatShownText(firstAnswer(base, 'how-big-is-a-petabit', 'bytes'), 'en')).toBe('127.5\u00a0TB/s');
    expect(formatShownText(firstAnswer(base, 'how-big-is-a-petabit', 'gigabytes'), 'en')).toBe('127,500');
  });

  it('judges the bits-for-bytes headline 8× off and wrong, and the stated product as holding', () => {
    const q = questionFor('check-the-headline', 'petabytes', base);
    expect(q.answers[0]?.amount.value).toBe(8);
    expect(q.verdict).toBe('wrong');
    expect(questionFor('check-the-headline', 'capacity-distance', base).verdict).toBe('holds');
    expect(questionFor('check-the-headline', 'capacity-distance', { ...base, statedCapacityDistance: 3e18 }).verdict).toBe('wrong');
  });

  it('adds glass and loop questions only when the data has those figures', () => {
    const ids = (inputs: RecordInputs) => lightWorksheet(inputs).questions.map((q) => q.id);
    expect(ids(base)).not.toContain('glass');
    expect(ids(base)).not.toContain('laps');
    const full = { ...base, groupIndex: 1.468, loopSpanKm: 86.1 };
    expect(ids(full)).toEqual(expect.arrayContaining(['glass', 'laps']));
    expect(firstAnswer(full, 'light-in-glass', 'laps').amount.value).toBe(Math.round(1808 / 86.1));
    expect(questionFor('light-in-glass', 'glass', full).answers[1]?.amount.value).toBeCloseTo((1808 * 1.468) / 299_792.458, 12);
    expect(firstAnswer(full, 'light-in-glass', 'round-trip').amount.value).toBeCloseTo((2 * 1808 * 1.468) / 299_792.458, 12);
  });

  it('rejects impossible inputs instead of printing NaN', () => {
    expect(() => petabitWorksheet({ ...base, rateBitsPerSecond: 0 })).toThrow();
    expect(() => headlineWorksheet({ ...base, distanceKm: -1 })).toThrow();
    expect(() => lightWorksheet({ ...base, groupIndex: Number.NaN })).toThrow();
  });
});

describe('question wording', () => {
  const full = { ...base, groupIndex: 1.468, loopSpanKm: 86.1 };
  const sheets = [...allWorksheets(base), ...allWorksheets(full)];
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
  it('no formatted figure shows NaN, Infinity or e+', () => {
    for (const sheet of sheets)
      for (const q of sheet.questions)
        for (const shown of [...Object.values(q.vars), ...q.answers, ...q.working.flatMap((s) => [...s.inputs, s.result])])
          expect(formatShownText(shown, 'en')).not.toMatch(/NaN|Infinity|e\+/);
  });
});

describe('toScientific', () => {
  it('gives a mantissa in [1, 10) that rebuilds the value', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e21, noNaN: true }), (value) => {
        const { mantissa, exponent } = toScientific(value);
        expect(mantissa).toBeGreaterThanOrEqual(1);
        expect(mantissa).toBeLessThan(10);
        expect(Math.abs(mantissa * 10 ** exponent - value) / value).toBeLessThan(1e-3);
      }),
    );
  });
  it('handles exact powers of ten and values that round up to 10', () => {
    expect(toScientific(1e15)).toEqual({ mantissa: 1, exponent: 15 });
    expect(toScientific(9.99996e5)).toEqual({ mantissa: 1, exponent: 6 });
  });
});

describe('verdictFor', () => {
  it('is symmetric and grows with the gap', () => {
    expect(verdictFor(101, 100)).toBe('holds');
    expect(verdictFor(100, 110)).toBe('close');
    expect(verdictFor(110, 100)).toBe('close');
    expect(verdictFor(800, 100)).toBe('wrong');
    expect(verdictFor(100, 800)).toBe('wrong');
  });
});

describe('glossary data', () => {
  it('passes its schema', () => {
    expect(glossarySchema.safeParse(glossaryJson).success).toBe(true);
  });
  it('rejects a link to a term that does not exist, and duplicate ids', () => {
    const [first, second] = glossarySchema.parse(glossaryJson);
    if (!first || !second) throw new Error('glossary needs terms');
    expect(glossarySchema.safeParse([{ ...first, related: ['no-such-term'] }]).success).toBe(false);
    expect(glossarySchema.safeParse([first, { ...second, id: first.id }]).success).toBe(false);
  });
  it('covers the terms the lessons rely on', () => {
    const ids = glossarySchema.parse(glossaryJson).map((t) => t.id);
    for (const id of ['bit', 'byte', 'prefix', 'binary-prefix', 'data-rate', 'latency', 'throughput', 'core', 'cladding', 'single-mode-fiber', 'multicore-fiber', 'coupled-cores', 'mimo', 'multiplexing', 'wdm', 'sdm', 'band', 'amplifier', 'recirculating-loop', 'capacity-distance', 'petabit', 'terabyte', 'exabit', 'scientific-notation', 'median'])
      expect(ids).toContain(id);
  });
});
