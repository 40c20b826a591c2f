/**
 * "Your connection", the part that reads the data (server, definition and tests only): the
 * lines a reader might have, as the plain options the island receives, and the codec built
 * from their ids.
 */
import { links, lookupIn } from '../../../data';
import type { Link } from '../../../data/schema';
import { rateToBitsPerSecond } from '../../../lib/units';
import { monthOf } from '../option-label';
import { RECORD_BITS_PER_SECOND, RECORD_LINK } from '../record-link.server';
import { commonSpeeds } from '../common-speeds.server';
import { yourConnectionCodecFor, type LineOption, type YourConnectionOptions, type YourConnectionState } from './core';
import type { Locale } from '../../../i18n';
import type { WidgetIsland } from '../types';

export { RECORD_LINK };

/** Lines a reader might have: medians and consumer plans, newest first within the data order. */
export const CONNECTION_PRESETS: readonly Link[] = links.filter((l) => ['fixed', 'mobile', 'country-average', 'consumer-plan'].includes(l.kind));

/** One preset as the island shows it: label, the month it refers to (if the data give one) and speed. */
export function lineOption(entry: Link): LineOption {
  const option: LineOption = { id: entry.id, label: entry.label, bitsPerSecond: rateToBitsPerSecond(entry.rate) };
  const month = monthOf(entry.asOf);
  if (month !== undefined) option.month = month;
  return option;
}

/** The island's props: the record's speed, each preset's id, label (in `locale`), date and speed, and the quick-pick speeds. */
export function yourConnectionOptions(locale: Locale = 'en'): YourConnectionOptions {
  const { link } = lookupIn(locale);
  return { recordBitsPerSecond: RECORD_BITS_PER_SECOND, lines: CONNECTION_PRESETS.map((l) => lineOption(link(l.id))), speedChips: commonSpeeds() };
}

export const YOUR_CONNECTION_OPTIONS: YourConnectionOptions = yourConnectionOptions();
export const island: WidgetIsland<YourConnectionOptions, YourConnectionState> = {
  options: YOUR_CONNECTION_OPTIONS,
  optionsIn: yourConnectionOptions,
  codecFor: yourConnectionCodecFor,
};
export const yourConnectionCodec = yourConnectionCodecFor(YOUR_CONNECTION_OPTIONS);
