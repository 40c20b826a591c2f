/**
 * Classroom worksheets: every question, every figure in a question and every answer-key value
 * is generated here from the record's data (passed in as `RecordInputs`) and the transfer
 * maths, never typed. Change a data value and the printed key changes with it.
 * Question wording lives in the dictionary (`classroom.q.*` keys); this module returns keys,
 * raw quantities in base units and the working, and `formatShown` writes a quantity for print.
 */
import type { UiKey } from '../i18n/en';
import type { Amount } from './steps';
import { BITS_PER_BYTE, LIGHT_KM_PER_SECOND, capacityDistance, copiesPerSecond, lightTravelSeconds, simultaneousStreams, transferSeconds, requirePositive } from './transfer';
import { formatNumber } from './format';

/** The record's figures in base units, as read from src/data (see the classroom pages). */
export interface RecordInputs {
  rateBitsPerSecond: number;
  distanceKm: number;
  cores: number;
  claddingMm: number;
  /** Capacity × distance as NICT states it, in bit/s·km. */
  statedCapacityDistance: number;
  /** Length of the recirculating loop; questions about laps appear only when the data has it. */
  loopSpanKm?: number | undefined;
  /** Group index of the glass; glass-latency questions appear only when the data has it. */
  groupIndex?: number | undefined;
}

/** Units a quantity can be pinned to (otherwise a readable prefix is chosen). */
export type FixedUnit = 'b/s' | 'Tb/s' | 'Pb/s' | 'B/s' | 'TB/s' | 'PB/s' | 'b' | 'Pb' | 'B' | 'GB' | 'PB' | 'km' | 'mm' | 'µm' | 'km/s' | 'Eb/s·km' | 's' | 'ms';

/** Base-unit size of one FixedUnit (km for lengths, seconds for time, bit/s·km for products). */
const UNIT_SCALE: Record<FixedUnit, number> = {
  'b/s': 1, 'Tb/s': 1e12, 'Pb/s': 1e15, 'B/s': 1, 'TB/s': 1e12, 'PB/s': 1e15,
  b: 1, Pb: 1e15, B: 1, GB: 1e9, PB: 1e15,
  km: 1, mm: 1e-6, 'µm': 1e-9, 'km/s': 1, 'Eb/s·km': 1e18, s: 1, ms: 1e-3,
};

/** A quantity as the worksheet shows it. */
export interface Shown {
  amount: Amount;
  unit?: FixedUnit | undefined;
  /** 'full' writes every zero (1,020,000,…); 'scientific' writes m × 10ⁿ. */
  notation?: 'auto' | 'full' | 'scientific' | undefined;
  /** Leave the unit symbol out (the sentence names it). */
  bare?: boolean | undefined;
}

/** One line of working in the answer key: inputs, an operator, a result. */
export interface WorkingStep {
  label: UiKey;
  inputs: readonly Shown[];
  operator?: '×' | '÷' | '−' | undefined;
  result: Shown;
}

export type Verdict = 'holds' | 'close' | 'wrong';

export interface Question {
  /** Stable id, also the anchor in the answer key. */
  id: string;
  prompt: UiKey;
  /** Figures inserted into the prompt's {placeholders}. */
  vars: Readonly<Record<string, Shown>>;
  /** Values the key expects (empty for questions answered in words). */
  answers: readonly Shown[];
  /** A sentence for the key: why, or what a good written answer says. */
  explain?: UiKey | undefined;
  /** For headline checks: does the claim hold? */
  verdict?: Verdict | undefined;
  working: readonly WorkingStep[];
  /** Ruled lines left for writing. */
  lines: number;
}

export const WORKSHEET_SLUGS = ['how-big-is-a-petabit', 'check-the-headline', 'light-in-glass'] as const;
export type WorksheetSlug = (typeof WORKSHEET_SLUGS)[number];

export interface Worksheet {
  slug: WorksheetSlug;
  questions: readonly Question[];
}

/** Example quantities the questions ask about (design choices, not facts about the record). */
export const EXAMPLE_SIZES_BYTES = { petabyte: 1e15, gigabyte: 1e9 } as const;
/** How many seconds a "sends it in one second" headline claims. */
const CLAIMED_SECONDS = 1;

