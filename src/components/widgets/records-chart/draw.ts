/**
 * The records chart's canvas drawing, beside its component: a Chart.js plugin that draws the
 * strip under a broken capacity axis, the constant capacity × distance guide lines (under the
 * points), and on top the record's callout, the labels of points under the break and the
 * lines' labels at the plot's edge (layout.ts places them so none overlaps another), each with
 * a halo so it stays readable. The boxes it drew go to the canvas's `data-labels` attribute
 * for browser tests. The pure configuration (datasets, scales, guide-line geometry) is in core.ts.
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import { CHART_FONT_FAMILY, type ThemeColors } from '../../../lib/charts';
import {
  SERIES,
  belowBreak,
  locatePoint,
  chartBounds,
  guideLines,
  recordsChartConfig,
  type Bounds,
  type ProductLine,
  type RecordRow,
  type RecordsChartConfigOptions,
} from './core';
import { calloutBox, placeLineLabels, type Area, type Box } from './layout';
import { haloText } from '../canvas-text';

type Point = { x: number; y: number };
const LINE_FONT = `12px ${CHART_FONT_FAMILY}`;
const CALLOUT_FONT = `bold 13px ${CHART_FONT_FAMILY}`;
const TEXT_HEIGHT = 15;

/** A label the plugin drew, for tests: what, where (canvas pixels). */
export interface DrawnLabel extends Box {
  kind: 'line' | 'callout' | 'below-break';
  text: string;
}

/** core.ts's configuration with the drawing plugin added. */
export function drawnRecordsChart(plotted: readonly RecordRow[], colors: ThemeColors, options: RecordsChartConfigOptions): ChartConfiguration<'scatter'> {
  const bounds = chartBounds(plotted, options.view);
  const lines = guideLines(bounds, options.view);
  const below = belowBreak(plotted);
  return { ...recordsChartConfig(plotted, colors, options), plugins: [drawingPlugin(plotted, lines, bounds, below, colors, options)] };
}

/** Draws the strip and the guide lines under the points, and every label over them. */
function drawingPlugin(
  plotted: readonly RecordRow[],
  lines: readonly ProductLine[],
  bounds: Bounds,
  below: readonly RecordRow[],
  colors: ThemeColors,
  options: RecordsChartConfigOptions,
): Plugin<'scatter'> {
  const pixel = (chart: Chart<'scatter'>, p: Point): Point => ({ x: chart.scales['x']!.getPixelForValue(p.x), y: chart.scales['y']!.getPixelForValue(p.y) });
  /** The plot above the break (all of it when there is none). */
  const scaledArea = (chart: Chart<'scatter'>): Area => {
    const { left, top, right, bottom } = chart.chartArea;
    return { left, top, right, bottom: bounds.breakY === undefined ? bottom : chart.scales['y']!.getPixelForValue(bounds.breakY) };
  };
  return {
    id: 'recordsDrawing',
    afterInit: (chart) => options.onReady?.(chart as unknown as Chart),
    afterDestroy: () => options.onReady?.(undefined),
    beforeDatasetsDraw: (chart) => {
      if (!chart.scales['x'] || !chart.scales['y']) return;
      const { ctx, chartArea } = chart;
      const area = scaledArea(chart);
      ctx.save();
      if (bounds.breakY !== undefined) drawBreak(ctx, chartArea, area.bottom, colors);
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
      ctx.clip();
      ctx.strokeStyle = colors.muted;
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 4]);
      for (const line of lines) {
        const [a, b] = line.points.map((p) => pixel(chart, p)) as [Point, Point];
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        ctx.stroke();
      }
      ctx.restore();
    },
    afterDatasetsDraw: (chart) => {
      if (!chart.scales['x'] || !chart.scales['y']) return;
      const { ctx, chartArea } = chart;
      const drawn: DrawnLabel[] = [];
      const measure = (text: string, font: string) => {
        ctx.font = font;
        return ctx.measureText(text).width;
      };
      ctx.save();
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      // The record's callout first: the lines' labels keep clear of it.
      const record = chart.getDatasetMeta(SERIES.indexOf('highlight')).data[0];
      if (record) {
        const box = calloutBox(record, measure(options.text.highlight, CALLOUT_FONT), TEXT_HEIGHT, chartArea);
        ctx.fillStyle = colors.record;
        haloText(ctx, options.text.highlight, box.x, box.y + box.h / 2, colors.surface);
        drawn.push({ kind: 'callout', text: options.text.highlight, ...box });
      }
      // Points under the break carry their own value, as the strip has no scale.
      ctx.fillStyle = colors.text;
      for (const row of below) {
        const at = locatePoint(plotted, row.id);
        const point = at ? chart.getDatasetMeta(at.datasetIndex).data[at.index] : undefined;
        if (!point) continue;
        const text = options.text.belowBreak(row);
        const box = calloutBox(point, measure(text, LINE_FONT), TEXT_HEIGHT, chartArea, 12);
        haloText(ctx, text, box.x, box.y + box.h / 2, colors.surface);
        drawn.push({ kind: 'below-break', text, ...box });
      }
      // The lines' labels, at the plot's edge, clear of each other, the callout and (if they can) the points.
      const points = chart.data.datasets.flatMap((_, d) => chart.getDatasetMeta(d).data.map((p) => ({ x: p.x - 7, y: p.y - 7, w: 14, h: 14 })));
      const placed = placeLineLabels(
        lines.map((line) => {
          const text = options.text.productLine(line.productEbSKm);
          const short = options.text.productLineShort(line.productEbSKm);
          const [a, b] = line.points.map((p) => pixel(chart, p)) as [Point, Point];
          return { text, a, b, w: measure(text, LINE_FONT), h: TEXT_HEIGHT, short: { text: short, w: measure(short, LINE_FONT) } };
        }),
        scaledArea(chart),
        drawn,
        points,
      );
      ctx.font = LINE_FONT;
      ctx.fillStyle = colors.muted;
      for (const { text, box } of placed) {
        if (!box) continue;
        haloText(ctx, text, box.x, box.y + box.h / 2, colors.surface);
        drawn.push({ kind: 'line', text, ...box });
      }
      ctx.restore();
      chart.canvas.dataset['labels'] = JSON.stringify(drawn);
    },
  };
}

/**
 * The strip under a broken axis, tinted, with the usual break mark (two short slanted
 * strokes) across the axis lines where the scale stops.
 */
function drawBreak(ctx: CanvasRenderingContext2D, chartArea: Area, breakPx: number, colors: ThemeColors): void {
  ctx.save();
  ctx.globalAlpha = 0.5;
  ctx.fillStyle = colors.border;
  ctx.fillRect(chartArea.left, breakPx, chartArea.right - chartArea.left, chartArea.bottom - breakPx);
  ctx.globalAlpha = 1;
  for (const x of [chartArea.left, chartArea.right]) {
    ctx.fillStyle = colors.surface;
    ctx.fillRect(x - 7, breakPx - 1, 14, 6);
    ctx.strokeStyle = colors.muted;
    ctx.lineWidth = 1.5;
    for (const dy of [-1, 5]) {
      ctx.beginPath();
      ctx.moveTo(x - 7, breakPx + dy + 3);
      ctx.lineTo(x + 7, breakPx + dy - 3);
      ctx.stroke();
    }
  }
  ctx.restore();
}
