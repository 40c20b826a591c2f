/**
 * The fiber cross-section, the part that reads the data (server, definition and tests only):
 * the three objects' sizes, the record fiber's core and wavelength-channel counts and the record's rate as the plain
 * options the island receives, and the codec built from the core count.
 */
import { fact, factNumber } from '../../../data';
import { RATE_UNITS, rateToBitsPerSecond, type RateUnit } from '../../../lib/units';
import { fiberCrossSectionCodecFor, type FiberCrossSectionOptions, type FiberCrossSectionState } from './core';
import type { WidgetIsland } from '../types';

const MICROMETRES_PER_MILLIMETRE = 1000;

/** Standard single-mode fiber: cladding and (mode-field) core diameters, µm. */
export const SMF_CLADDING_UM = factNumber('standard-cladding-diameter');
export const SMF_CORE_UM = factNumber('single-mode-core-diameter');
/** The record's fiber: its cladding is given in mm in the data. */
export const MCF_CLADDING_UM = factNumber('record-cladding') * MICROMETRES_PER_MILLIMETRE;
export const MCF_CORES = factNumber('record-cores');
/** Wavelength channels per core, as reported (secondary sources). */
export const MCF_CHANNELS = factNumber('record-channels');
export const HAIR_UM = factNumber('human-hair-diameter');

function recordBitsPerSecond(): number {
  const { value, unit } = fact('record-rate');
  const rateUnit = RATE_UNITS.find((u) => u === unit);
  if (typeof value !== 'number' || rateUnit === undefined) throw new Error('record-rate is not a rate');
  return rateToBitsPerSecond({ value, unit: rateUnit as RateUnit });
}
export const RECORD_BITS_PER_SECOND = recordBitsPerSecond();

/** The island's props: seven numbers, nothing else from facts.json. */
export const FIBER_CROSS_SECTION_OPTIONS: FiberCrossSectionOptions = {
  smfCladdingUm: SMF_CLADDING_UM,
  smfCoreUm: SMF_CORE_UM,
  mcfCladdingUm: MCF_CLADDING_UM,
  cores: MCF_CORES,
  channels: MCF_CHANNELS,
  hairUm: HAIR_UM,
  recordBitsPerSecond: RECORD_BITS_PER_SECOND,
};
export const island: WidgetIsland<FiberCrossSectionOptions, FiberCrossSectionState> = { options: FIBER_CROSS_SECTION_OPTIONS, codecFor: fiberCrossSectionCodecFor };
export const fiberCrossSectionCodec = fiberCrossSectionCodecFor(FIBER_CROSS_SECTION_OPTIONS);
