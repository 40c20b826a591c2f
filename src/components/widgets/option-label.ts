/**
 * What a widget's choice is called on screen: its translated label key, or its label from the
 * data followed by the month (or year) its figure refers to, formatted for the reader's locale.
 * Medians of the same place differ only by month, so the date is part of the name. Every
 * widget that lists data entries names them through here, and the unique-labels test checks
 * the names it produces for every option list the widgets' server modules build.
 */
import type { UiKey } from '../../i18n/en';
import type { Translate } from '../../i18n/translate';
import { formatFactValue } from '../../lib/fact-format';

/** A choice as the islands receive it: an id, and a label (with an optional date) or a message key. */
export interface NamedOption {
  id: string;
  label?: string;
  labelKey?: UiKey;
  /** The month (YYYY-MM) the option's figure refers to, shown with its label. */
  month?: string;
}

/** The month (YYYY-MM) of an ISO date or year-month; undefined for a bare year, which tells no medians apart. */
export function monthOf(isoDate: string | undefined): string | undefined {
  return isoDate !== undefined && /^\d{4}-\d{2}/.test(isoDate) ? isoDate.slice(0, 7) : undefined;
}

export function optionLabel(option: NamedOption, locale: string, t: Translate): string {
  if (option.labelKey !== undefined) return t(option.labelKey);
  const label = option.label ?? option.id;
  if (option.month === undefined) return label;
  return t('shell.option.dated', { label, date: formatFactValue({ value: option.month, unit: 'date' }, locale) });
}
