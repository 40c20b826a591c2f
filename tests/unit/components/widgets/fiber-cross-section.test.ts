import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import factsJson from '../../../../src/data/facts.json' with { type: 'json' };
import {
  RING_SIZES,
  crossSectionScene as crossSectionSceneFor,
  hexagonalCores,
  illustrativePitchUm,
  moveCore as moveCoreAmong,
  neighbourIndices,
  outerCoreEdgeUm,
  perChannelRate,
  pickerScene,
  type CorePosition,
} from '../../../../src/components/widgets/fiber-cross-section/core';
import {
  FIBER_CROSS_SECTION_OPTIONS,
  HAIR_UM,
  MCF_CHANNELS,
  MCF_CORES,
  RECORD_BITS_PER_SECOND,
  fiberCrossSectionCodec,
} from '../../../../src/components/widgets/fiber-cross-section/options';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import { expectStateCodecSurvivesHostileQueries } from '../../hostile-queries';

const raw = (id: string) => {
  const value = factsJson.find((f) => f.id === id)?.value;
  if (typeof value !== 'number') throw new Error(`fact ${id} missing`);
  return value;
};
const claddingUm = raw('standard-cladding-diameter');
const coreUm = raw('single-mode-core-diameter');
const distance = (a: CorePosition, b: CorePosition) => Math.hypot(a.xUm - b.xUm, a.yUm - b.yUm);
const radius = (c: CorePosition) => Math.hypot(c.xUm, c.yUm);
// The island's own options, as Island.astro passes them.
const crossSectionScene = () => crossSectionSceneFor(FIBER_CROSS_SECTION_OPTIONS);
const moveCore = (core: number, key: string) => moveCoreAmong(core, key, FIBER_CROSS_SECTION_OPTIONS.cores);

describe('the island’s options', () => {
  it('are the data’s sizes (the record fiber’s cladding in µm), core count and rate', () => {
    expect(FIBER_CROSS_SECTION_OPTIONS).toEqual({
      smfCladdingUm: raw('standard-cladding-diameter'),
      smfCoreUm: raw('single-mode-core-diameter'),
      mcfCladdingUm: raw('record-cladding') * 1000,
      cores: raw('record-cores'),
      channels: raw('record-channels'),
      hairUm: raw('human-hair-diameter'),
      recordBitsPerSecond: raw('record-rate') * 1e15,
    });
  });
});

describe('hexagonal core layout', () => {
  const pitch = illustrativePitchUm(claddingUm, coreUm);
  const cores = hexagonalCores(pitch);

  it('has 1 + 6 + 12 = 19 cores, as many as the record fiber', () => {
    expect(RING_SIZES).toEqual([1, 6, 12]);
    expect(cores).toHaveLength(raw('record-cores'));
    expect(MCF_CORES).toBe(raw('record-cores'));
    expect([0, 1, 2].map((ring) => cores.filter((c) => c.ring === ring).length)).toEqual([1, 6, 12]);
    expect(cores.map((c) => c.index)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('places the rings at one pitch, and at two and √3 pitches (corners and edges)', () => {
    expect(radius(cores[0]!)).toBe(0);
    for (const c of cores.filter((c) => c.ring === 1)) expect(radius(c)).toBeCloseTo(pitch, 9);
    const outer = cores.filter((c) => c.ring === 2).map(radius);
    expect(outer.filter((r) => Math.abs(r - 2 * pitch) < 1e-9)).toHaveLength(6);
    expect(outer.filter((r) => Math.abs(r - Math.sqrt(3) * pitch) < 1e-9)).toHaveLength(6);
  });

  it('keeps neighbours exactly one pitch apart and never overlaps cores', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), (p) => {
        const layout = hexagonalCores(p);
        let nearest = Infinity;
        for (const a of layout) for (const b of layout) if (a !== b) nearest = Math.min(nearest, distance(a, b));
        expect(nearest).toBeCloseTo(p, 9);
        // Every core has its neighbours at one pitch: 6 for the centre, 6 for the inner ring.
        expect(layout.filter((b) => Math.abs(distance(layout[0]!, b) - p) < 1e-9)).toHaveLength(6);
      }),
    );
    expect(pitch).toBeGreaterThan(coreUm);
  });

  it('has six-fold symmetry and its centre at the fiber centre', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), fc.integer({ min: 1, max: 5 }), (p, turns) => {
        const layout = hexagonalCores(p);
        const angle = (turns * Math.PI) / 3;
        for (const c of layout) {
          const x = c.xUm * Math.cos(angle) - c.yUm * Math.sin(angle);
          const y = c.xUm * Math.sin(angle) + c.yUm * Math.cos(angle);
          expect(layout.some((d) => Math.hypot(d.xUm - x, d.yUm - y) < 1e-9 * p)).toBe(true);
        }
        const sum = layout.reduce((acc, c) => ({ x: acc.x + c.xUm, y: acc.y + c.yUm }), { x: 0, y: 0 });
        expect(Math.abs(sum.x) + Math.abs(sum.y)).toBeLessThan(1e-9 * p);
      }),
    );
  });

  it('keeps every core inside the cladding with a margin of one core diameter', () => {
    expect(outerCoreEdgeUm(cores, coreUm)).toBeCloseTo(claddingUm / 2 - coreUm, 9);
    for (const c of cores) expect(radius(c) + coreUm / 2).toBeLessThanOrEqual(claddingUm / 2 - coreUm + 1e-9);
  });
});

