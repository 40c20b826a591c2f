/**
 * The records chart's canvas drawing, beside its component: a Chart.js plugin that draws the
 * constant capacity × distance guide lines (under the points) with their labels, and the
 * highlighted record's label, each with a halo so it stays readable. The pure configuration
 * (datasets, scales, guide-line geometry) is in core.ts.
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ThemeColors } from '../../../lib/charts';
import { SERIES, chartBounds, guideLines, recordsChartConfig, type ProductLine, type RecordRow, type RecordsChartConfigOptions } from './core';

type Point = { x: number; y: number };

/** core.ts's configuration with the drawing plugin added. */
export function drawnRecordsChart(plotted: readonly RecordRow[], colors: ThemeColors, options: RecordsChartConfigOptions): ChartConfiguration<'scatter'> {
  const lines = guideLines(chartBounds(plotted, options.view), options.view);
  return { ...recordsChartConfig(plotted, colors, options), plugins: [drawingPlugin(lines, colors, options)] };
}

/** Draws the guide lines (under the points) with their labels, and the record's label. */
function drawingPlugin(lines: readonly ProductLine[], colors: ThemeColors, options: RecordsChartConfigOptions): Plugin<'scatter'> {
  return {
    id: 'recordsDrawing',
    afterInit: (chart) => options.onReady?.(chart as unknown as Chart),
    afterDestroy: () => options.onReady?.(undefined),
    beforeDatasetsDraw: (chart) => {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      const y = scales['y'];
      if (!x || !y) return;
      ctx.save();
      ctx.beginPath();
      ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
      ctx.clip();
      ctx.strokeStyle = colors.muted;
      ctx.fillStyle = colors.muted;
      ctx.lineWidth = 1;
      ctx.font = '12px system-ui, sans-serif';
      for (const line of lines) {
        const [a, b] = line.points.map((p) => ({ x: x.getPixelForValue(p.x), y: y.getPixelForValue(p.y) })) as [Point, Point];
        ctx.setLineDash([4, 4]);
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.stroke();
        const angle = Math.atan2(b.y - a.y, b.x - a.x);
        ctx.save();
        ctx.translate(a.x + Math.cos(angle) * 8, a.y + Math.sin(angle) * 8);
        ctx.rotate(angle);
        // Below the line: lines that start at the top edge keep their label inside the plot.
        ctx.textBaseline = 'top';
        haloText(ctx, options.text.productLine(line.productEbSKm), 0, 3, colors.surface);
        ctx.restore();
      }
      ctx.restore();
    },
    afterDatasetsDraw: (chart) => {
      const point = chart.getDatasetMeta(SERIES.indexOf('highlight')).data[0];
      if (!point) return;
      const { ctx, chartArea } = chart;
      const leftSide = point.x > (chartArea.left + chartArea.right) / 2;
      ctx.save();
      ctx.font = 'bold 13px system-ui, sans-serif';
      ctx.fillStyle = colors.record;
      ctx.textAlign = leftSide ? 'right' : 'left';
      ctx.textBaseline = 'middle';
      haloText(ctx, options.text.highlight, point.x + (leftSide ? -16 : 16), point.y, colors.surface);
      ctx.restore();
    },
  };
}

/** Text with a halo in the background colour, so it stays readable over lines and points. */
function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, halo: string): void {
  ctx.save();
  ctx.setLineDash([]);
  ctx.lineWidth = 4;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = halo;
  ctx.strokeText(text, x, y);
  ctx.restore();
  ctx.fillText(text, x, y);
}
