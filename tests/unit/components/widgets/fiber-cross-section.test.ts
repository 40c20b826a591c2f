import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import factsJson from '../../../../src/data/facts.json' with { type: 'json' };
import {
  RING_SIZES,
  crossSectionScene as crossSectionSceneFor,
  hexagonalCores,
  illustrativePitchUm,
  moveCore as moveCoreAmong,
  outerCoreEdgeUm,
  perCoreShare,
  type CorePosition,
} from '../../../../src/components/widgets/fiber-cross-section/core';
import { FIBER_CROSS_SECTION_OPTIONS, HAIR_UM, MCF_CORES, RECORD_BITS_PER_SECOND, fiberCrossSectionCodec } from '../../../../src/components/widgets/fiber-cross-section/options';
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

describe('per-core share', () => {
  it('splits 1.02 Pb/s evenly over 19 cores: ≈53.7 Tb/s, 5.26 %', () => {
    const share = perCoreShare(RECORD_BITS_PER_SECOND, MCF_CORES);
    expect(RECORD_BITS_PER_SECOND).toBe(raw('record-rate') * 1e15);
    expect(share.shareBitsPerSecond).toBeCloseTo((raw('record-rate') * 1e15) / raw('record-cores'), 0);
    expect(share.shareBitsPerSecond / 1e12).toBeCloseTo(53.7, 1);
    expect(share.percent).toBeCloseTo(100 / 19, 12);
    expect(share.steps.at(-1)?.result.value).toBe(share.shareBitsPerSecond);
    expect(() => perCoreShare(RECORD_BITS_PER_SECOND, 0)).toThrow(RangeError);
    expect(() => perCoreShare(Number.NaN, 19)).toThrow(RangeError);
  });

  it('shares always add back up to the whole', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e18, noNaN: true }), fc.integer({ min: 1, max: 100 }), (rate, cores) => {
        expect((perCoreShare(rate, cores).shareBitsPerSecond * cores) / rate).toBeCloseTo(1, 12);
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
