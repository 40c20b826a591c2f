/**
 * "Units", the part that reads the data (server, definition and tests only): the quantity the
 * widget opens with, the record's own rate as the data write it, and the codec built from it.
 */
import { RECORD_LINK } from './record-link';
import { unitsCodecFor } from './units';

/** The record's own rate, as the data write it: the quantity the widget opens with. */
export const DEFAULT_QUANTITY = `${RECORD_LINK.rate.value} ${RECORD_LINK.rate.unit}`;
export const unitsCodec = unitsCodecFor(DEFAULT_QUANTITY);