describe('the scene at one scale', () => {
  const scene = crossSectionScene();

  it('turns every size into SVG units with the same factor (true relative scale)', () => {
    const k = scene.unitsPerUm;
    expect(scene.smf.cladding.r * 2).toBeCloseTo(claddingUm * k, 9);
    expect(scene.mcf.cladding.r * 2).toBeCloseTo(raw('record-cladding') * 1000 * k, 9);
    expect(scene.smf.core.r * 2).toBeCloseTo(coreUm * k, 9);
    expect(scene.hair.r * 2).toBeCloseTo(raw('human-hair-diameter') * k, 9);
    expect(scene.hair.r / scene.smf.cladding.r).toBeCloseTo(HAIR_UM / claddingUm, 12);
    for (const c of scene.mcf.cores) {
      expect(c.cx - scene.mcf.cladding.cx).toBeCloseTo(c.xUm * k, 9);
      expect(c.cy - scene.mcf.cladding.cy).toBeCloseTo(c.yUm * k, 9);
    }
  });

  it('fits the three circles side by side in the view, without touching', () => {
    const circles = [scene.smf.cladding, scene.mcf.cladding, scene.hair];
    expect(circles[0]!.cx - circles[0]!.r).toBeGreaterThan(0);
    expect(circles[2]!.cx + circles[2]!.r).toBeLessThan(scene.width);
    for (let i = 1; i < circles.length; i += 1) expect(circles[i]!.cx - circles[i]!.r).toBeGreaterThan(circles[i - 1]!.cx + circles[i - 1]!.r);
    for (const c of circles) expect(c.cy + c.r).toBeLessThan(scene.labelY + 1e-9);
    expect(scene.labelY).toBeLessThan(scene.height);
  });
});

describe('neighbours: where a core’s light leaks first', () => {
  const pitch = illustrativePitchUm(claddingUm, coreUm);
  const cores = hexagonalCores(pitch);
  const degree = (core: number) => neighbourIndices(cores, core, pitch).length;

  it('gives the centre and the inner ring 6 neighbours, outer corners 3 and outer edges 4', () => {
    expect(degree(1)).toBe(6);
    for (const c of cores.filter((c) => c.ring === 1)) expect(degree(c.index)).toBe(6);
    const outer = cores.filter((c) => c.ring === 2);
    // Corners sit two pitches out, edge cores √3 pitches out.
    for (const c of outer) expect(degree(c.index)).toBe(Math.abs(radius(c) - 2 * pitch) < 1e-9 ? 3 : 4);
    // A 19-cell hexagon has 42 neighbouring pairs; each is counted from both ends.
    expect(cores.reduce((sum, c) => sum + degree(c.index), 0)).toBe(2 * 42);
  });

  it('is symmetric, never lists the core itself, and lists only cores one pitch away', () => {
    for (const a of cores) {
      const near = neighbourIndices(cores, a.index, pitch);
      expect(near).not.toContain(a.index);
      for (const b of near) {
        expect(neighbourIndices(cores, b, pitch)).toContain(a.index);
        expect(distance(a, cores[b - 1]!)).toBeCloseTo(pitch, 9);
      }
    }
    expect(neighbourIndices(cores, 99, pitch)).toEqual([]);
  });
});

