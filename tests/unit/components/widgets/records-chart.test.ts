import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import recordsJson from '../../../../src/data/records.json' with { type: 'json' };
import {
  PRODUCT_LINES_EB_S_KM,
  SERIES,
  belowBreak,
  capacityOnLine,
  chartBounds,
  guideLines,
  chartRows,
  locatePoint,
  beyondHighlight,
  productLine,
  productRange,
  productSteps,
  recordsChartConfig,
  selectedRow,
  yearBounds,
  type RecordRow,
} from '../../../../src/components/widgets/records-chart/core';
import { HIGHLIGHT_ROW, RECORDS_CHART_OPTIONS, RECORD_ROWS, recordsChartCodec } from '../../../../src/components/widgets/records-chart/options';
import factsJson from '../../../../src/data/facts.json' with { type: 'json' };
import type { ThemeColors } from '../../../../src/lib/charts';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import { expectStateCodecSurvivesHostileQueries } from '../../hostile-queries';

// Independent of src/lib/units: the capacity units the records use, as powers of ten.
const UNIT_POWER: Record<string, number> = { 'Mb/s': 1e6, 'Gb/s': 1e9, 'Tb/s': 1e12, 'Pb/s': 1e15 };
const rawBps = (r: (typeof recordsJson)[number]) => {
  const power = UNIT_POWER[r.capacity.unit];
  if (power === undefined) throw new Error(`test needs the unit ${r.capacity.unit}`);
  return r.capacity.value * power;
};
const withDistance = recordsJson.filter((r) => r.distanceKm !== null);
const withoutDistance = recordsJson.filter((r) => r.distanceKm === null);
/** Records more than a thousand times below every other one (worked out from the data alone). */
const farBelowIds = recordsJson.filter((r) => rawBps(r) * 1000 < Math.min(...recordsJson.filter((o) => o !== r).map(rawBps))).map((r) => r.id);

const colors: ThemeColors = { text: '#000', muted: '#555', border: '#ccc', surface: '#fff', series: ['#00f', '#888', '#f00'], record: '#f00' };
const text = {
  xDistance: 'Distance',
  xYear: 'Year',
  y: 'Capacity',
  productLine: (p: number) => `${p} Eb/s·km`,
  productLineShort: String,
  highlight: 'record',
  belowBreak: (row: RecordRow) => row.id,
  formatRate: String,
  formatDistance: String,
  formatYear: String,
};
const configFor = (view: 'distance' | 'year', show: 'all' | 'standard') =>
  recordsChartConfig(chartRows(RECORD_ROWS, { view, show }).plotted, colors, { view, text, animate: false });
type XY = { x: number; y: number };
const pointsOf = (config: ReturnType<typeof configFor>, from: number, to: number) => config.data.datasets.slice(from, to).flatMap((d) => d.data as XY[]);

