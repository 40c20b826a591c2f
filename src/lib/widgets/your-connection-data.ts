/**
 * "Your connection", the part that reads the data (server, definition and tests only): the
 * lines a reader might have, as the plain options the island receives, and the codec built
 * from their ids.
 */
import { links } from '../../data';
import type { Link } from '../../data/schema';
import { rateToBitsPerSecond } from '../units';
import { RECORD_BITS_PER_SECOND, RECORD_LINK } from './record-link';
import { yourConnectionCodecFor, type LineOption, type YourConnectionOptions } from './your-connection';

export { RECORD_LINK };

/** Lines a reader might have: medians and consumer plans, newest first within the data order. */
export const CONNECTION_PRESETS: readonly Link[] = links.filter((l) => ['fixed', 'mobile', 'country-average', 'consumer-plan'].includes(l.kind));

/** The island's props: the record's speed and each preset's id, label and speed, nothing else. */
export function yourConnectionOptions(): YourConnectionOptions {
  const lines: LineOption[] = CONNECTION_PRESETS.map((l) => ({ id: l.id, label: l.label, bitsPerSecond: rateToBitsPerSecond(l.rate) }));
  return { recordBitsPerSecond: RECORD_BITS_PER_SECOND, lines };
}

export const YOUR_CONNECTION_OPTIONS: YourConnectionOptions = yourConnectionOptions();
export const yourConnectionCodec = yourConnectionCodecFor(YOUR_CONNECTION_OPTIONS);
