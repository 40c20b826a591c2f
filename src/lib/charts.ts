/**
 * What every chart shares: the theme's colours (read from the CSS tokens at draw time) and
 * the font for canvas text, and whole-decade bounds for log axes. The labelled bar chart is in
 * bar-chart.ts, so pages without one do not load it.
 */

/** Colours read from the CSS tokens at draw time (see components/widgets/theme-colors.ts). */
export interface ThemeColors {
  text: string;
  muted: string;
  border: string;
  surface: string;
  series: [string, string, string];
  record: string;
}

/** The site's body fonts, for text drawn on a canvas. */
export const CHART_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/** Whole decades that enclose every value, so points never touch the plot edge. */
export function logBounds(values: readonly number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length === 0) return [1, 10];
  const low = Math.floor(Math.log10(Math.min(...finite)));
  const high = Math.ceil(Math.log10(Math.max(...finite)));
  return [10 ** low, 10 ** (high === low ? high + 1 : high)];
}