describe('records-chart rows', () => {
  it('the island receives every record, in the data’s order, with the figures it shows and no bookkeeping', () => {
    expect(RECORDS_CHART_OPTIONS.rows.map((r) => r.id)).toEqual(recordsJson.map((r) => r.id));
    expect(RECORDS_CHART_OPTIONS.standardCladdingUm).toBe(factsJson.find((f) => f.id === 'standard-cladding-diameter')?.value);
    for (const [i, r] of recordsJson.entries()) {
      const row = RECORDS_CHART_OPTIONS.rows[i]!;
      expect(row.capacityBitsPerSecond / rawBps(r), r.id).toBeCloseTo(1, 12);
      if (r.distanceKm === null) expect(row.productBitsPerSecondKm, r.id).toBeNull();
      else expect(row.productBitsPerSecondKm! / (rawBps(r) * r.distanceKm), r.id).toBeCloseTo(1, 12);
      expect([row.year, row.team, row.fiber, row.venue, row.distanceKm, row.note], r.id).toEqual([
        r.year,
        r.team,
        r.fiber,
        r.venue,
        r.distanceKm,
        'note' in r ? r.note : undefined,
      ]);
    }
  });

  it('plots every record that has a distance, and lists the others as left out', () => {
    expect(withDistance.length).toBeGreaterThanOrEqual(15);
    const { plotted, withoutDistance: left } = chartRows(RECORD_ROWS, { view: 'distance', show: 'all' });
    expect(plotted.map((r) => r.id).sort()).toEqual(withDistance.map((r) => r.id).sort());
    expect(left.map((r) => r.id).sort()).toEqual(withoutDistance.map((r) => r.id).sort());
    expect(plotted.length + left.length).toBe(recordsJson.length);
  });

  it('draws one point per plotted record at (distance, capacity)', () => {
    const config = configFor('distance', 'all');
    const points = pointsOf(config, 0, SERIES.length);
    expect(points).toHaveLength(withDistance.length);
    const { breakY, y } = chartBounds(chartRows(RECORD_ROWS, { view: 'distance', show: 'all' }).plotted, 'distance');
    for (const r of withDistance) {
      // A record far below the rest sits in the strip under the axis break, at its own distance.
      const at = farBelowIds.includes(r.id) ? (p: XY) => p.y > y[0] && p.y < breakY! : (p: XY) => Math.abs(p.y / rawBps(r) - 1) < 1e-12;
      expect(
        points.some((p) => p.x === r.distanceKm && at(p)),
        r.id,
      ).toBe(true);
    }
  });

  it('breaks the capacity axis under a record far below all others, so the rest fill the plot', () => {
    expect(farBelowIds).toEqual(['tat-8-1988']);
    for (const view of ['distance', 'year'] as const) {
      const { plotted } = chartRows(RECORD_ROWS, { view, show: 'all' });
      expect(belowBreak(plotted).map((r) => r.id)).toEqual(farBelowIds);
      const bounds = chartBounds(plotted, view);
      const scaled = plotted.filter((r) => !farBelowIds.includes(r.id)).map((r) => r.capacityBitsPerSecond);
      // The scale starts at the decade under the lowest other record, a strip under a decade tall below.
      expect(bounds.breakY).toBeLessThanOrEqual(Math.min(...scaled));
      expect(bounds.breakY! * 10).toBeGreaterThan(Math.min(...scaled));
      expect(bounds.y[0]).toBeLessThan(bounds.breakY!);
      expect(bounds.y[0] * 10).toBeGreaterThan(bounds.breakY!);
      expect(bounds.y[1]).toBeGreaterThanOrEqual(Math.max(...scaled));
    }
    // The timeline starts after 1988: its years are those of the other records.
    const timeline = chartBounds(chartRows(RECORD_ROWS, { view: 'year', show: 'all' }).plotted, 'year');
    expect(timeline.x[0]).toBeGreaterThan(1988);
    // No break where nothing is far below: the standard-cladding records alone.
    const standard = chartRows(RECORD_ROWS, { view: 'distance', show: 'standard' }).plotted;
    expect(belowBreak(standard)).toEqual([]);
    expect(chartBounds(standard, 'distance').breakY).toBeUndefined();
  });

  it('the timeline plots every record with a year, distance or not, and lists the undated ones as left out', () => {
    const dated = recordsJson.filter((r) => r.year !== null);
    const years = dated.map((r) => r.year as number);
    expect(dated.length).toBeLessThan(recordsJson.length);
    const { plotted, withoutDistance: left, withoutYear } = chartRows(RECORD_ROWS, { view: 'year', show: 'all' });
    expect(plotted.map((r) => r.id).sort()).toEqual(dated.map((r) => r.id).sort());
    expect(left).toHaveLength(0);
    expect(withoutYear.map((r) => r.id).sort()).toEqual(
      recordsJson
        .filter((r) => r.year === null)
        .map((r) => r.id)
        .sort(),
    );
    const points = pointsOf(configFor('year', 'all'), 0, SERIES.length);
    const bounds = chartBounds(plotted, 'year');
    // Records under the axis break sit at the strip's left end (their label gives the year).
    const scaledYears = dated.filter((r) => !farBelowIds.includes(r.id)).map((r) => r.year as number);
    expect(
      points
        .filter((p) => p.y >= bounds.breakY!)
        .map((p) => p.x)
        .sort(),
    ).toEqual([...scaledYears].sort());
    expect(points.filter((p) => p.y < bounds.breakY!).every((p) => p.x > bounds.x[0] && p.x < bounds.x[1])).toBe(true);
    expect(points.every((p) => Number.isFinite(p.x))).toBe(true);
    const [low, high] = yearBounds(years);
    expect(Math.min(...years)).toBeGreaterThan(low);
    expect(Math.max(...years)).toBeLessThan(high);
  });

  it('the distance view plots undated records that have a distance', () => {
    const undated = recordsJson.filter((r) => r.year === null && r.distanceKm !== null);
    expect(undated.length).toBeGreaterThan(0);
    const { plotted, withoutYear } = chartRows(RECORD_ROWS, { view: 'distance', show: 'all' });
    for (const r of undated)
      expect(
        plotted.map((p) => p.id),
        r.id,
      ).toContain(r.id);
    expect(withoutYear).toHaveLength(0);
  });

  it('the standard-cladding filter keeps exactly the standard-cladding records', () => {
    const { plotted } = chartRows(RECORD_ROWS, { view: 'distance', show: 'standard' });
    expect(plotted.map((r) => r.id).sort()).toEqual(
      withDistance
        .filter((r) => r.standardCladding)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('standard and other fibers differ in shape as well as colour; the record stands out', () => {
    const [standard, other, record] = configFor('distance', 'all').data.datasets;
    expect(standard?.pointStyle).not.toBe(other?.pointStyle);
    expect(standard?.borderColor).toBe(colors.series[0]);
    expect(other?.borderColor).toBe(colors.series[1]);
    expect(record?.data).toHaveLength(1);
    expect(Number(record?.pointRadius)).toBeGreaterThan(Number(standard?.pointRadius));
    expect(record?.backgroundColor).toEqual([colors.record]);
  });

  it('draws results known only from tertiary sources hollow, and fills every other point', () => {
    const { plotted } = chartRows(RECORD_ROWS, { view: 'distance', show: 'all' });
    const config = configFor('distance', 'all');
    const tertiaryIds = recordsJson.filter((r) => r.confidence === 'tertiary' && r.distanceKm !== null).map((r) => r.id);
    expect(tertiaryIds.length).toBeGreaterThan(0);
    for (const r of plotted) {
      const at = locatePoint(plotted, r.id)!;
      const fill = (config.data.datasets[at.datasetIndex]?.backgroundColor as string[])[at.index];
      if (tertiaryIds.includes(r.id)) expect(fill, r.id).toBe(colors.surface);
      else expect(fill, r.id).not.toBe(colors.surface);
    }
  });

  it('locatePoint finds each record in the datasets (the keyboard path relies on it)', () => {
    const { plotted } = chartRows(RECORD_ROWS, { view: 'distance', show: 'all' });
    const config = configFor('distance', 'all');
    for (const row of plotted) {
      const at = locatePoint(plotted, row.id);
      const point = config.data.datasets[at?.datasetIndex ?? -1]?.data[at?.index ?? -1] as XY | undefined;
      if (farBelowIds.includes(row.id)) expect(point?.x, row.id).toBe(row.distanceKm);
      else expect(point, row.id).toEqual({ x: row.distanceKm, y: row.capacityBitsPerSecond });
    }
    expect(locatePoint(plotted, 'no-such-record')).toBeUndefined();
  });

  it('the selection falls back to the highlighted record when the chosen one is filtered out', () => {
    const standard = chartRows(RECORD_ROWS, { view: 'distance', show: 'standard' }).plotted;
    expect(selectedRow(standard, 'tat-8-1988')?.id).toBe(HIGHLIGHT_ROW.id);
    expect(selectedRow(standard, 'nict-2021-319tb')?.id).toBe('nict-2021-319tb');
  });

  it('the 2025 record: 1.02 Pb/s × 1,808 km = 1.844 Eb/s·km', () => {
    const raw = recordsJson.find((r) => r.highlight);
    expect(HIGHLIGHT_ROW.id).toBe(raw?.id);
    const [step] = productSteps(HIGHLIGHT_ROW);
    expect(step?.result.value).toBeCloseTo(1.02e15 * 1808, -12);
    expect(step?.result.value).toBe(HIGHLIGHT_ROW.productBitsPerSecondKm);
    expect(productSteps(RECORD_ROWS.find((r) => r.distanceKm === null)!)).toEqual([]);
  });
});

describe('lines of constant capacity × distance', () => {
  it('at x km the line sits at product ÷ x', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRODUCT_LINES_EB_S_KM), fc.double({ min: 0.1, max: 1e5, noNaN: true }), (p, km) => {
        expect((capacityOnLine(p, km) * km) / (p * 1e18)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('every guide line keeps its product at both ends and stays inside the axes the chart uses', () => {
    const { plotted } = chartRows(RECORD_ROWS, { view: 'distance', show: 'all' });
    const bounds = chartBounds(plotted, 'distance');
    const config = configFor('distance', 'all');
    expect([config.options?.scales?.['x']?.min, config.options?.scales?.['x']?.max]).toEqual(bounds.x);
    expect([config.options?.scales?.['y']?.min, config.options?.scales?.['y']?.max]).toEqual(bounds.y);
    // The axes enclose every record.
    expect(bounds.x[0]).toBeLessThanOrEqual(Math.min(...withDistance.map((r) => r.distanceKm!)));
    expect(bounds.x[1]).toBeGreaterThanOrEqual(Math.max(...withDistance.map((r) => r.distanceKm!)));
    const lines = guideLines(bounds, 'distance');
    expect(lines.map((l) => l.productEbSKm)).toEqual([...PRODUCT_LINES_EB_S_KM]);
    for (const line of lines) {
      const product = line.productEbSKm * 1e18;
      for (const point of line.points) {
        expect((point.x * point.y) / product).toBeCloseTo(1, 12);
        expect(point.x).toBeGreaterThanOrEqual(bounds.x[0]);
        expect(point.x).toBeLessThanOrEqual(bounds.x[1]);
        expect(point.y).toBeGreaterThanOrEqual(bounds.y[0] * (1 - 1e-12));
        expect(point.y).toBeLessThanOrEqual(bounds.y[1] * (1 + 1e-12));
      }
    }
    expect(guideLines(chartBounds(plotted, 'year'), 'year')).toEqual([]);
    expect(config.data.datasets).toHaveLength(SERIES.length);
  });

  it('a line that misses the box is not drawn', () => {
    expect(productLine(1000, [1, 10], [1e8, 1e12])).toBeUndefined();
    expect(productLine(1, [1, 1e4], [1e8, 1e17])?.points[0]).toEqual({ x: 10, y: 1e17 });
  });
});

describe('records-chart URL state', () => {
  it('round-trips and rejects unknown values', () => {
    const state = { view: 'year' as const, show: 'standard' as const, record: 'nict-2021-319tb' };
    expect(parseState(recordsChartCodec, serializeState(recordsChartCodec, state)).state).toEqual(state);
    const bad = parseState(recordsChartCodec, 'view=pie&record=<b>x</b>&show=standard');
    expect(bad.state).toEqual({ ...recordsChartCodec.defaults, show: 'standard' });
    expect(bad.notices.map((n) => n.param).sort()).toEqual(['record', 'view']);
  });

  it('survives 10,000 hostile queries', () => {
    expectStateCodecSurvivesHostileQueries(recordsChartCodec, '');
    expectStateCodecSurvivesHostileQueries(recordsChartCodec, 'rc.');
  }, 60_000);
});

describe('records-chart: disputes, tertiary results and the top-right corner', () => {
  it('marks exactly the tertiary records, and carries every disputed distance reading', () => {
    for (const r of recordsJson as { id: string; confidence: string; distanceDisputedKm?: { km: number }[] }[]) {
      const row = RECORD_ROWS.find((x) => x.id === r.id)!;
      expect(row.tertiary, r.id).toBe(r.confidence === 'tertiary');
      expect(row.distanceDisputedKm, r.id).toEqual(r.distanceDisputedKm?.map((reading) => reading.km));
    }
  });

  it('gives capacity × distance as a range over every reported distance, only where the distance is disputed', () => {
    for (const r of recordsJson as { id: string; distanceKm: number | null; distanceDisputedKm?: { km: number }[]; capacity: { value: number; unit: string } }[]) {
      const range = productRange(RECORD_ROWS.find((x) => x.id === r.id)!);
      if (r.distanceDisputedKm === undefined || r.distanceKm === null) {
        expect(range, r.id).toBeUndefined();
        continue;
      }
      const kms = [r.distanceKm, ...r.distanceDisputedKm.map((x) => x.km)];
      const bps = rawBps(r as (typeof recordsJson)[number]);
      expect(range![0] / (bps * Math.min(...kms)), r.id).toBeCloseTo(1, 12);
      expect(range![1] / (bps * Math.max(...kms)), r.id).toBeCloseTo(1, 12);
    }
    expect(recordsJson.some((r) => 'distanceDisputedKm' in r)).toBe(true);
  });

  it('names every result with a larger capacity × distance than the highlighted record, largest first', () => {
    const highlightProduct = rawBps(recordsJson.find((r) => r.highlight)!) * HIGHLIGHT_ROW.distanceKm!;
    const expected = withDistance
      .map((r) => ({ id: r.id, product: rawBps(r) * r.distanceKm! }))
      .filter((r) => r.product > highlightProduct)
      .sort((a, b) => b.product - a.product)
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(beyondHighlight(RECORD_ROWS).map((r) => r.id)).toEqual(expected);
    expect(beyondHighlight(RECORD_ROWS.filter((r) => !expected.includes(r.id)))).toEqual([]);
  });
});
