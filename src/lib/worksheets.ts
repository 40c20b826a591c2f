/**
 * Classroom worksheets: every question, every figure in a question and every answer-key value
 * is generated here from the data (passed in as `WorksheetInputs`) with the site's engine:
 * the transfer maths, the claim checks of claims.ts and the formatters of units.ts/format.ts.
 * Nothing is typed, so a change of data changes the printed key.
 * Question wording lives in the dictionary (`classroom.q.*` keys); this module returns keys,
 * quantities in base units (engine Amounts) and the working. `formatShown` writes a quantity
 * for print; what it adds to the engine's formatAmount is only pinning a unit the question
 * asks for, every digit, scientific notation, and a symbol for the few units the engine has
 * no formatter for (µm, km/s, Eb/s·km).
 */
import type { UiKey } from '../i18n/en';
import type { Claim } from '../data/schema';
import type { Amount, ArithmeticStep } from './steps';
import { HOLDS_WITHIN, checkClaim, payloadBytes, timesApart, type ClaimData, type Verdict } from './claims';
import { formatAmount } from './render-steps';
import { formatDuration, formatNumber, formatScientific } from './format';
import { formatBits, formatByteRate, formatRate, formatSize, rateToBitsPerSecond, sizeToBytes, type SiPrefix } from './units';
import { BITS_PER_BYTE, LIGHT_KM_PER_SECOND, capacityDistance, copiesPerSecond, lightTravelSeconds, lightTravelSteps, requirePositive, transferSeconds } from './transfer';

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

/** Everything the worksheets are generated from. */
export interface WorksheetInputs {
  record: RecordInputs;
  /** The viral claims lesson 2 checks, in worksheet order (from claims.json). */
  claims: readonly Claim[];
  /** The datasets checkClaim reads. */
  claimData: ClaimData;
}

/** Symbols written after a plain number: units the engine has no formatter for. */
export type PlainUnit = 'b/s' | 'mm' | 'µm' | 'km/s' | 'Eb/s·km';

/** A quantity as the worksheet shows it: an engine Amount, plus how the question wants it. */
export interface Shown extends Amount {
  /** Pin the prefix of a rate, byte rate, size or bit count ('T': "1,020 Tb/s"). */
  prefix?: SiPrefix | undefined;
  /** 'full' writes every digit (1,020,000,…); 'scientific' writes m × 10ⁿ. */
  notation?: 'full' | 'scientific' | undefined;
  /** Unit symbol after a 'plain' number. */
  unit?: PlainUnit | undefined;
  /** Pin a duration's unit ("0.422 ms" rather than "422 μs"). */
  durationUnit?: 'millisecond' | 'second' | undefined;
}

/** One line of working in the answer key; engine ArithmeticSteps fit as they are. */
export interface WorkingStep {
  label: UiKey;
  inputs: readonly Shown[];
  /** No operator: a given value, shown on its own. */
  operator?: ArithmeticStep['operator'] | undefined;
  result: Shown;
}

