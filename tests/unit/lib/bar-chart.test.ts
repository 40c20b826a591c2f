import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BAR_LAYOUT, labelledBarsHeightPx, labelledBarsTopPx, logBarConfig, valuePlacement, wrapText } from '../../../src/lib/bar-chart';
import type { ThemeColors } from '../../../src/lib/charts';
import { durationAxis } from '../../../src/lib/log-ticks';

const measure = (text: string) => text.length * 7;

describe('wrapText', () => {
  it('breaks at spaces, each line within the width', () => {
    expect(wrapText('English Wikipedia · The 2025 record (NICT + Sumitomo)', 20 * 7, measure)).toEqual(['English Wikipedia ·', 'The 2025 record', '(NICT + Sumitomo)']);
    expect(wrapText('short', 100, measure)).toEqual(['short']);
  });
  it('never cuts or drops a word, never adds an ellipsis, and breaks an over-long word inside', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[^\s]{1,30}$/), { minLength: 1, maxLength: 12 }), fc.integer({ min: 3, max: 40 }), (words, chars) => {
        const text = words.join(' ');
        const lines = wrapText(text, chars * 7, measure);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(chars * 7);
        // Every character is kept, in order.
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        expect(lines.some((l) => l.endsWith('…')) && !text.includes('…')).toBe(false);
      }),
    );
  });
  it('needs no more lines on a wider axis', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 15 }), fc.integer({ min: 12, max: 60 }), (words, chars) => {
        const text = words.join(' ');
        expect(wrapText(text, (chars + 5) * 7, measure).length).toBeLessThanOrEqual(wrapText(text, chars * 7, measure).length);
      }),
    );
  });
});

describe('valuePlacement', () => {
  it('after the bar when it fits, inside its end when not, else against the right edge', () => {
    expect(valuePlacement(0, 100, 300, 50)).toEqual({ x: 100 + BAR_LAYOUT.valuePadPx, align: 'left', inside: false });
    expect(valuePlacement(0, 280, 300, 50)).toEqual({ x: 280 - BAR_LAYOUT.valuePadPx, align: 'right', inside: true });
    expect(valuePlacement(270, 280, 300, 50)).toEqual({ x: 300, align: 'right', inside: false });
  });
});

describe('labelled bars', () => {
  it('leave room above every bar for its label lines, and above the first one too', () => {
    const { lineHeightPx, gapAboveBarPx, barThicknessPx, gapBelowBarPx, axisPx } = BAR_LAYOUT;
    for (const lines of [1, 2, 3, 5]) {
      const band = (labelledBarsHeightPx(6, lines) - labelledBarsTopPx(lines) - axisPx) / 6;
      // Between two bars: the next one's label and its gap, and a gap under the bar above.
      expect(band - barThicknessPx).toBeGreaterThanOrEqual(lines * lineHeightPx + gapAboveBarPx + gapBelowBarPx);
      // Above the first bar: half a gap (Chart.js centres bars in their bands) plus the padding.
      expect(labelledBarsTopPx(lines) + (band - barThicknessPx) / 2).toBeGreaterThanOrEqual(lines * lineHeightPx + gapAboveBarPx);
    }
  });
  it('the configuration runs the value axis between the axis ends, one invisible point per bar', () => {
    const colors: ThemeColors = { text: '#000', muted: '#555', border: '#ccc', surface: '#fff', series: ['#00f', '#888', '#f00'], record: '#f00' };
    const rows = [
      { label: 'a', value: 2e-4, valueLabel: '200 μs' },
      { label: 'b', value: 3e6, valueLabel: '34.7 days', highlight: true },
    ];
    const axis = durationAxis(
      rows.map((r) => r.value),
      'en',
    );
    const config = logBarConfig(rows, colors, { axisTitle: 'Time', axis, measure, labelLines: 2 });
    const x = config.options?.scales?.['x'] as { min: number; max: number };
    expect([x.min, x.max]).toEqual([axis.min, axis.max]);
    // Bar i at i on the hidden axis, top to bottom, from the value axis's start.
    expect(config.data.datasets[0]?.data).toEqual([
      { x: 2e-4, y: 0 },
      { x: 3e6, y: 1 },
    ]);
  });
});