const show = (kind: Amount['kind'], value: number, options: Omit<Shown, 'amount'> = {}): Shown => ({ amount: { kind, value }, ...options });

/** The speed of light, written out in full (299,792 km/s) wherever a question uses it. */
const LIGHT_SHOWN = show('plain', LIGHT_KM_PER_SECOND, { unit: 'km/s', notation: 'full' });

/** Mantissa in [1, 10) and power of ten, rounded to `digits` significant digits. */
export function toScientific(value: number, digits = 4): { mantissa: number; exponent: number } {
  requirePositive(value, 'value');
  let exponent = Math.floor(Math.log10(value));
  let mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  // Floating point can leave 9.9999… or 10 after rounding: renormalise.
  if (mantissa >= 10) {
    mantissa = Number((mantissa / 10).toPrecision(digits));
    exponent += 1;
  } else if (mantissa < 1) {
    mantissa = Number((mantissa * 10).toPrecision(digits));
    exponent -= 1;
  }
  return { mantissa, exponent };
}

/** holds: within 2 %; close: within 25 %; otherwise wrong. */
export function verdictFor(claimed: number, actual: number): Verdict {
  const ratio = simultaneousStreams(claimed, actual);
  const off = Math.max(ratio, 1 / ratio) - 1;
  return off <= 0.02 ? 'holds' : off <= 0.25 ? 'close' : 'wrong';
}

/** How many times bigger the larger of two positive values is (always ≥ 1). */
export function timesOff(claimed: number, actual: number): number {
  const ratio = simultaneousStreams(claimed, actual);
  return Math.max(ratio, 1 / ratio);
}

function requireRecord(inputs: RecordInputs): void {
  requirePositive(inputs.rateBitsPerSecond, 'rate');
  requirePositive(inputs.distanceKm, 'distance');
  requirePositive(inputs.cores, 'cores');
  requirePositive(inputs.claddingMm, 'cladding');
  requirePositive(inputs.statedCapacityDistance, 'capacity × distance');
}

