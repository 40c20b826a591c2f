/**
 * Turns arithmetic steps (steps.ts) into text for the reader's locale: each Amount through the
 * formatter for its kind, so the printed unit follows the amount's dimension, never a typed
 * symbol. "123 TB × 8 bits per byte = 984 Tb". Widgets show these lines under "Show the
 * arithmetic"; worksheets add scientific notation for print.
 */
import type { Translate } from '../i18n/index';
import { formatCount, formatDistance, formatDuration, formatNumber, formatPercent, formatRatio, formatYears } from './format';
import type { Amount, ArithmeticStep } from './steps';
import { numberFormat } from './intl';
import { formatBits, formatByteRate, formatCapacityDistance, formatRate, formatSize, formatSizeBinary, type QuantityFormatOptions } from './units';

/** Formatters that choose an SI prefix, by kind. */
const PREFIXED = { rate: formatRate, 'byte-rate': formatByteRate, size: formatSize, bits: formatBits, 'capacity-distance': formatCapacityDistance } as const;

/** What follows a binary prefix ("Gibit/s", "GiB"), as parseQuantity writes it. */
const BINARY_SYMBOL = { rate: 'bit/s', 'byte-rate': 'B/s', size: 'B', bits: 'bit' } as const;

const KM_PER = { mm: 1e-6, µm: 1e-9 } as const;

/** Intl's compound units (locale-aware: "km/s", "km/秒"). */
function compoundUnit(value: number, locale: string, unit: string, unitDisplay: 'short' | 'long', digits?: number): string {
  return numberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay,
    ...(digits === undefined ? { maximumFractionDigits: 3 } : { maximumSignificantDigits: digits }),
  }).format(value);
}

function formatText(amount: Amount, locale: string): string {
  const { kind, value, format = {} } = amount;
  const { digits, notation } = format;
  switch (kind) {
    case 'rate':
    case 'byte-rate':
    case 'size':
    case 'bits':
    case 'capacity-distance': {
      if (format.binary && kind !== 'capacity-distance') return formatSizeBinary(value, locale, digits, BINARY_SYMBOL[kind]);
      const options: QuantityFormatOptions =
        // Intl's ceiling of 21 significant digits writes every digit of any quantity the site holds.
        notation === 'full' ? { prefix: '', maximumSignificantDigits: 21 } : { prefix: format.prefix, maximumSignificantDigits: digits };
      return PREFIXED[kind](value, locale, options);
    }
    case 'duration':
      return formatDuration(value, locale, { unit: format.durationUnit, maximumSignificantDigits: digits });
    case 'years':
      return formatYears(value, locale, digits);
    case 'distance':
      if (format.lengthUnit !== undefined) return `${formatNumber(value / KM_PER[format.lengthUnit], locale)}\u00a0${format.lengthUnit}`;
      return formatDistance(value, locale);
    case 'speed':
      return notation === 'full'
        ? compoundUnit(Math.round(value), locale, 'kilometer-per-second', 'short')
        : compoundUnit(value, locale, 'kilometer-per-second', 'short', digits ?? 6);
    case 'frequency':
      return `${formatCount(value, locale)}/s`;
    case 'bits-per-byte':
      return compoundUnit(value, locale, 'bit-per-byte', 'long');
    case 'seconds-per-year':
      return compoundUnit(value, locale, 'second-per-year', 'long');
    case 'count':
      return formatCount(value, locale);
    case 'ratio':
      return formatRatio(value, locale);
    case 'percent':
      return formatPercent(value, locale, digits);
    case 'number':
      return notation === 'full'
        ? formatNumber(value, locale, { maximumFractionDigits: 0 })
        : formatNumber(value, locale, digits === undefined ? {} : { maximumSignificantDigits: digits });
  }
}

/**
 * One amount, formatted by what it measures. Throws RangeError on NaN or Infinity. Scientific
 * notation is for print only (worksheets/index.ts writes it), so islands never carry it.
 */
export function formatAmount(amount: Amount, locale: string): string {
  return formatText(amount, locale);
}

export interface RenderedStep {
  /** What the step does, in words. */
  label: string;
  /** "984 Tb ÷ 1.02 Pb/s = 0.965 s"; a step with no operator is just its value. */
  expression: string;
}

export function renderStep(step: ArithmeticStep, locale: string, t: Translate): RenderedStep {
  const label = t(step.label);
  if (step.operator === undefined) {
    return { label, expression: formatAmount(step.inputs[0] ?? step.result, locale) };
  }
  const left = step.inputs.map((input) => formatAmount(input, locale)).join(` ${step.operator} `);
  return { label, expression: `${left} = ${formatAmount(step.result, locale)}` };
}

/** Every step of a calculation, in order. */
export function renderSteps(steps: readonly ArithmeticStep[], locale: string, t: Translate): RenderedStep[] {
  return steps.map((step) => renderStep(step, locale, t));
}
