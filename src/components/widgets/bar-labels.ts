/**
 * A Chart.js plugin for lib/bar-chart.ts's labelled bars: the bars themselves (from the axis
 * start to the value, at least a few pixels long, so a tiny time still shows a mark), each
 * bar's whole label above it (wrapped, never cut) and its value at its end. What it drew is written to the canvas's
 * `data-drawn` attribute (labels as wrapped, values, pixel positions, the axis ticks), so
 * browser tests can check the picture a reader sees, not only the configuration.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { BAR_LABEL_FONT, BAR_LAYOUT, VALUE_FONT, valuePlacement, wrapText, type BarPoint, type BarRow } from '../../lib/bar-chart';
import type { ThemeColors } from '../../lib/charts';
import { haloText } from './canvas-text';

/** What the plugin drew, for tests: one entry per bar, in data order, and the value axis. */
export interface DrawnBars {
  bars: { lines: string[]; value: string; startPx: number; endPx: number; valueLeftPx: number; valueRightPx: number; topPx: number; bottomPx: number }[];
  axis: { min: number; max: number; leftPx: number; rightPx: number; ticks: string[] };
}

/** The configuration with the label plugin added. */
export function withBarLabels(
  config: ChartConfiguration<'scatter', BarPoint[]>,
  rows: readonly BarRow[],
  colors: ThemeColors,
  labelLines: number,
): ChartConfiguration<'scatter', BarPoint[]> {
  return { ...config, plugins: [barLabelsPlugin(rows, colors, labelLines)] };
}

function barLabelsPlugin(rows: readonly BarRow[], colors: ThemeColors, labelLines: number): Plugin<'scatter', BarPoint[]> {
  const { lineHeightPx, gapAboveBarPx, barThicknessPx, minBarPx } = BAR_LAYOUT;
  return {
    id: 'barLabels',
    afterDatasetsDraw: (chart) => {
      const { ctx, chartArea } = chart;
      const x = chart.scales['x'];
      const y = chart.scales['y'];
      if (!x || !y) return;
      const measure = (text: string) => ctx.measureText(text).width;
      const drawn: DrawnBars = {
        bars: [],
        axis: { min: x.min, max: x.max, leftPx: chartArea.left, rightPx: chartArea.right, ticks: x.ticks.map((t) => String(t.label ?? '')) },
      };
      ctx.save();
      rows.forEach((row, index) => {
        const base = chartArea.left;
        const bar = { base, x: Math.max(x.getPixelForValue(row.value), base + minBarPx), y: y.getPixelForValue(index), height: barThicknessPx };
        const top = bar.y - bar.height / 2;
        ctx.fillStyle = row.highlight ? colors.record : colors.series[0];
        ctx.fillRect(bar.base, top, bar.x - bar.base, bar.height);
        if (row.highlight) {
          // The record's bars: a border in the text colour, as well as the colour.
          ctx.strokeStyle = colors.text;
          ctx.lineWidth = 2;
          ctx.strokeRect(bar.base + 1, top + 1, bar.x - bar.base - 2, bar.height - 2);
        }
        // Above the bar, from where the bar starts; if the reserved lines are too few there
        // (the axis's first label pushed the bars right), from the canvas's left edge instead.
        ctx.font = BAR_LABEL_FONT;
        let left = chartArea.left;
        let lines = wrapText(row.label, chart.width - left - 2, measure);
        if (lines.length > labelLines) {
          left = 2;
          lines = wrapText(row.label, chart.width - 4, measure);
        }
        ctx.fillStyle = row.highlight ? colors.record : colors.text;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'bottom';
        lines.forEach((line, i) => haloText(ctx, line, left, top - gapAboveBarPx - (lines.length - 1 - i) * lineHeightPx, colors.surface));

        ctx.font = VALUE_FONT;
        const width = measure(row.valueLabel);
        const place = valuePlacement(bar.base, bar.x, chart.width - 2, width);
        ctx.fillStyle = place.inside ? colors.surface : row.highlight ? colors.record : colors.text;
        ctx.textAlign = place.align;
        ctx.textBaseline = 'middle';
        if (place.inside) ctx.fillText(row.valueLabel, place.x, bar.y);
        else haloText(ctx, row.valueLabel, place.x, bar.y, colors.surface);
        const valueLeft = place.align === 'left' ? place.x : place.x - width;
        drawn.bars.push({
          lines,
          value: row.valueLabel,
          startPx: bar.base,
          endPx: bar.x,
          valueLeftPx: valueLeft,
          valueRightPx: valueLeft + width,
          topPx: top - gapAboveBarPx - lines.length * lineHeightPx,
          bottomPx: top + bar.height,
        });
      });
      ctx.restore();
      chart.canvas.dataset['drawn'] = JSON.stringify(drawn);
    },
  };
}