/** Lesson 1: units, prefixes, bits and bytes, scientific notation. */
export function petabitWorksheet(inputs: RecordInputs): Worksheet {
  requireRecord(inputs);
  const rate = inputs.rateBitsPerSecond;
  const rateShown = show('rate', rate, { unit: 'Pb/s' });
  const bytesPerSecond = rate / BITS_PER_BYTE;
  const { petabyte, gigabyte } = EXAMPLE_SIZES_BYTES;
  const perCore = rate / inputs.cores;
  return {
    slug: 'how-big-is-a-petabit',
    questions: [
      {
        id: 'full',
        prompt: 'classroom.q.petabit.full',
        vars: { rate: rateShown },
        answers: [show('rate', rate, { unit: 'b/s', notation: 'full' })],
        working: [{ label: 'classroom.step.peta', inputs: [show('rate', rate, { unit: 'Pb/s', bare: true }), show('plain', 1e15, { notation: 'full' })], operator: '×', result: show('rate', rate, { unit: 'b/s', notation: 'full' }) }],
        lines: 2,
      },
      {
        id: 'scientific',
        prompt: 'classroom.q.petabit.scientific',
        vars: { rate: rateShown },
        answers: [show('rate', rate, { unit: 'b/s', notation: 'scientific' })],
        explain: 'classroom.explain.scientific',
        working: [{ label: 'classroom.step.scientific', inputs: [show('rate', rate, { unit: 'b/s', notation: 'full' })], result: show('rate', rate, { unit: 'b/s', notation: 'scientific' }) }],
        lines: 2,
      },
      {
        id: 'terabits',
        prompt: 'classroom.q.petabit.terabits',
        vars: { rate: rateShown },
        answers: [show('rate', rate, { unit: 'Tb/s' })],
        working: [{ label: 'classroom.step.prefixDown', inputs: [rateShown, show('plain', 1000)], operator: '×', result: show('rate', rate, { unit: 'Tb/s' }) }],
        lines: 2,
      },
      {
        id: 'bytes',
        prompt: 'classroom.q.petabit.bytes',
        vars: { rate: rateShown, bits: show('count', BITS_PER_BYTE) },
        answers: [show('byte-rate', bytesPerSecond, { unit: 'TB/s' })],
        explain: 'classroom.explain.bytes',
        working: [
          { label: 'classroom.step.bitsToBytes', inputs: [rateShown, show('count', BITS_PER_BYTE)], operator: '÷', result: show('byte-rate', bytesPerSecond, { unit: 'PB/s' }) },
          { label: 'classroom.step.prefixDown', inputs: [show('byte-rate', bytesPerSecond, { unit: 'PB/s' }), show('plain', 1000)], operator: '×', result: show('byte-rate', bytesPerSecond, { unit: 'TB/s' }) },
        ],
        lines: 3,
      },
      {
        id: 'petabyte',
        prompt: 'classroom.q.petabit.petabyte',
        vars: { rate: rateShown, size: show('size', petabyte, { unit: 'PB' }) },
        answers: [show('duration', transferSeconds(petabyte, rate), { unit: 's' })],
        explain: 'classroom.explain.petabyte',
        working: [
          { label: 'classroom.step.sizeToBits', inputs: [show('size', petabyte, { unit: 'PB' }), show('count', BITS_PER_BYTE)], operator: '×', result: show('bits', petabyte * BITS_PER_BYTE, { unit: 'Pb' }) },
          { label: 'classroom.step.time', inputs: [show('bits', petabyte * BITS_PER_BYTE, { unit: 'Pb' }), rateShown], operator: '÷', result: show('duration', transferSeconds(petabyte, rate), { unit: 's' }) },
        ],
        lines: 3,
      },
      {
        id: 'gigabytes',
        prompt: 'classroom.q.petabit.gigabytes',
        vars: { rate: rateShown, size: show('size', gigabyte, { unit: 'GB' }) },
        answers: [show('count', copiesPerSecond(gigabyte, rate))],
        working: [
          { label: 'classroom.step.bitsToBytes', inputs: [rateShown, show('count', BITS_PER_BYTE)], operator: '÷', result: show('byte-rate', bytesPerSecond, { unit: 'TB/s' }) },
          { label: 'classroom.step.copies', inputs: [show('byte-rate', bytesPerSecond, { unit: 'TB/s' }), show('size', gigabyte, { unit: 'GB' })], operator: '÷', result: show('count', copiesPerSecond(gigabyte, rate)) },
        ],
        lines: 3,
      },
      {
        id: 'per-core',
        prompt: 'classroom.q.petabit.perCore',
        vars: { rate: rateShown, cores: show('count', inputs.cores) },
        answers: [show('rate', perCore, { unit: 'Tb/s' })],
        explain: 'classroom.explain.perCore',
        working: [{ label: 'classroom.step.share', inputs: [show('rate', rate, { unit: 'Tb/s' }), show('count', inputs.cores)], operator: '÷', result: show('rate', perCore, { unit: 'Tb/s' }) }],
        lines: 2,
      },
    ],
  };
}