export interface Question {
  /** Stable id, also the anchor in the answer key (a claim's id for claim checks). */
  id: string;
  prompt: UiKey;
  /** Figures inserted into the prompt's {placeholders}. */
  vars: Readonly<Record<string, Shown>>;
  /** A viral claim as printed, from claims.json. */
  quote?: { text: string; outlet: string } | undefined;
  /** Values the key expects (empty for questions answered in words). */
  answers: readonly Shown[];
  /** For claim checks: the verdict, in the vocabulary and tolerance of claims.ts. */
  verdict?: Verdict | undefined;
  /** How many times off (≥ 1), for an 'off-by' verdict. */
  factorOff?: number | undefined;
  /** A sentence for the key: why, or what a good written answer says. */
  explain?: UiKey | undefined;
  /** The same from the data: a claim's cause and note. */
  commentary?: readonly string[] | undefined;
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
const PETA = 1e15;
const EXA = 1e18;

const show = (kind: Amount['kind'], value: number, options: Omit<Shown, 'kind' | 'value'> = {}): Shown => ({ kind, value, ...options });
const plain = (value: number, unit?: PlainUnit, notation?: Shown['notation']): Shown => show('plain', value, { unit, notation });
const step = (label: UiKey, inputs: readonly Shown[], operator: WorkingStep['operator'], result: Shown): WorkingStep => ({ label, inputs, operator, result });

/** The speed of light, written out in full (299,792 km/s) wherever a question uses it. */
const LIGHT_SHOWN = plain(LIGHT_KM_PER_SECOND, 'km/s', 'full');

/** A comparison that is not in claims.json, judged by the same rule and tolerance as checkClaim. */
function judged(claimed: number, computed: number): { verdict: Verdict; factorOff: number } {
  const factorOff = timesApart(claimed / computed);
  return { verdict: factorOff > HOLDS_WITHIN ? 'off-by' : 'holds', factorOff };
}

function requireRecord(record: RecordInputs): void {
  requirePositive(record.rateBitsPerSecond, 'rate');
  requirePositive(record.distanceKm, 'distance');
  requirePositive(record.cores, 'cores');
  requirePositive(record.claddingMm, 'cladding');
  requirePositive(record.statedCapacityDistance, 'capacity × distance');
}

/** Lesson 1: units, prefixes, bits and bytes, scientific notation. */
export function petabitWorksheet(record: RecordInputs): Worksheet {
  requireRecord(record);
  const rate = record.rateBitsPerSecond;
  const rateShown = show('rate', rate, { prefix: 'P' });
  const rateInTera = show('rate', rate, { prefix: 'T' });
  const full = show('rate', rate, { notation: 'full' });
  const scientific = plain(rate, 'b/s', 'scientific');
  const bytesPerSecond = rate / BITS_PER_BYTE;
  const bytesInTera = show('byte-rate', bytesPerSecond, { prefix: 'T' });
  const { petabyte, gigabyte } = EXAMPLE_SIZES_BYTES;
  const petabyteShown = show('size', petabyte, { prefix: 'P' });
  const petabyteBits = show('bits', petabyte * BITS_PER_BYTE, { prefix: 'P' });
  const petabyteSeconds = show('duration', transferSeconds(petabyte, rate), { durationUnit: 'second' });
  const gigabyteShown = show('size', gigabyte, { prefix: 'G' });
  const copies = show('count', copiesPerSecond(gigabyte, rate));
  const eight = show('count', BITS_PER_BYTE);
  const thousand = plain(1000);
  const perCore = show('rate', rate / record.cores, { prefix: 'T' });
  return {
    slug: 'how-big-is-a-petabit',
    questions: [
      { id: 'full', prompt: 'classroom.q.petabit.full', vars: { rate: rateShown }, answers: [full], working: [step('classroom.step.peta', [plain(rate / PETA), plain(PETA, undefined, 'full')], '×', full)], lines: 2 },
      {
        id: 'scientific',
        prompt: 'classroom.q.petabit.scientific',
        vars: { rate: rateShown },
        answers: [scientific],
        explain: 'classroom.explain.scientific',
        working: [step('classroom.step.scientific', [full], undefined, scientific)],
        lines: 2,
      },
      { id: 'terabits', prompt: 'classroom.q.petabit.terabits', vars: { rate: rateShown }, answers: [rateInTera], working: [step('classroom.step.prefixDown', [rateShown, thousand], '×', rateInTera)], lines: 2 },
      {
        id: 'bytes',
        prompt: 'classroom.q.petabit.bytes',
        vars: { rate: rateShown, bits: eight },
        answers: [bytesInTera],
        explain: 'classroom.explain.bytes',
        working: [
          step('classroom.step.bitsToBytes', [rateShown, eight], '÷', show('byte-rate', bytesPerSecond, { prefix: 'P' })),
          step('classroom.step.prefixDown', [show('byte-rate', bytesPerSecond, { prefix: 'P' }), thousand], '×', bytesInTera),
        ],
        lines: 3,
      },
      {
        id: 'petabyte',
        prompt: 'classroom.q.petabit.petabyte',
        vars: { rate: rateShown, size: petabyteShown },
        answers: [petabyteSeconds],
        explain: 'classroom.explain.petabyte',
        working: [step('classroom.step.sizeToBits', [petabyteShown, eight], '×', petabyteBits), step('classroom.step.time', [petabyteBits, rateShown], '÷', petabyteSeconds)],
        lines: 3,
      },
      {
        id: 'gigabytes',
        prompt: 'classroom.q.petabit.gigabytes',
        vars: { rate: rateShown, size: gigabyteShown },
        answers: [copies],
        working: [step('classroom.step.bitsToBytes', [rateShown, eight], '÷', bytesInTera), step('classroom.step.copies', [bytesInTera, gigabyteShown], '÷', copies)],
        lines: 3,
      },
      {
        id: 'per-core',
        prompt: 'classroom.q.petabit.perCore',
        vars: { rate: rateShown, cores: show('count', record.cores) },
        answers: [perCore],
        explain: 'classroom.explain.perCore',
        working: [step('classroom.step.share', [rateInTera, show('count', record.cores)], '÷', perCore)],
        lines: 2,
      },
    ],
  };
}

function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`Worksheet: unknown data entry "${id}"`);
  return found;
}

