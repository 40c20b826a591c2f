/**
 * Chart data and options as plain objects. A widget's pure module turns its results into
 * rows; these builders turn rows into a Chart.js configuration with the theme's colours.
 * Only types come from chart.js here, so this stays DOM-free and testable.
 */
import type { ChartConfiguration } from 'chart.js';

/** Colours read from the CSS tokens at draw time (see components/widgets/theme-colors.ts). */
export interface ThemeColors {
  text: string;
  muted: string;
  border: string;
  surface: string;
  series: [string, string, string];
  record: string;
}

export interface BarRow {
  label: string;
  value: number;
  /** Drawn in the record colour with a heavier border. */
  highlight?: boolean;
}

export interface LogBarOptions {
  /** Axis title, e.g. "Time (seconds, log scale)". */
  axisTitle: string;
  /** Formats tick and tooltip values in the reader's locale and units. */
  formatValue: (value: number) => string;
  animate: boolean;
}

/** A horizontal bar chart on a logarithmic value axis. Values must be positive. */
export function logBarConfig(rows: readonly BarRow[], colors: ThemeColors, options: LogBarOptions): ChartConfiguration<'bar'> {
  const values = rows.map((r) => r.value);
  const [min, max] = logBounds(values);
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        {
          data: values,
          backgroundColor: rows.map((r) => (r.highlight ? colors.record : colors.series[0])),
          borderColor: rows.map((r) => (r.highlight ? colors.text : colors.series[0])),
          borderWidth: rows.map((r) => (r.highlight ? 2 : 0)),
          base: min,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 300 } : false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => options.formatValue(Number(item.raw)) } },
      },
      scales: {
        x: {
          type: 'logarithmic',
          min,
          max,
          title: { display: true, text: options.axisTitle, color: colors.muted },
          ticks: { color: colors.muted, callback: (value) => (isPowerOfTen(Number(value)) ? options.formatValue(Number(value)) : '') },
          grid: { color: colors.border },
        },
        y: { ticks: { color: colors.text }, grid: { display: false } },
      },
    },
  };
}

/** Whole decades that enclose every value, so bars never touch the plot edge. */
export function logBounds(values: readonly number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length === 0) return [1, 10];
  const low = Math.floor(Math.log10(Math.min(...finite)));
  const high = Math.ceil(Math.log10(Math.max(...finite)));
  return [10 ** low, 10 ** (high === low ? high + 1 : high)];
}

function isPowerOfTen(value: number): boolean {
  if (!(value > 0)) return false;
  const exponent = Math.log10(value);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}
