/**
 * The records chart: every fiber record in the data as a point of capacity against distance
 * (or against year, the timeline view), with lines of constant capacity × distance. Pure:
 * the state codec, the rows (which are plotted, which are left out and why), the lines, the
 * arithmetic step, and the Chart.js configuration built from them with the theme's colours.
 * draw.ts adds the canvas drawing; the component formats text and hands the result to
 * Chart.svelte. No data
 * imports: the island receives the records as plain rows from the server
 * (options.ts), so no dataset ships to the browser for it.
 */
import type { Chart, ChartConfiguration, ChartDataset } from 'chart.js';
import { logBounds, type ThemeColors } from '../../../lib/charts';
import { amount, multiply, type ArithmeticStep } from '../../../lib/steps';
import { oneOf, type StateCodec } from '../../../lib/url-state';

export const VIEWS = ['distance', 'year'] as const;
export type RecordsView = (typeof VIEWS)[number];
export const FILTERS = ['all', 'standard'] as const;
export type RecordsFilter = (typeof FILTERS)[number];

/** One record as the chart needs it, in base units. */
export interface RecordRow {
  id: string;
  /** Null where no source read gives the year: such rows cannot sit on the timeline. */
  year: number | null;
  team: string;
  fiber: string;
  venue: string;
  standardCladding: boolean;
  highlight: boolean;
  capacityBitsPerSecond: number;
  /** Null where no source gives the distance: such rows cannot sit on the distance axis. */
  distanceKm: number | null;
  /** Capacity × distance in bit/s·km, null without a distance. */
  productBitsPerSecondKm: number | null;
  /** Other distances sources give where the distance is disputed (distanceKm is the one used). */
  distanceDisputedKm?: number[];
  /** Known only from tertiary sources (private conference notes): marked in the chart and table. */
  tertiary: boolean;
  note?: string;
}

/** Everything the island needs from the data (built by options.ts). */
export interface RecordsChartOptions {
  /** Every record, in the data's order. */
  rows: RecordRow[];
  /** What "standard cladding" means, for the key and the table, µm. */
  standardCladdingUm: number;
}

/** The record the site is about (the one flagged `highlight` in the data). */
export function highlightRow(rows: readonly RecordRow[]): RecordRow {
  const row = rows.find((r) => r.highlight);
  if (!row) throw new Error('records chart: no highlighted record');
  return row;
}

export interface RecordsChartState {
  view: RecordsView;
  show: RecordsFilter;
  /** The record whose details are shown (and whose point is highlighted). */
  record: string;
}

/** The codec for these rows (the same ids give the same codec on the server and in the browser). */
export function recordsChartCodecFor({ rows }: Pick<RecordsChartOptions, 'rows'>): StateCodec<RecordsChartState> {
  return {
    defaults: { view: 'distance', show: 'all', record: highlightRow(rows).id },
    params: { view: oneOf(VIEWS), show: oneOf(FILTERS), record: oneOf(rows.map((r) => r.id)) },
  };
}

export interface ChartRows {
  /** Rows drawn in the current view, in axis order (by distance, or by year). */
  plotted: RecordRow[];
  /** Rows that pass the filter but have no distance, so the distance view leaves them out. */
  withoutDistance: RecordRow[];
  /** Rows that pass the filter but have no year, so the timeline leaves them out. */
  withoutYear: RecordRow[];
}

/** Which rows the current view and filter draw, and which it has to leave out. */
export function chartRows(rows: readonly RecordRow[], state: Pick<RecordsChartState, 'view' | 'show'>): ChartRows {
  const shown = rows.filter((r) => state.show === 'all' || r.standardCladding);
  if (state.view === 'year') {
    const dated = shown.filter((r): r is RecordRow & { year: number } => r.year !== null);
    return {
      plotted: dated.sort((a, b) => a.year - b.year || a.capacityBitsPerSecond - b.capacityBitsPerSecond),
      withoutDistance: [],
      withoutYear: shown.filter((r) => r.year === null),
    };
  }
  const plotted = shown.filter((r) => r.distanceKm !== null).sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
  return { plotted, withoutDistance: shown.filter((r) => r.distanceKm === null), withoutYear: [] };
}

/**
 * Capacity × distance over every distance sources give for a row, smallest and largest, or
 * undefined when the distance is not disputed (or not given). Figures derived from a disputed
 * distance are shown with this range.
 */