/** The figures a student needs for a claim, read from the same data checkClaim reads. */
function claimVars(claim: Claim, data: ClaimData): { prompt: UiKey; vars: Record<string, Shown> } {
  const check = claim.check;
  const linkRate = (id: string) => show('rate', rateToBitsPerSecond(byId(data.links, id).rate));
  const factNumber = (id: string) => {
    const { value } = byId(data.facts, id);
    if (typeof value !== 'number') throw new Error(`Worksheet: fact "${id}" is not a number`);
    return value;
  };
  switch (check.kind) {
    case 'transfer-time':
    case 'copies-per-second':
      return { prompt: `classroom.q.claim.${check.kind}`, vars: { size: show('size', payloadBytes(byId(data.payloads, check.payloadId))), rate: linkRate(check.linkId) } };
    case 'audio-years': {
      const audio = byId(data.payloads, check.audioPayloadId);
      if (!audio.size || audio.playSeconds === undefined) throw new Error(`Worksheet: "${audio.id}" needs a size and playSeconds`);
      return { prompt: 'classroom.q.claim.audio-years', vars: { size: show('size', sizeToBytes(audio.size)), play: show('duration', audio.playSeconds), rate: linkRate(check.linkId) } };
    }
    case 'data-per-day':
      return { prompt: 'classroom.q.claim.data-per-day', vars: { estimate: show('size', payloadBytes(byId(data.payloads, check.payloadId))), rate: linkRate(check.linkId) } };
    case 'distance-per-second':
      return { prompt: 'classroom.q.claim.distance-per-second', vars: { distance: show('distance', factNumber(check.distanceFactId)), index: plain(factNumber(check.groupIndexFactId)) } };
    default:
      throw new Error(`Worksheet: no question written for "${check.kind}" claims (${claim.id})`);
  }
}

/** A viral claim from claims.json as a question: the quote, a task, and checkClaim's key. */
export function claimQuestion(claim: Claim, data: ClaimData): Question {
  const check = checkClaim(claim, data);
  return {
    id: claim.id,
    ...claimVars(claim, data),
    quote: { text: claim.quote, outlet: claim.outlet },
    answers: [check.computed],
    verdict: check.verdict,
    factorOff: check.factorOff,
    commentary: [claim.cause, ...(claim.note === undefined ? [] : [claim.note])],
    working: check.steps,
    lines: 4,
  };
}

