/**
 * A horizontal bar chart on a log axis whose bars a reader can read at a glance: each bar's
 * whole label above it (wrapped, never cut), its value at its end, the axis ticked at human
 * values (log-ticks.ts). This module builds the Chart.js configuration and lays out the text;
 * widgets/bar-labels.ts draws it. Only types come from chart.js, so this stays DOM-free and
 * testable: text widths come from a `measure` function the component passes in.
 */
import type { ChartConfiguration } from 'chart.js';
import { CHART_FONT_FAMILY, type ThemeColors } from './charts';
import { fittingTicks, type LogAxis } from './log-ticks';

/** Text width in CSS pixels for a canvas font (the component measures; tests estimate). */
export type MeasureText = (text: string, font: string) => number;

export const TICK_FONT = `12px ${CHART_FONT_FAMILY}`;
export const BAR_LABEL_FONT = `13px ${CHART_FONT_FAMILY}`;
export const VALUE_FONT = `600 13px ${CHART_FONT_FAMILY}`;

/** Vertical rhythm of a labelled bar chart, CSS pixels: label lines, gap, bar, gap to the next label. */
export const BAR_LAYOUT = { lineHeightPx: 15, gapAboveBarPx: 3, barThicknessPx: 16, gapBelowBarPx: 10, axisPx: 56, valuePadPx: 6, minBarPx: 3 } as const;

export interface BarRow {
  /** The whole label, drawn above the bar and wrapped, never cut. */
  label: string;
  value: number;
  /** The value as the reader reads it ("0.965 s"), drawn at the bar's end. */
  valueLabel: string;
  /** Drawn in the record colour with a heavier border. */
  highlight?: boolean;
}

/**
 * `text` broken into lines no wider than `maxWidthPx`, at spaces; a word wider than a line is
 * broken inside. Never drops or shortens anything: joined with spaces, the lines are the text.
 */
export function wrapText(text: string, maxWidthPx: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidthPx) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    // A word longer than the line: break it where it must be broken.
    while (measure(line) > maxWidthPx && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > maxWidthPx) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * The plot's CSS height for `bars` bars whose labels take at most `lines` lines: every band is
 * as tall as the tallest label needs (Chart.js gives all categories the same band).
 */
export function labelledBarsHeightPx(bars: number, lines: number): number {
  const { lineHeightPx, gapAboveBarPx, barThicknessPx, gapBelowBarPx, axisPx } = BAR_LAYOUT;
  return bars * (lines * lineHeightPx + gapAboveBarPx + barThicknessPx + gapBelowBarPx) + labelledBarsTopPx(lines) + axisPx;
}

/**
 * Chart.js centres each bar in its band, so a label above a bar sits in the gap between two
 * bars; the first bar has only half a gap above it, and this padding adds the rest.
 */
export function labelledBarsTopPx(lines: number): number {
  const { lineHeightPx, gapAboveBarPx, gapBelowBarPx } = BAR_LAYOUT;
  return Math.max(0, Math.ceil((lines * lineHeightPx + gapAboveBarPx - gapBelowBarPx) / 2) + 2);
}

export interface ValuePlacement {
  x: number;
  align: 'left' | 'right';
  /** Drawn over the bar's end (in the background colour), as it does not fit after it. */
  inside: boolean;
}

/**
 * Where a bar's value goes: just after the bar's end when it fits before `rightPx`, else inside
 * the bar's end, else (a short bar at the far right of a short axis) ending at `rightPx`.
 */
export function valuePlacement(barStartPx: number, barEndPx: number, rightPx: number, textWidthPx: number, padPx: number = BAR_LAYOUT.valuePadPx): ValuePlacement {
  if (barEndPx + padPx + textWidthPx <= rightPx) return { x: barEndPx + padPx, align: 'left', inside: false };
  if (barEndPx - barStartPx >= textWidthPx + 2 * padPx) return { x: barEndPx - padPx, align: 'right', inside: true };
  return { x: rightPx, align: 'right', inside: false };
}

/** A bar's value (x) on the log axis and its place (y: 0 for the first bar) on the hidden one. */
export interface BarPoint {
  x: number;
  y: number;
}

export interface LogBarOptions {
  /** Axis title, e.g. "Time (log scale)". */
  axisTitle: string;
  /** The value axis: its ends and its human-valued ticks (log-ticks.ts). */
  axis: LogAxis;
  measure: MeasureText;
  /** Lines reserved above each bar for its label (the plot's height was chosen for them). */
  labelLines: number;
}

/**
 * A horizontal bar chart on a logarithmic value axis. Chart.js lays out and draws the axes;
 * the bars, their labels and values are drawn by widgets/bar-labels.ts from invisible points
 * (bar i at value, i on a hidden linear axis). So a chart page ships the scatter parts the
 * records chart needs anyway, not also Chart.js's bar controller and element and category
 * scale (≈2.4 KB brotli on every chart page). Values must be positive.
 */
export function logBarConfig(rows: readonly BarRow[], colors: ThemeColors, options: LogBarOptions): ChartConfiguration<'scatter', BarPoint[]> {
  const { axis, measure } = options;
  const labelOf = new Map(axis.ticks.map((t) => [t.value, t.label]));
  return {
    type: 'scatter',
    data: { datasets: [{ data: rows.map((r, i) => ({ x: r.value, y: i })), pointRadius: 0, pointHitRadius: 0 }] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      layout: { padding: { top: labelledBarsTopPx(options.labelLines), right: 4, left: 2 } },
      scales: {
        x: {
          type: 'logarithmic',
          min: axis.min,
          max: axis.max,
          title: { display: true, text: options.axisTitle, color: colors.muted, font: { family: CHART_FONT_FAMILY, size: 12 } },
          // Only the human values, and only those whose labels fit the axis's width.
          afterBuildTicks: (scale) => {
            scale.ticks = fittingTicks(axis, scale.width, (label) => measure(label, TICK_FONT)).map((t) => ({ value: t.value }));
          },
          ticks: {
            color: colors.muted,
            autoSkip: false,
            maxRotation: 0,
            font: { family: CHART_FONT_FAMILY, size: 12 },
            callback: (value) => labelOf.get(Number(value)) ?? '',
          },
          grid: { color: colors.border },
          // The axis line too: Chart.js's default is a black at 10%, lost on the dark theme.
          border: { color: colors.border },
        },
        y: { type: 'linear', display: false, reverse: true, min: -0.5, max: rows.length - 0.5 },
      },
    },
  };
}