/** Lesson 2: check headline claims against the arithmetic. */
export function headlineWorksheet(inputs: RecordInputs): Worksheet {
  requireRecord(inputs);
  const rate = inputs.rateBitsPerSecond;
  const rateShown = show('rate', rate, { unit: 'Pb/s' });
  // The bits/bytes slip: the same digits with a capital B, which is 8 times more data.
  const claimedBytesPerSecond = rate;
  const claimedBitsPerSecond = claimedBytesPerSecond * BITS_PER_BYTE;
  const { petabyte } = EXAMPLE_SIZES_BYTES;
  const petabyteSeconds = transferSeconds(petabyte, rate);
  const product = capacityDistance(rate, inputs.distanceKm);
  const stated = inputs.statedCapacityDistance;
  const productGapPercent = ((stated - product) / product) * 100;
  const distanceShown = show('distance', inputs.distanceKm, { unit: 'km' });
  const glass = inputs.groupIndex;
  const crossingSeconds = lightTravelSeconds(inputs.distanceKm, glass ?? 1);
  return {
    slug: 'check-the-headline',
    questions: [
      {
        id: 'petabytes',
        prompt: 'classroom.q.headline.petabytes',
        vars: { claim: show('byte-rate', claimedBytesPerSecond, { unit: 'PB/s' }), rate: rateShown },
        answers: [show('ratio', timesOff(claimedBitsPerSecond, rate))],
        verdict: verdictFor(claimedBitsPerSecond, rate),
        explain: 'classroom.explain.headline.petabytes',
        working: [
          { label: 'classroom.step.bytesToBits', inputs: [show('byte-rate', claimedBytesPerSecond, { unit: 'PB/s' }), show('count', BITS_PER_BYTE)], operator: '×', result: show('rate', claimedBitsPerSecond, { unit: 'Pb/s' }) },
          { label: 'classroom.step.timesOff', inputs: [show('rate', claimedBitsPerSecond, { unit: 'Pb/s' }), rateShown], operator: '÷', result: show('ratio', timesOff(claimedBitsPerSecond, rate)) },
        ],
        lines: 3,
      },
      {
        id: 'petabyte-in-a-second',
        prompt: 'classroom.q.headline.petabyteSecond',
        vars: { size: show('size', petabyte, { unit: 'PB' }), seconds: show('duration', CLAIMED_SECONDS, { unit: 's' }), rate: rateShown },
        answers: [show('duration', petabyteSeconds, { unit: 's' }), show('ratio', timesOff(CLAIMED_SECONDS, petabyteSeconds))],
        verdict: verdictFor(CLAIMED_SECONDS, petabyteSeconds),
        explain: 'classroom.explain.headline.petabyteSecond',
        working: [
          { label: 'classroom.step.sizeToBits', inputs: [show('size', petabyte, { unit: 'PB' }), show('count', BITS_PER_BYTE)], operator: '×', result: show('bits', petabyte * BITS_PER_BYTE, { unit: 'Pb' }) },
          { label: 'classroom.step.time', inputs: [show('bits', petabyte * BITS_PER_BYTE, { unit: 'Pb' }), rateShown], operator: '÷', result: show('duration', petabyteSeconds, { unit: 's' }) },
        ],
        lines: 3,
      },
      {
        id: 'capacity-distance',
        prompt: 'classroom.q.headline.product',
        vars: { stated: show('plain', stated, { unit: 'Eb/s·km' }), rate: rateShown, distance: distanceShown },
        answers: [show('plain', product, { unit: 'Eb/s·km' }), show('percent', productGapPercent)],
        verdict: verdictFor(stated, product),
        explain: 'classroom.explain.headline.product',
        working: [
          { label: 'classroom.step.product', inputs: [rateShown, distanceShown], operator: '×', result: show('plain', product, { unit: 'Eb/s·km' }) },
          { label: 'classroom.step.gap', inputs: [show('plain', stated, { unit: 'Eb/s·km' }), show('plain', product, { unit: 'Eb/s·km' })], operator: '−', result: show('percent', productGapPercent) },
        ],
        lines: 3,
      },
      {
        id: 'per-kilometre',
        prompt: 'classroom.q.headline.perKm',
        vars: { stated: show('plain', stated, { unit: 'Eb/s·km', bare: true }) },
        answers: [],
        verdict: 'wrong',
        explain: 'classroom.explain.headline.perKm',
        working: [],
        lines: 3,
      },
      {
        id: 'every-second',
        prompt: glass === undefined ? 'classroom.q.headline.everySecondVacuum' : 'classroom.q.headline.everySecond',
        vars: glass === undefined ? { distance: distanceShown } : { distance: distanceShown, index: show('plain', glass) },
        answers: [show('duration', crossingSeconds, { unit: 'ms' }), show('count', 1 / crossingSeconds)],
        verdict: 'wrong',
        explain: 'classroom.explain.headline.everySecond',
        working: [
          glass === undefined
            ? { label: 'classroom.step.lightVacuum', inputs: [distanceShown, LIGHT_SHOWN], operator: '÷', result: show('duration', crossingSeconds, { unit: 'ms' }) }
            : { label: 'classroom.step.lightGlass', inputs: [show('plain', inputs.distanceKm * glass, { unit: 'km' }), LIGHT_SHOWN], operator: '÷', result: show('duration', crossingSeconds, { unit: 'ms' }) },
          { label: 'classroom.step.perSecond', inputs: [show('duration', 1, { unit: 's' }), show('duration', crossingSeconds, { unit: 'ms' })], operator: '÷', result: show('count', 1 / crossingSeconds) },
        ],
        lines: 3,
      },
    ],
  };
}