/** Lesson 2: the bits/bytes slip and NICT's own product as warm-ups, the viral claims, a claim about words. */
export function headlineWorksheet(record: RecordInputs, claims: readonly Claim[], claimData: ClaimData): Worksheet {
  requireRecord(record);
  const rate = record.rateBitsPerSecond;
  const rateShown = show('rate', rate, { prefix: 'P' });
  // The bits/bytes slip: the same digits with a capital B, which is 8 times more data.
  const claimedBytesPerSecond = rate;
  const claimedBitsPerSecond = claimedBytesPerSecond * BITS_PER_BYTE;
  const claimedShown = show('byte-rate', claimedBytesPerSecond, { prefix: 'P' });
  const claimedInBits = show('rate', claimedBitsPerSecond, { prefix: 'P' });
  const slip = judged(claimedBitsPerSecond, rate);
  const product = plain(capacityDistance(rate, record.distanceKm) / EXA, 'Eb/s·km');
  const stated = plain(record.statedCapacityDistance / EXA, 'Eb/s·km');
  const gap = show('percent', ((stated.value - product.value) / product.value) * 100);
  const distanceShown = show('distance', record.distanceKm);
  return {
    slug: 'check-the-headline',
    questions: [
      {
        id: 'petabytes',
        prompt: 'classroom.q.headline.petabytes',
        vars: { claim: claimedShown, rate: rateShown },
        answers: [show('ratio', slip.factorOff)],
        ...slip,
        explain: 'classroom.explain.headline.petabytes',
        working: [
          step('classroom.step.bytesToBits', [claimedShown, show('count', BITS_PER_BYTE)], '×', claimedInBits),
          step('classroom.step.timesOff', [claimedInBits, rateShown], '÷', show('ratio', claimedBitsPerSecond / rate)),
        ],
        lines: 3,
      },
      {
        id: 'capacity-distance',
        prompt: 'classroom.q.headline.product',
        vars: { stated, rate: rateShown, distance: distanceShown },
        answers: [product, gap],
        ...judged(stated.value, product.value),
        explain: 'classroom.explain.headline.product',
        working: [step('classroom.step.product', [rateShown, distanceShown], '×', product), step('classroom.step.gap', [stated, product], '−', gap)],
        lines: 3,
      },
      ...claims.map((claim) => claimQuestion(claim, claimData)),
      {
        id: 'per-kilometre',
        prompt: 'classroom.q.headline.perKm',
        vars: { stated: plain(stated.value) },
        answers: [],
        verdict: 'meaningless',
        explain: 'classroom.explain.headline.perKm',
        working: [],
        lines: 3,
      },
    ],
  };
}

/** Lesson 3: the fiber's size, the loop, and how long light takes. */
export function lightWorksheet(record: RecordInputs): Worksheet {
  requireRecord(record);
  const distanceShown = show('distance', record.distanceKm);
  const cladding = plain(record.claddingMm, 'mm');
  const claddingUm = plain(record.claddingMm * 1000, 'µm');
  const vacuum = show('duration', lightTravelSeconds(record.distanceKm, 1), { durationUnit: 'millisecond' });
  const questions: Question[] = [
    {
      id: 'cladding',
      prompt: 'classroom.q.light.cladding',
      vars: { cladding },
      answers: [claddingUm],
      explain: 'classroom.explain.light.cladding',
      working: [step('classroom.step.mmToUm', [cladding, plain(1000)], '×', claddingUm)],
      lines: 2,
    },
    { id: 'cores', prompt: 'classroom.q.light.cores', vars: { cores: show('count', record.cores) }, answers: [], explain: 'classroom.explain.light.cores', working: [], lines: 3 },
    {
      id: 'vacuum',
      prompt: 'classroom.q.light.vacuum',
      vars: { c: LIGHT_SHOWN, distance: distanceShown },
      answers: [vacuum],
      working: [step('classroom.step.lightVacuum', [distanceShown, LIGHT_SHOWN], '÷', vacuum)],
      lines: 2,
    },
  ];
  let oneWay = vacuum;
  const n = record.groupIndex === undefined ? undefined : requirePositive(record.groupIndex, 'group index');
  if (n !== undefined) {
    oneWay = show('duration', lightTravelSeconds(record.distanceKm, n), { durationUnit: 'millisecond' });
    const glassSpeed = plain(LIGHT_KM_PER_SECOND / n, 'km/s', 'full');
    questions.push({
      id: 'glass',
      prompt: 'classroom.q.light.glass',
      vars: { index: plain(n), distance: distanceShown },
      answers: [glassSpeed, oneWay],
      explain: 'classroom.explain.light.glass',
      working: [step('classroom.step.glassSpeed', [LIGHT_SHOWN, plain(n)], '÷', glassSpeed), step('classroom.step.time', [distanceShown, glassSpeed], '÷', oneWay)],
      lines: 3,
    });
  }
  const roundTrip = show('duration', 2 * oneWay.value, { durationUnit: 'millisecond' });
  questions.push({
    id: 'round-trip',
    prompt: n === undefined ? 'classroom.q.light.roundTripVacuum' : 'classroom.q.light.roundTrip',
    vars: { distance: distanceShown },
    answers: [roundTrip],
    explain: 'classroom.explain.light.roundTrip',
    working: [step('classroom.step.double', [oneWay, show('count', 2)], '×', roundTrip)],
    lines: 2,
  });
  if (record.loopSpanKm !== undefined) {
    const span = show('distance', requirePositive(record.loopSpanKm, 'loop span'));
    const laps = show('count', Math.round(record.distanceKm / span.value));
    questions.push({
      id: 'laps',
      prompt: 'classroom.q.light.laps',
      vars: { span, distance: distanceShown },
      answers: [laps],
      explain: 'classroom.explain.light.laps',
      working: [step('classroom.step.laps', [distanceShown, span], '÷', plain(record.distanceKm / span.value))],
      lines: 2,
    });
    if (n !== undefined) {
      // The engine's own steps (span × index ÷ c), with the lap time pinned to the ms the question asks for.
      const [times, over] = lightTravelSteps(span.value, n);
      if (!times || !over) throw new Error('lightTravelSteps returns two steps');
      const lap = { ...over.result, durationUnit: 'millisecond' } as const;
      const allLaps = show('duration', lap.value * laps.value, { durationUnit: 'millisecond' });
      questions.push({
        id: 'lap-time',
        prompt: 'classroom.q.light.lapTime',
        vars: { span, index: plain(n) },
        answers: [lap, allLaps],
        explain: 'classroom.explain.light.lapTime',
        working: [times, { ...over, result: lap }, step('classroom.step.allLaps', [lap, laps], '×', allLaps)],
        lines: 3,
      });
    }
  }
  return { slug: 'light-in-glass', questions };
}

