import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calloutBox, crosses, edgeCandidates, overlaps, placeLineLabels, type Area, type Box } from '../../../../src/components/widgets/records-chart/layout';

const area: Area = { left: 50, top: 10, right: 450, bottom: 310 };
const within = (box: Box) => box.x >= area.left && box.y >= area.top && box.x + box.w <= area.right && box.y + box.h <= area.bottom;

describe('records-chart label layout', () => {
  it('overlaps and crosses, by hand', () => {
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 9, y: 9, w: 5, h: 5 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 5, h: 5 })).toBe(false);
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 11, y: 0, w: 5, h: 5 }, 2)).toBe(true);
    const box = { x: 10, y: 10, w: 10, h: 10 };
    expect(crosses(box, { x: 0, y: 0 }, { x: 30, y: 30 })).toBe(true);
    expect(crosses(box, { x: 0, y: 30 }, { x: 30, y: 29 })).toBe(false);
    expect(crosses(box, { x: 0, y: 0 }, { x: 5, y: 5 })).toBe(false);
  });

  it('puts a label where its line leaves the plot: under its end on the right edge, after it on the bottom edge', () => {
    const [right] = edgeCandidates({ x: 50, y: 100 }, { x: 450, y: 200 }, 60, 15, area);
    expect(right).toEqual({ x: 450 - 4 - 60, y: 204, w: 60, h: 15 });
    const [bottom] = edgeCandidates({ x: 50, y: 100 }, { x: 300, y: 310 }, 60, 15, area);
    expect(bottom).toEqual({ x: 304, y: 310 - 4 - 15, w: 60, h: 15 });
    // Where the line leaves too near the corner for the label, the entry end is next.
    const candidates = edgeCandidates({ x: 200, y: 10 }, { x: 420, y: 310 }, 60, 15, area);
    expect(candidates[0]).toEqual({ x: 200 - 4 - 60, y: 14, w: 60, h: 15 });
  });

  it('never overlaps two labels, a label and the callout, or a label and a line; keeps them inside the plot', () => {
    const line = fc.record({ x0: fc.integer({ min: 50, max: 440 }), slope: fc.double({ min: 0.2, max: 3, noNaN: true }) }).map(({ x0, slope }) => {
      // A falling line from the top edge (or left edge) to the right edge (or bottom edge).
      const a = { x: x0, y: area.top };
      const xEnd = Math.min(area.right, x0 + (area.bottom - area.top) / slope);
      return { text: 'line', a, b: { x: xEnd, y: area.top + (xEnd - x0) * slope }, w: 70, h: 15 };
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.integer({ min: 60, max: 440 }), fc.integer({ min: 20, max: 300 }), (lines, cx, cy) => {
        const callout = calloutBox({ x: cx, y: cy }, 130, 15, area);
        const placed = placeLineLabels(lines, area, [callout]);
        const boxes = placed.flatMap((p) => (p.box ? [p.box] : []));
        for (const [i, box] of boxes.entries()) {
          expect(within(box)).toBe(true);
          expect(overlaps(box, callout)).toBe(false);
          for (const l of lines) expect(crosses(box, l.a, l.b)).toBe(false);
          for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
        }
      }),
    );
  });

  it('places every label when there is room, off every line', () => {
    const lines = [0, 1, 2].map((i) => ({ text: `${i}`, a: { x: area.left, y: 40 + 80 * i }, b: { x: area.right, y: 80 + 80 * i }, w: 60, h: 15 }));
    const placed = placeLineLabels(lines, area, []);
    expect(placed.every((p) => p.box !== undefined)).toBe(true);
    for (const { box } of placed) for (const line of lines) expect(crosses(box!, line.a, line.b)).toBe(false);
  });

  it('puts the callout beside its point, or above it when neither side has room, never on it', () => {
    expect(calloutBox({ x: 100, y: 100 }, 120, 15, area)).toEqual({ x: 116, y: 92.5, w: 120, h: 15 });
    expect(calloutBox({ x: 400, y: 100 }, 120, 15, area)).toEqual({ x: 264, y: 92.5, w: 120, h: 15 });
    const narrow: Area = { left: 0, top: 0, right: 200, bottom: 200 };
    const box = calloutBox({ x: 100, y: 100 }, 150, 15, narrow);
    expect(box.y + box.h).toBeLessThanOrEqual(100 - 10);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThanOrEqual(200);
  });
});