export function productRange(row: RecordRow): [number, number] | undefined {
  if (row.distanceKm === null || row.distanceDisputedKm === undefined || row.distanceDisputedKm.length === 0) return undefined;
  const products = [row.distanceKm, ...row.distanceDisputedKm].map((km) => row.capacityBitsPerSecond * km);
  return [Math.min(...products), Math.max(...products)];
}

/**
 * Rows whose capacity × distance exceeds the highlighted record's, largest first: the chart
 * names them, so the 2025 record is never presented as the top-right point when it is not.
 */
export function beyondHighlight(rows: readonly RecordRow[]): RecordRow[] {
  const highlight = highlightRow(rows);
  const product = highlight.productBitsPerSecondKm;
  if (product === null) return [];
  return rows
    .filter((r) => r.productBitsPerSecondKm !== null && r.productBitsPerSecondKm > product)
    .sort((a, b) => (b.productBitsPerSecondKm ?? 0) - (a.productBitsPerSecondKm ?? 0));
}

/** The chosen record when it is on the chart, otherwise the highlighted one (or the first). */
export function selectedRow(plotted: readonly RecordRow[], id: string): RecordRow | undefined {
  return plotted.find((r) => r.id === id) ?? plotted.find((r) => r.highlight) ?? plotted[0];
}

/** Capacity × distance for one record, as a step: rate × km = bit/s·km. */
export function productSteps(row: RecordRow): ArithmeticStep[] {
  if (row.distanceKm === null || row.productBitsPerSecondKm === null) return [];
  return [multiply('widget.records-chart.step.product', amount('rate', row.capacityBitsPerSecond), amount('distance', row.distanceKm), 'capacity-distance')];
}

// ── Lines of constant capacity × distance ───────────────────────────────────────────────

/** The products drawn as guide lines, in Eb/s·km (1 Eb/s·km = 10¹⁸ bit/s·km). */
export const PRODUCT_LINES_EB_S_KM = [0.01, 0.1, 1, 10] as const;
export const BITS_PER_EXABIT = 1e18;

/** Capacity (bit/s) at `distanceKm` on the line of constant product `productEbSKm`. */
export function capacityOnLine(productEbSKm: number, distanceKm: number): number {
  return (productEbSKm * BITS_PER_EXABIT) / distanceKm;
}

export interface ProductLine {
  productEbSKm: number;
  /** Where the line enters and leaves the plot box (straight on log–log axes). */
  points: [{ x: number; y: number }, { x: number; y: number }];
}

/** The part of a constant-product line inside the box, or undefined when it misses the box. */
export function productLine(productEbSKm: number, [xMin, xMax]: [number, number], [yMin, yMax]: [number, number]): ProductLine | undefined {
  const product = productEbSKm * BITS_PER_EXABIT;
  const xStart = Math.max(xMin, product / yMax);
  const xEnd = Math.min(xMax, product / yMin);
  if (!(xStart < xEnd)) return undefined;
  return {
    productEbSKm,
    points: [
      { x: xStart, y: capacityOnLine(productEbSKm, xStart) },
      { x: xEnd, y: capacityOnLine(productEbSKm, xEnd) },
    ],
  };
}

// ── Chart.js configuration ─────────────────────────────────────────────────────────────

/** Dataset order: 0 standard cladding, 1 other fibers, 2 the highlighted record. */
export const SERIES = ['standard', 'other', 'highlight'] as const;
export type Series = (typeof SERIES)[number];

export function seriesOf(row: RecordRow): Series {
  return row.highlight ? 'highlight' : row.standardCladding ? 'standard' : 'other';
}

/** Where a record sits in the chart's datasets, for highlighting it from the keyboard. */
export function locatePoint(plotted: readonly RecordRow[], id: string): { datasetIndex: number; index: number } | undefined {
  const row = plotted.find((r) => r.id === id);
  if (!row) return undefined;
  const series = seriesOf(row);
  return { datasetIndex: SERIES.indexOf(series), index: plotted.filter((r) => seriesOf(r) === series).indexOf(row) };
}

export interface RecordsChartText {
  xDistance: string;
  xYear: string;
  y: string;
  /** Label of a guide line, e.g. "1 Eb/s·km". */
  productLine: (productEbSKm: number) => string;
  /** The same without the unit ("1"), where the whole label has no room (the key gives the unit). */
  productLineShort: (productEbSKm: number) => string;
  /** Text beside the highlighted record's point. */
  highlight: string;
  /** Text beside a point under the axis break, which is not to scale ("1988 · 280 Mb/s"). */
  belowBreak: (row: RecordRow) => string;
  formatRate: (bitsPerSecond: number) => string;
  formatDistance: (km: number) => string;
  formatYear: (year: number) => string;
}

