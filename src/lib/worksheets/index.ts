/**
 * The three classroom worksheets, one module per lesson, and how a page writes their amounts.
 * See types.ts for what a question holds.
 */
import { formatAmount, formatAmountParts, type AmountParts } from '../render-steps';
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
export type Formatted = AmountParts;

/** Writes a quantity for the page in `locale`, through the engine's formatter for its kind. */
export function formatShown(shown: Shown, locale: string): Formatted {
  return formatAmountParts(shown, locale);
}

/** Plain-text form of formatShown, for prompts and screen-reader labels. */
export function formatShownText(shown: Shown, locale: string): string {
  return formatAmount(shown, locale);
}