describe('the enlarged fiber (core picker)', () => {
  const picker = pickerScene(FIBER_CROSS_SECTION_OPTIONS, 300);

  it('fills its square with the cladding and keeps the true-scale picture’s proportions', () => {
    expect(picker.cladding.r * 2).toBe(300);
    const k = 300 / raw('record-cladding') / 1000;
    for (const c of picker.cores) expect(c.r * 2).toBeCloseTo(coreUm * k, 9);
    expect(picker.cores).toHaveLength(raw('record-cores'));
  });

  it('gives every core a tap target half a pitch in radius: touching, never overlapping, inside the fiber', () => {
    const k = 300 / (raw('record-cladding') * 1000);
    expect(picker.hitR).toBeCloseTo((illustrativePitchUm(claddingUm, coreUm) / 2) * k, 9);
    for (const a of picker.cores) {
      expect(Math.hypot(a.cx - 150, a.cy - 150) + picker.hitR).toBeLessThanOrEqual(150 + 1e-9);
      for (const b of picker.cores) if (a !== b) expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * picker.hitR - 1e-9);
    }
    // The target is much larger than the drawn core: that is the point.
    expect(picker.hitR).toBeGreaterThan(2 * picker.cores[0]!.r);
  });
});

describe('average rate per core per wavelength channel', () => {
  it('shares 1.02 Pb/s over 19 cores × 180 channels: ≈298 Gb/s each', () => {
    const average = perChannelRate(RECORD_BITS_PER_SECOND, MCF_CORES, MCF_CHANNELS);
    expect(RECORD_BITS_PER_SECOND).toBe(raw('record-rate') * 1e15);
    expect(average.signals).toBe(raw('record-cores') * raw('record-channels'));
    expect(average.bitsPerSecond).toBeCloseTo((raw('record-rate') * 1e15) / (raw('record-cores') * raw('record-channels')), 0);
    // By hand: 1.02e15 / 3,420 = 298,245,614,035 bit/s.
    expect(average.bitsPerSecond / 1e9).toBeCloseTo(298.2456, 3);
    expect(average.steps.map((s) => [s.operator, s.result.kind])).toEqual([
      ['×', 'count'],
      ['÷', 'rate'],
    ]);
    expect(average.steps.at(-1)?.result.value).toBe(average.bitsPerSecond);
    expect(average.steps[1]?.inputs[1]?.value).toBe(average.signals);
    for (const [cores, channels] of [
      [0, 180],
      [19, 0],
      [19, 1.5],
    ] as const)
      expect(() => perChannelRate(RECORD_BITS_PER_SECOND, cores, channels)).toThrow(RangeError);
    expect(() => perChannelRate(Number.NaN, 19, 180)).toThrow(RangeError);
  });

  it('always multiplies back to the whole', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e18, noNaN: true }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1000 }), (rate, cores, channels) => {
        expect((perChannelRate(rate, cores, channels).bitsPerSecond * cores * channels) / rate).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('core selection and URL state', () => {
  it('arrow keys move through the cores and wrap; Home and End jump', () => {
    expect(moveCore(1, 'ArrowRight')).toBe(2);
    expect(moveCore(19, 'ArrowRight')).toBe(1);
    expect(moveCore(1, 'ArrowLeft')).toBe(19);
    expect(moveCore(7, 'ArrowUp')).toBe(6);
    expect(moveCore(7, 'Home')).toBe(1);
    expect(moveCore(7, 'End')).toBe(19);
    expect(moveCore(7, 'a')).toBe(7);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19 }), (core) => {
        expect(moveCore(moveCore(core, 'ArrowRight'), 'ArrowLeft')).toBe(core);
      }),
    );
  });

  it('round-trips the core and rejects anything but a whole core number', () => {
    expect(parseState(fiberCrossSectionCodec, serializeState(fiberCrossSectionCodec, { core: 12 })).state).toEqual({ core: 12 });
    for (const bad of ['0', '20', '7.0', '1e1', '+7', '-1', ' 7', 'seven', '']) {
      const { state, notices } = parseState(fiberCrossSectionCodec, `core=${encodeURIComponent(bad)}`);
      expect(state, bad).toEqual(fiberCrossSectionCodec.defaults);
      expect(notices, bad).toHaveLength(1);
    }
  });

  it('survives 10,000 hostile queries', () => {
    expectStateCodecSurvivesHostileQueries(fiberCrossSectionCodec, '');
    expectStateCodecSurvivesHostileQueries(fiberCrossSectionCodec, 'fx.');
  }, 60_000);
});