/** Lesson 3: the fiber's size, the loop, and how long light takes. */
export function lightWorksheet(inputs: RecordInputs): Worksheet {
  requireRecord(inputs);
  const distanceShown = show('distance', inputs.distanceKm, { unit: 'km' });
  const claddingKm = inputs.claddingMm * UNIT_SCALE.mm;
  const vacuumSeconds = lightTravelSeconds(inputs.distanceKm, 1);
  const questions: Question[] = [
    {
      id: 'cladding',
      prompt: 'classroom.q.light.cladding',
      vars: { cladding: show('distance', claddingKm, { unit: 'mm' }) },
      answers: [show('distance', claddingKm, { unit: 'µm' })],
      explain: 'classroom.explain.light.cladding',
      working: [{ label: 'classroom.step.mmToUm', inputs: [show('distance', claddingKm, { unit: 'mm' }), show('plain', 1000)], operator: '×', result: show('distance', claddingKm, { unit: 'µm' }) }],
      lines: 2,
    },
    {
      id: 'cores',
      prompt: 'classroom.q.light.cores',
      vars: { cores: show('count', inputs.cores) },
      answers: [],
      explain: 'classroom.explain.light.cores',
      working: [],
      lines: 3,
    },
    {
      id: 'vacuum',
      prompt: 'classroom.q.light.vacuum',
      vars: { c: LIGHT_SHOWN, distance: distanceShown },
      answers: [show('duration', vacuumSeconds, { unit: 'ms' })],
      working: [{ label: 'classroom.step.lightVacuum', inputs: [distanceShown, LIGHT_SHOWN], operator: '÷', result: show('duration', vacuumSeconds, { unit: 'ms' }) }],
      lines: 2,
    },
  ];
  let oneWaySeconds = vacuumSeconds;
  if (inputs.groupIndex !== undefined) {
    const n = requirePositive(inputs.groupIndex, 'group index');
    oneWaySeconds = lightTravelSeconds(inputs.distanceKm, n);
    const glassSpeed = LIGHT_KM_PER_SECOND / n;
    questions.push({
      id: 'glass',
      prompt: 'classroom.q.light.glass',
      vars: { index: show('plain', n), distance: distanceShown },
      answers: [show('plain', glassSpeed, { unit: 'km/s' }), show('duration', oneWaySeconds, { unit: 'ms' })],
      explain: 'classroom.explain.light.glass',
      working: [
        { label: 'classroom.step.glassSpeed', inputs: [LIGHT_SHOWN, show('plain', n)], operator: '÷', result: show('plain', glassSpeed, { unit: 'km/s' }) },
        { label: 'classroom.step.time', inputs: [distanceShown, show('plain', glassSpeed, { unit: 'km/s' })], operator: '÷', result: show('duration', oneWaySeconds, { unit: 'ms' }) },
      ],
      lines: 3,
    });
  }
  questions.push({
    id: 'round-trip',
    prompt: inputs.groupIndex === undefined ? 'classroom.q.light.roundTripVacuum' : 'classroom.q.light.roundTrip',
    vars: { distance: distanceShown },
    answers: [show('duration', 2 * oneWaySeconds, { unit: 'ms' })],
    explain: 'classroom.explain.light.roundTrip',
    working: [{ label: 'classroom.step.double', inputs: [show('duration', oneWaySeconds, { unit: 'ms' }), show('count', 2)], operator: '×', result: show('duration', 2 * oneWaySeconds, { unit: 'ms' }) }],
    lines: 2,
  });
  if (inputs.loopSpanKm !== undefined) {
    const span = requirePositive(inputs.loopSpanKm, 'loop span');
    const laps = inputs.distanceKm / span;
    questions.push({
      id: 'laps',
      prompt: 'classroom.q.light.laps',
      vars: { span: show('distance', span, { unit: 'km' }), distance: distanceShown },
      answers: [show('count', Math.round(laps))],
      explain: 'classroom.explain.light.laps',
      working: [{ label: 'classroom.step.laps', inputs: [distanceShown, show('distance', span, { unit: 'km' })], operator: '÷', result: show('plain', laps) }],
      lines: 2,
    });
  }
  return { slug: 'light-in-glass', questions };
}

