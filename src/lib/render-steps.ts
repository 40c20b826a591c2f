/**
 * Turns arithmetic steps (steps.ts) into text for the reader's locale: each Amount through the
 * formatter for its kind, each step as "123 TB × 8 = 984 Tb". Widgets show these lines under
 * "Show the arithmetic"; the numbers are the same ones the result was computed from.
 */
import type { Translate } from '../i18n/index';
import { formatCount, formatDistance, formatDuration, formatNumber, formatPercent, formatRatio, formatYears } from './format';
import type { Amount, ArithmeticStep } from './steps';
import { formatBits, formatByteRate, formatRate, formatSize } from './units';

/** One amount, formatted by what it measures. Throws RangeError on NaN or Infinity. */
export function formatAmount(amount: Amount, locale: string): string {
  switch (amount.kind) {
    case 'rate':
      return formatRate(amount.value, locale);
    case 'byte-rate':
      return formatByteRate(amount.value, locale);
    case 'size':
      return formatSize(amount.value, locale);
    case 'bits':
      return formatBits(amount.value, locale);
    case 'duration':
      return formatDuration(amount.value, locale);
    case 'years':
      return formatYears(amount.value, locale);
    case 'count':
      return formatCount(amount.value, locale);
    case 'ratio':
      return formatRatio(amount.value, locale);
    case 'percent':
      return formatPercent(amount.value, locale);
    case 'distance':
      return formatDistance(amount.value, locale);
    case 'plain':
      return formatNumber(amount.value, locale);
  }
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
