/**
 * "Units", the part that reads the data (server, definition and tests only): the quantity the
 * widget opens with, the record's own rate as the data write it, and the codec built from it.
 */
import { RECORD_LINK } from '../record-link.server';
import { unitsCodecFor, type UnitsOptions, type UnitsState } from './core';
import type { WidgetIsland } from '../types';

/** The record's own rate, as the data write it: the quantity the widget opens with. */
export const DEFAULT_QUANTITY = `${RECORD_LINK.rate.value} ${RECORD_LINK.rate.unit}`;
/** The island's options: the text, never links.json. */
export const UNITS_OPTIONS: UnitsOptions = { defaultQuantity: DEFAULT_QUANTITY };
export const island: WidgetIsland<UnitsOptions, UnitsState> = { options: UNITS_OPTIONS, codecFor: unitsCodecFor };
export const unitsCodec = unitsCodecFor(UNITS_OPTIONS);