/** A point the pointer is over (or left, with undefined), with its position in canvas pixels. */
export interface PointHit {
  id: string;
  x: number;
  y: number;
}

export interface RecordsChartConfigOptions {
  view: RecordsView;
  text: RecordsChartText;
  animate: boolean;
  /** A point was clicked or tapped. */
  onSelect?: (hit: PointHit) => void;
  /** The pointer moved onto a point or off all points. */
  onHover?: (hit: PointHit | undefined) => void;
  /** The chart exists (or, with undefined, is gone): lets the widget highlight from the keyboard. */
  onReady?: (chart: Chart | undefined) => void;
}

type Point = { x: number; y: number };
export interface Bounds {
  x: [number, number];
  y: [number, number];
  /**
   * Where the capacity axis breaks, when some result lies far below all others: the scale runs
   * from here up, and the results below it sit in a strip under the break, not to scale.
   */
  breakY?: number;
}

/** A gap of this many decades between one capacity and the next breaks the capacity axis. */
export const BREAK_GAP_DECADES = 3;
/** The strip under a break, in decades of the log axis (not a scale: only room for a point). */
const STRIP_DECADES = 0.6;

/**
 * The results far below all the others (TAT-8's 280 Mb/s in 1988, five decades under the
 * lowest result since 2012): those under the widest gap of at least BREAK_GAP_DECADES between
 * neighbouring capacities. Drawn to scale, they would squeeze every modern record into the top
 * of the plot (and, on the timeline, into its right quarter).
 */
export function belowBreak(plotted: readonly RecordRow[]): RecordRow[] {
  const sorted = [...plotted].sort((a, b) => a.capacityBitsPerSecond - b.capacityBitsPerSecond);
  let cut = 0;
  let widest = BREAK_GAP_DECADES;
  for (let i = 1; i < sorted.length; i += 1) {
    const gap = Math.log10(sorted[i]!.capacityBitsPerSecond / sorted[i - 1]!.capacityBitsPerSecond);
    if (gap >= widest) [cut, widest] = [i, gap];
  }
  return sorted.slice(0, cut);
}

/**
 * The axes' ranges: whole decades (log axes) or five-year spans around the plotted rows, fitted
 * to the rows above the break (plus one decade of strip below it when there is a break).
 */
export function chartBounds(plotted: readonly RecordRow[], view: RecordsView): Bounds {
  const below = belowBreak(plotted);
  const scaled = plotted.filter((r) => !below.includes(r));
  const x = view === 'year' ? yearBounds(scaled.map((r) => r.year ?? Number.NaN)) : logBounds(plotted.map((r) => r.distanceKm ?? Number.NaN));
  const y = logBounds(scaled.map((r) => r.capacityBitsPerSecond));
  return below.length === 0 ? { x, y } : { x, y: [y[0] / 10 ** STRIP_DECADES, y[1]], breakY: y[0] };
}

/**
 * Where a row's point is drawn. A row under the break sits in the middle of the strip; on the
 * timeline, whose years start after it, at the strip's left end (its label gives its year).
 */
export function plotPosition(row: RecordRow, view: RecordsView, bounds: Bounds, below: readonly RecordRow[]): Point {
  const x = view === 'year' ? (row.year ?? Number.NaN) : (row.distanceKm ?? Number.NaN);
  if (bounds.breakY === undefined || !below.includes(row)) return { x, y: row.capacityBitsPerSecond };
  return { x: view === 'year' ? bounds.x[0] + 1 : x, y: bounds.breakY / 10 ** (STRIP_DECADES / 2) };
}

/** The guide lines the distance view draws (the timeline has none), above the break only. */
export function guideLines(bounds: Bounds, view: RecordsView): ProductLine[] {
  if (view === 'year') return [];
  const y: [number, number] = [bounds.breakY ?? bounds.y[0], bounds.y[1]];
  return PRODUCT_LINES_EB_S_KM.flatMap((p) => productLine(p, bounds.x, y) ?? []);
}

/**
 * A scatter chart with three datasets (standard cladding, other, the highlighted record).
 * The guide lines and labels are drawn by a small plugin (draw.ts adds it), and the tooltip is
 * the widget's own HTML, so neither Chart.js's LineElement nor its Tooltip plugin is needed
 * (≈7 KB brotli).
 */
