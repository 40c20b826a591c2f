/**
 * The fiber cross-section: a standard single-mode fiber, the record's multicore fiber and a
 * human hair side by side at ONE scale, and the multicore fiber again, enlarged, as the core
 * picker. Pure: the hexagonal core layout (1 + 6 + 12) and each core's neighbours, both scenes
 * in SVG units, the average rate per core per wavelength channel with its arithmetic, and the
 * URL state (the selected core). No data imports: the island receives the sizes, counts and
 * the record's rate as plain options from the server (options.ts), so no dataset ships to the
 * browser for it.
 */
import { amount, divide, multiply, type ArithmeticStep } from '../../../lib/steps';
import { wholeNumberIn, type StateCodec } from '../../../lib/url-state';

/** Everything the island needs from the data (built by options.ts). */
export interface FiberCrossSectionOptions {
  /** Standard single-mode fiber: cladding and (mode-field) core diameters, µm. */
  smfCladdingUm: number;
  smfCoreUm: number;
  /** The record's multicore fiber: cladding diameter (µm) and number of cores. */
  mcfCladdingUm: number;
  cores: number;
  /** Wavelength (WDM) channels in each core, as reported. */
  channels: number;
  /** A human hair's diameter, µm. */
  hairUm: number;
  /** The record's rate, bit/s. */
  recordBitsPerSecond: number;
}

/** The sizes the scene is drawn from. */
export type FiberSizes = Pick<FiberCrossSectionOptions, 'smfCladdingUm' | 'smfCoreUm' | 'mcfCladdingUm' | 'hairUm'>;

// ── Hexagonal layout ────────────────────────────────────────────────────────────────────

export type Ring = 0 | 1 | 2;
export interface CorePosition {
  /** 1-based, centre first, then each ring clockwise from the top. */
  index: number;
  ring: Ring;
  /** Offset from the fiber's centre in µm; y grows downwards, as in SVG. */
  xUm: number;
  yUm: number;
}

/** Cores per ring of a full hexagonal layout: 1, 6, 12. */
export const RING_SIZES = [1, 6, 12] as const;

/**
 * 19 cores on a hexagonal grid with `pitchUm` between neighbours: ring 1 at one pitch; ring 2
 * has six cores at the hexagon's corners (two pitches out) and six at its edge midpoints
 * (√3 pitches out), so every neighbour is exactly one pitch away.
 */
export function hexagonalCores(pitchUm: number): CorePosition[] {
  const at = (index: number, ring: Ring, distanceUm: number, degrees: number): CorePosition => {
    const radians = (degrees * Math.PI) / 180;
    return { index, ring, xUm: distanceUm * Math.sin(radians), yUm: -distanceUm * Math.cos(radians) };
  };
  const cores: CorePosition[] = [{ index: 1, ring: 0, xUm: 0, yUm: 0 }];
  for (let k = 0; k < RING_SIZES[1]; k += 1) cores.push(at(cores.length + 1, 1, pitchUm, k * 60));
  for (let j = 0; j < RING_SIZES[2]; j += 1) cores.push(at(cores.length + 1, 2, j % 2 === 0 ? 2 * pitchUm : Math.sqrt(3) * pitchUm, j * 30));
  return cores;
}

/**
 * The pitch used for the drawing. The record fiber's real core size and spacing are not in
 * the sources, so the cores are drawn with the standard core size and spread so the outer
 * ring keeps one core diameter of glass between its edge and the cladding's edge.
 */
export function illustrativePitchUm(claddingUm: number, coreUm: number): number {
  return (claddingUm / 2 - coreUm / 2 - coreUm) / 2;
}

/** Distance from the fiber's centre to the outermost core's far edge, µm. */
export function outerCoreEdgeUm(cores: readonly CorePosition[], coreUm: number): number {
  return Math.max(...cores.map((c) => Math.hypot(c.xUm, c.yUm))) + coreUm / 2;
}

/**
 * The cores one pitch from `core` (its nearest neighbours in the drawing): the cores its
 * light leaks into first. 6 for the centre and the inner ring; 3 for an outer corner, 4 for
 * an outer edge core.
 */
export function neighbourIndices(cores: readonly CorePosition[], core: number, pitchUm: number): number[] {
  const from = cores.find((c) => c.index === core);
  if (from === undefined) return [];
  const tolerance = pitchUm * 1e-6;
  return cores.filter((c) => c !== from && Math.abs(Math.hypot(c.xUm - from.xUm, c.yUm - from.yUm) - pitchUm) < tolerance).map((c) => c.index);
}

// ── The scene in SVG units ──────────────────────────────────────────────────────────────

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}
export interface SceneCore extends Circle, CorePosition {}

export interface Scene {
  width: number;
  height: number;
  /** SVG units per micrometre: the one factor every size is multiplied by. */
  unitsPerUm: number;
  smf: { cladding: Circle; core: Circle };
  mcf: { cladding: Circle; cores: SceneCore[] };
  hair: Circle;
  /** Baseline of the labels under the circles. */
  labelY: number;
}

export interface SceneOptions {
  /** Width of the SVG viewBox. */
  width: number;
  /** Space between the three objects, µm. */
  gapUm: number;
  /** Space right of the hair, µm (its label is wider than the hair). */
  rightMarginUm: number;
  /** Room under the circles for labels, in SVG units. */
  labelHeight: number;
}

export const SCENE_DEFAULTS: SceneOptions = { width: 400, gapUm: 24, rightMarginUm: 20, labelHeight: 50 };

