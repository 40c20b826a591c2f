/**
 * The three classroom worksheets, one module per lesson, and how a page writes their amounts.
 * See types.ts for what a question holds.
 */
import { formatScientific } from '../format';
import { formatAmount } from '../render-steps';
import type { Amount } from '../steps';
import { headlineWorksheet } from './headline';
import { lightWorksheet } from './light';
import { petabitWorksheet } from './petabit';
import type { Question, Shown, Worksheet, WorksheetInputs, WorksheetSlug } from './types';

export * from './types';
export { claimQuestion, headlineWorksheet } from './headline';
export { lightWorksheet } from './light';
export { EXAMPLE_SIZES_BYTES, petabitWorksheet } from './petabit';

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

/** What follows m × 10ⁿ: the kind's base symbol, no prefix. */
const SCIENTIFIC_UNIT: Partial<Record<Amount['kind'], string>> = { rate: 'b/s', 'byte-rate': 'B/s', size: 'B', bits: 'b', 'capacity-distance': 'b/s·km', number: '', count: '' };

/** Writes a quantity for the page in `locale`, through the engine's formatter for its kind. */
export function formatShown(shown: Shown, locale: string): Formatted {
  if (shown.format?.notation !== 'scientific') return { text: formatAmount(shown, locale) };
  const unit = SCIENTIFIC_UNIT[shown.kind];
  if (unit === undefined) throw new RangeError(`No scientific notation for ${shown.kind}`);
  return { ...formatScientific(shown.value, locale, shown.format.digits), unit };
}

/** Plain-text form of formatShown, for prompts and screen-reader labels: "1.02 × 10^15 b/s". */
export function formatShownText(shown: Shown, locale: string): string {
  const formatted = formatShown(shown, locale);
  if ('text' in formatted) return formatted.text;
  return `${formatted.mantissa} × 10^${formatted.exponent}${formatted.unit === '' ? '' : `\u00a0${formatted.unit}`}`;
}
