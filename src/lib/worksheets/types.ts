/**
 * Classroom worksheets, the shared shapes: every question, every figure in a question and every
 * answer-key value is generated from the data (passed in as `WorksheetInputs`) with the site's
 * engine and its dimensioned step builders (steps.ts), so a change of data changes the printed
 * key and no step can print a unit its arithmetic does not produce. Question wording lives in
 * the dictionary (`classroom.q.*` keys); a module per lesson returns keys, amounts and working.
 */
import type { UiKey } from '../../i18n/en';
import type { ClaimEntry } from '../entries';
import type { Amount, ArithmeticStep } from '../steps';
import type { ClaimData, Verdict } from '../claims';

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
  claims: readonly ClaimEntry[];
  /** The datasets checkClaim reads. */
  claimData: ClaimData;
}

/** A quantity as a worksheet shows it: an engine Amount (its `format` pins units and notation). */
export type Shown = Amount;

export interface Question {
  /** Stable id, also the anchor in the answer key (a claim's id for claim checks). */
  id: string;
  prompt: UiKey;
  /** Figures inserted into the prompt's {placeholders}. */
  vars: Readonly<Record<string, Shown>>;
  /** A viral claim as printed, from claims.json (with its translation on other editions). */
  quote?: { text: string; outlet: string; gloss?: string | undefined } | undefined;
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
  /** One line of working per step, built by the engine's step builders. */
  working: readonly ArithmeticStep[];
  /** Ruled lines left for writing. */
  lines: number;
}

export const WORKSHEET_SLUGS = ['how-big-is-a-petabit', 'check-the-headline', 'light-in-glass'] as const;
export type WorksheetSlug = (typeof WORKSHEET_SLUGS)[number];

export interface Worksheet {
  slug: WorksheetSlug;
  questions: readonly Question[];
}
