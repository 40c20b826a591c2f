/**
 * The records chart as a picture, drawn at build time (server only): Chart.js and the chart's
 * own drawing plugin run on svg-context.ts's SVG context with the default view, in a few sizes
 * that the page picks from by the plot's width (ChartPicture.svelte). The picture is what a reader
 * sees until they reach for the chart (the island hydrates on interaction: its hydration and
 * first Chart.js drawing were most of the embed's start-up), and what they see without
 * JavaScript or on paper. Its colours are the theme's CSS variables, so it follows the theme.
 */
import { Chart, LinearScale, LogarithmicScale, PointElement, ScatterController } from 'chart.js';
import type { Locale } from '../../../i18n';
import { makeTranslate, type Messages, type Translate } from '../../../i18n/translate';
import { SvgContext } from '../../../lib/svg-context';
import { estimateTextWidth } from '../../../lib/text-width';
import { chartRows, highlightRow, locatePoint, recordsChartCodecFor, type RecordsChartOptions } from './core';
import { drawnRecordsChart } from './draw';
import { themeColorsFrom } from '../theme-colors';
import { chartText, recordText } from './record-text';

Chart.register(ScatterController, PointElement, LinearScale, LogarithmicScale);

/** The sizes drawn (CSS px), narrowest first; ChartPicture.svelte shows the one whose class suits the plot's width. */
export const PICTURE_SIZES = [
  { name: 'narrow', width: 340, height: 260 },
  { name: 'medium', width: 500, height: 320 },
  { name: 'wide', width: 680, height: 360 },
  { name: 'wider', width: 960, height: 360 },
] as const;

// The colours as the CSS custom properties themselves: the picture follows the page's theme.
const THEME_VARIABLES = themeColorsFrom((name) => `var(${name})`);

let pictures = 0;

/** One size of the chart, as SVG markup. `idPrefix` keeps its clip ids unique in the page. */
export function recordsChartSvg(locale: Locale, t: Translate, options: RecordsChartOptions, size: (typeof PICTURE_SIZES)[number], idPrefix: string): string {
  const defaults = recordsChartCodecFor(options).defaults;
  const rows = chartRows(options.rows, defaults);
  const text = recordText(locale, t, options.standardCladdingUm);
  const config = drawnRecordsChart(rows.plotted, THEME_VARIABLES, {
    view: defaults.view,
    animate: false,
    text: chartText(locale, t, text, highlightRow(options.rows), defaults.view),
  });
  // Chart.js darkens a point's colour for its hover style, and cannot read a CSS variable: CSS darkens it here.
  const darker = (color: string) => `color-mix(in srgb, ${color} 85%, black)`;
  for (const dataset of config.data.datasets) {
    const fill = dataset.backgroundColor;
    if (typeof fill === 'string') dataset.pointHoverBackgroundColor = darker(fill);
    else if (Array.isArray(fill)) dataset.pointHoverBackgroundColor = fill.map((color: unknown) => (typeof color === 'string' ? darker(color) : 'transparent'));
  }
  // A fixed size, drawn once at 1:1, listening to nothing.
  config.options = { ...config.options, responsive: false, devicePixelRatio: 1, animation: false, events: [] };
  const canvas = { width: size.width, height: size.height, style: {}, dataset: {} as Record<string, string>, getContext: () => context };
  const context = new SvgContext(canvas, estimateTextWidth, idPrefix);
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  // The record stands out as the widget shows it, chosen in its list (RecordsChart.svelte).
  const record = locatePoint(rows.plotted, defaults.record);
  if (record) {
    chart.setActiveElements([record]);
    chart.render();
  }
  // aria-hidden: the plot around it is the image, labelled with the chart's key point.
  const svg = context.toSvg(`class="picture-${size.name}" aria-hidden="true" focusable="false"`);
  chart.destroy();
  return svg;
}

/** Every size, for the island's `picture` slot. */
export function recordsChartPicture(locale: Locale, messages: Messages, options: RecordsChartOptions): string {
  pictures += 1;
  const t = makeTranslate(messages);
  return PICTURE_SIZES.map((size) => recordsChartSvg(locale, t, options, size, `rc${pictures}-${size.width}`)).join('');
}