export function crossSectionScene(sizes: FiberSizes, options: SceneOptions = SCENE_DEFAULTS): Scene {
  const { width, gapUm, rightMarginUm, labelHeight } = options;
  const { smfCladdingUm, smfCoreUm, mcfCladdingUm, hairUm } = sizes;
  // Half a gap on the left; on the right, room for the hair's label, wider than the hair.
  const totalUm = smfCladdingUm + mcfCladdingUm + hairUm + 2.5 * gapUm + rightMarginUm;
  const unitsPerUm = width / totalUm;
  const tallestUm = Math.max(smfCladdingUm, mcfCladdingUm, hairUm);
  const cy = (tallestUm / 2 + gapUm / 2) * unitsPerUm;
  let leftUm = gapUm / 2;
  const place = (diameterUm: number): Circle => {
    const circle = { cx: (leftUm + diameterUm / 2) * unitsPerUm, cy, r: (diameterUm / 2) * unitsPerUm };
    leftUm += diameterUm + gapUm;
    return circle;
  };
  const smfCladding = place(smfCladdingUm);
  const mcfCladding = place(mcfCladdingUm);
  const hair = place(hairUm);
  const pitchUm = illustrativePitchUm(mcfCladdingUm, smfCoreUm);
  const cores = hexagonalCores(pitchUm).map((c) => ({
    ...c,
    cx: mcfCladding.cx + c.xUm * unitsPerUm,
    cy: mcfCladding.cy + c.yUm * unitsPerUm,
    r: (smfCoreUm / 2) * unitsPerUm,
  }));
  return {
    width,
    height: cy + (tallestUm / 2 + gapUm / 2) * unitsPerUm + labelHeight,
    unitsPerUm,
    smf: { cladding: smfCladding, core: { cx: smfCladding.cx, cy, r: (smfCoreUm / 2) * unitsPerUm } },
    mcf: { cladding: mcfCladding, cores },
    hair,
    labelY: cy + (tallestUm / 2 + gapUm / 2) * unitsPerUm,
  };
}

// ── The enlarged fiber: the core picker ─────────────────────────────────────────────────

export interface PickerScene {
  /** The square viewBox's side. */
  size: number;
  cladding: Circle;
  /** Each core as drawn (its standard size) plus `hitR`, the radius of its tap target. */
  cores: SceneCore[];
  /** Half a pitch: the largest tap targets that do not overlap. */
  hitR: number;
  pitchUm: number;
}

/**
 * The multicore fiber alone, filling a square `size` units wide, in the same proportions as
 * the true-scale picture. Each core's tap target is a circle half a pitch across in radius, so
 * neighbouring targets touch but never overlap.
 */
export function pickerScene(sizes: Pick<FiberSizes, 'mcfCladdingUm' | 'smfCoreUm'>, size = 300): PickerScene {
  const unitsPerUm = size / sizes.mcfCladdingUm;
  const pitchUm = illustrativePitchUm(sizes.mcfCladdingUm, sizes.smfCoreUm);
  const c = size / 2;
  const cores = hexagonalCores(pitchUm).map((core) => ({ ...core, cx: c + core.xUm * unitsPerUm, cy: c + core.yUm * unitsPerUm, r: (sizes.smfCoreUm / 2) * unitsPerUm }));
  return { size, cladding: { cx: c, cy: c, r: c }, cores, hitR: (pitchUm / 2) * unitsPerUm, pitchUm };
}

// ── Average rate per core per wavelength channel ────────────────────────────────────────

export interface ChannelRate {
  /** Cores × wavelength channels: the signals sent at once. */
  signals: number;
  /** The record's rate over those signals: an average, bit/s. */
  bitsPerSecond: number;
  steps: ArithmeticStep[];
}

/**
 * The record's rate averaged over every core and every wavelength channel. An average, not a
 * measured rate of one core: the cores are coupled, so light mixes between them and the
 * receiver separates the signals again with MIMO processing.
 */
export function perChannelRate(rateBitsPerSecond: number, cores: number, channels: number): ChannelRate {
  if (!(rateBitsPerSecond > 0) || !Number.isFinite(rateBitsPerSecond)) throw new RangeError('rate must be positive');
  for (const n of [cores, channels]) if (!Number.isInteger(n) || n < 1) throw new RangeError('cores and channels must be positive whole numbers');
  const signals = multiply('widget.fiber-cross-section.step.signals', amount('count', cores), amount('count', channels), 'count');
  const average = divide('widget.fiber-cross-section.step.perChannel', amount('rate', rateBitsPerSecond), signals.result, 'rate', { digits: 3 });
  return { signals: signals.result.value, bitsPerSecond: average.result.value, steps: [signals, average] };
}

// ── URL state ───────────────────────────────────────────────────────────────────────────

export interface FiberCrossSectionState {
  /** The selected core, 1-based (1 is the centre). */
  core: number;
}

/** The codec for this many cores (the same count gives the same codec on the server and in the browser). */
export function fiberCrossSectionCodecFor({ cores }: Pick<FiberCrossSectionOptions, 'cores'>): StateCodec<FiberCrossSectionState> {
  return { defaults: { core: 1 }, params: { core: wholeNumberIn(1, cores) } };
}

/** The core reached from `core` by an arrow key: +1 / −1 with wrap-around, Home and End. */
export function moveCore(core: number, key: string, cores: number): number {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (core % cores) + 1;
    case 'ArrowLeft':
    case 'ArrowUp':
      return ((core - 2 + cores) % cores) + 1;
    case 'Home':
      return 1;
    case 'End':
      return cores;
    default:
      return core;
  }
}
