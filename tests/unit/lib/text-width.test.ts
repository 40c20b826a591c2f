import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimateTextWidth, fontSizePx } from '../../../src/lib/text-width';

describe('estimateTextWidth', () => {
  test('kana and kanji are a square em each', () => {
    expect(estimateTextWidth('伝送容量', '12px sans-serif')).toBe(48);
    expect(estimateTextWidth('ペタ（対数）', '10px sans-serif')).toBe(60);
  });

  // Widths Chromium measured on a canvas in the charts' font (system-ui, DejaVu Sans here):
  // the estimate must not come out narrower, or labels placed with it would collide.
  test.each([
    ['1.02 Pb/s · 1,808 km', 'bold 13px system-ui', 149.7],
    ['1988 · 280 Mb/s', '12px system-ui', 97.0],
    ['0.01 Eb/s·km', '12px system-ui', 78.5],
    ['Capacity (log scale)', '12px system-ui', 118.6],
    ['10,000 km', '12px system-ui', 64.4],
    ['0123456789', '12px system-ui', 76.3],
    ['伝送容量（対数目盛）', '12px system-ui', 120.0],
  ])('"%s" in %s is at least %d px, and within a fifth of it', (text, font, measured) => {
    const estimate = estimateTextWidth(text, font);
    expect(estimate).toBeGreaterThanOrEqual(measured * 0.98);
    expect(estimate).toBeLessThanOrEqual(measured * 1.2);
  });

  test('property: a longer text is never narrower, and bold never narrower than regular', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.integer({ min: 6, max: 40 }), (text, more, px) => {
        expect(estimateTextWidth(text + more, `${px}px x`)).toBeGreaterThan(estimateTextWidth(text, `${px}px x`));
        expect(estimateTextWidth(text, `bold ${px}px x`)).toBeGreaterThanOrEqual(estimateTextWidth(text, `${px}px x`));
      }),
    );
  });
});

test('fontSizePx reads the size of a CSS font, or 10 px without one', () => {
  expect(fontSizePx("bold 13.5px 'Segoe UI', sans-serif")).toBe(13.5);
  expect(fontSizePx('12px system-ui')).toBe(12);
  expect(fontSizePx('caption')).toBe(10);
});