/** All three worksheets, in lesson order. */
export function allWorksheets(inputs: RecordInputs): Worksheet[] {
  return [petabitWorksheet(inputs), headlineWorksheet(inputs), lightWorksheet(inputs)];
}

export function worksheetFor(slug: WorksheetSlug, inputs: RecordInputs): Worksheet {
  const found = allWorksheets(inputs).find((w) => w.slug === slug);
  if (!found) throw new Error(`Unknown worksheet "${slug}"`);
  return found;
}

/** A question by id, e.g. for a lesson page quoting an answer. */
export function questionFor(slug: WorksheetSlug, id: string, inputs: RecordInputs): Question {
  const found = worksheetFor(slug, inputs).questions.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown question "${slug}/${id}"`);
  return found;
}

/** A formatted quantity: plain text, or the parts of m × 10ⁿ for scientific notation. */
export type Formatted = { text: string } | { mantissa: string; exponent: string; unit: string };

const PREFIXES = [
  { symbol: 'E', scale: 1e18 },
  { symbol: 'P', scale: 1e15 },
  { symbol: 'T', scale: 1e12 },
  { symbol: 'G', scale: 1e9 },
  { symbol: 'M', scale: 1e6 },
  { symbol: 'k', scale: 1e3 },
  { symbol: '', scale: 1 },
] as const;

/** The unit a quantity is shown in when none is fixed: the largest prefix that keeps it ≥ 1. */
function autoUnit(amount: Amount): { symbol: string; scale: number } {
  const { kind, value } = amount;
  const suffix = kind === 'rate' ? 'b/s' : kind === 'byte-rate' ? 'B/s' : kind === 'size' ? 'B' : kind === 'bits' ? 'b' : undefined;
  if (suffix !== undefined) {
    const prefix = PREFIXES.find((p) => value >= p.scale) ?? PREFIXES[PREFIXES.length - 1];
    return { symbol: `${prefix?.symbol ?? ''}${suffix}`, scale: prefix?.scale ?? 1 };
  }
  if (kind === 'duration') return value < 1 ? { symbol: 'ms', scale: 1e-3 } : { symbol: 's', scale: 1 };
  if (kind === 'distance') return { symbol: 'km', scale: 1 };
  return { symbol: '', scale: 1 };
}

/**
 * Writes a quantity for the page in `locale`: four significant digits (enough to see 1.844 is
 * not 1.86), every digit for 'full', m × 10ⁿ for 'scientific'. Never "NaN", "Infinity" or "e+".
 */
export function formatShown(shown: Shown, locale: string): Formatted {
  const { amount, unit, notation = 'auto', bare = false } = shown;
  const { symbol, scale } = unit !== undefined ? { symbol: unit, scale: UNIT_SCALE[unit] } : autoUnit(amount);
  const value = amount.value / scale;
  const withUnit = (digits: string): string => (bare || symbol === '' ? digits : `${digits}\u00a0${symbol}`);
  if (notation === 'scientific') {
    const { mantissa, exponent } = toScientific(value);
    return { mantissa: formatNumber(mantissa, locale, { maximumFractionDigits: 3 }), exponent: formatNumber(exponent, locale, { useGrouping: false }), unit: bare ? '' : symbol };
  }
  if (notation === 'full') return { text: withUnit(formatNumber(value, locale, { maximumFractionDigits: 0 })) };
  if (amount.kind === 'ratio') return { text: `${formatNumber(value, locale, { maximumSignificantDigits: 3 })}×` };
  if (amount.kind === 'percent') return { text: `${formatNumber(value, locale, { maximumSignificantDigits: 2, signDisplay: 'exceptZero' })}\u00a0%` };
  return { text: withUnit(formatNumber(value, locale, { maximumSignificantDigits: 4 })) };
}

/** Plain-text form of formatShown, for prompts and screen-reader labels. */
export function formatShownText(shown: Shown, locale: string): string {
  const formatted = formatShown(shown, locale);
  if ('text' in formatted) return formatted.text;
  return `${formatted.mantissa} × 10^${formatted.exponent}${formatted.unit === '' ? '' : `\u00a0${formatted.unit}`}`;
}