/** All three worksheets, in lesson order. */
export function allWorksheets(inputs: WorksheetInputs): Worksheet[] {
  return [petabitWorksheet(inputs.record), headlineWorksheet(inputs.record, inputs.claims, inputs.claimData), lightWorksheet(inputs.record)];
}

export function worksheetFor(slug: WorksheetSlug, inputs: WorksheetInputs): Worksheet {
  const found = allWorksheets(inputs).find((w) => w.slug === slug);
  if (!found) throw new Error(`Unknown worksheet "${slug}"`);
  return found;
}

/** A question by id, e.g. for a lesson page quoting an answer. */
export function questionFor(slug: WorksheetSlug, id: string, inputs: WorksheetInputs): Question {
  const found = worksheetFor(slug, inputs).questions.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown question "${slug}/${id}"`);
  return found;
}

/** A formatted quantity: plain text, or the parts of m × 10ⁿ for scientific notation. */
export type Formatted = { text: string } | { mantissa: string; exponent: string; unit: string };

const PREFIXED_FORMATTERS = { rate: formatRate, 'byte-rate': formatByteRate, size: formatSize, bits: formatBits } as const;

/** Writes a quantity for the page in `locale`, through the engine's formatter for its kind. */
export function formatShown(shown: Shown, locale: string): Formatted {
  const { kind, value, prefix, notation, unit, durationUnit } = shown;
  if (notation === 'scientific') return { ...formatScientific(value, locale), unit: unit ?? '' };
  const suffix = (digits: string) => ({ text: unit === undefined ? digits : `${digits}\u00a0${unit}` });
  if (kind === 'plain') return suffix(notation === 'full' ? formatNumber(value, locale, { maximumFractionDigits: 0 }) : formatAmount(shown, locale));
  if (kind === 'duration' && durationUnit !== undefined) return { text: formatDuration(value, locale, { unit: durationUnit }) };
  if (kind in PREFIXED_FORMATTERS && (prefix !== undefined || notation === 'full')) {
    const format = PREFIXED_FORMATTERS[kind as keyof typeof PREFIXED_FORMATTERS];
    // Intl's ceiling of 21 significant digits writes every digit of any rate the site holds.
    return { text: format(value, locale, notation === 'full' ? { prefix: '', maximumSignificantDigits: 21 } : { prefix: prefix ?? '' }) };
  }
  return { text: formatAmount(shown, locale) };
}

/** Plain-text form of formatShown, for prompts and screen-reader labels. */
export function formatShownText(shown: Shown, locale: string): string {
  const formatted = formatShown(shown, locale);
  if ('text' in formatted) return formatted.text;
  return `${formatted.mantissa} × 10^${formatted.exponent}${formatted.unit === '' ? '' : `\u00a0${formatted.unit}`}`;
}