export function recordsChartConfig(plotted: readonly RecordRow[], colors: ThemeColors, options: RecordsChartConfigOptions): ChartConfiguration<'scatter'> {
  const { view } = options;
  const bySeries = SERIES.map((s) => plotted.filter((r) => seriesOf(r) === s));
  const bounds = chartBounds(plotted, view);
  const below = belowBreak(plotted);
  const look = {
    standard: { pointStyle: 'rectRot', radius: 6, color: colors.series[0] },
    other: { pointStyle: 'circle', radius: 5, color: colors.series[1] },
    highlight: { pointStyle: 'rectRot', radius: 10, color: colors.record },
  } as const;
  // Results known only from tertiary sources are drawn hollow (the key says so).
  const datasets: ChartDataset<'scatter', Point[]>[] = SERIES.map((s, index) => {
    const rows = bySeries[index] ?? [];
    return {
      label: s,
      data: rows.map((r) => plotPosition(r, view, bounds, below)),
      pointStyle: look[s].pointStyle,
      pointRadius: look[s].radius,
      pointHoverRadius: look[s].radius + 3,
      pointHitRadius: 10,
      backgroundColor: rows.map((r) => (r.tertiary ? colors.surface : look[s].color)),
      borderColor: s === 'highlight' ? colors.text : look[s].color,
      borderWidth: rows.map((r) => (s === 'highlight' || r.tertiary ? 2 : 1)),
      pointHoverBorderColor: colors.text,
      pointHoverBorderWidth: 3,
    };
  });
  const hitOf = (elements: readonly { datasetIndex: number; index: number; element: { x: number; y: number } }[]): PointHit | undefined => {
    const first = elements[0];
    const row = first ? bySeries[first.datasetIndex]?.[first.index] : undefined;
    return first && row ? { id: row.id, x: first.element.x, y: first.element.y } : undefined;
  };
  // Ticks and grid lines only at whole decades (or every five years): log axes otherwise draw
  // a line at every minor step, and the empty minor labels force rotated tick text.
  const axis = (min: number, max: number, ticks: number[], format: (v: number) => string, title: string) => ({
    min,
    max,
    title: { display: true, text: title, color: colors.muted },
    afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
      scale.ticks = ticks.map((value) => ({ value }));
    },
    // Level labels, thinned by Chart.js where a narrow plot has no room for every decade.
    ticks: { color: colors.muted, autoSkip: true, autoSkipPadding: 6, maxRotation: 0, callback: (value: number | string) => format(Number(value)) },
    grid: { color: colors.border },
    // The axis line too: Chart.js's default is a black at 10%, lost on the dark theme.
    border: { color: colors.border },
  });
  const xTicks = view === 'year' ? stepsBetween(bounds.x, 5) : decadesBetween(bounds.x);
  return {
    type: 'scatter',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 300 } : false,
      interaction: { mode: 'nearest', intersect: true },
      onClick: (_event, elements) => {
        const hit = hitOf(elements);
        if (hit) options.onSelect?.(hit);
      },
      onHover: (_event, elements) => options.onHover?.(hitOf(elements)),
      scales: {
        x: {
          type: view === 'year' ? 'linear' : 'logarithmic',
          ...axis(
            bounds.x[0],
            bounds.x[1],
            xTicks,
            view === 'year' ? options.text.formatYear : options.text.formatDistance,
            view === 'year' ? options.text.xYear : options.text.xDistance,
          ),
        },
        // No tick in the strip under a break: the point there is labelled with its own value.
        y: { type: 'logarithmic', ...axis(bounds.y[0], bounds.y[1], decadesBetween([bounds.breakY ?? bounds.y[0], bounds.y[1]]), options.text.formatRate, options.text.y) },
      },
    },
  };
}

/** Powers of ten from min to max (both whole decades). */
export function decadesBetween([min, max]: [number, number]): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(min)); e <= Math.round(Math.log10(max)); e += 1) out.push(10 ** e);
  return out;
}

function stepsBetween([min, max]: [number, number], step: number): number[] {
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) out.push(v);
  return out;
}

/** Whole five-year spans around the years, with a year's margin so points never touch the edge. */
export function yearBounds(years: readonly number[]): [number, number] {
  const finite = years.filter((y) => Number.isFinite(y));
  if (finite.length === 0) return [2000, 2030];
  return [Math.floor((Math.min(...finite) - 1) / 5) * 5, Math.ceil((Math.max(...finite) + 1) / 5) * 5];
}
