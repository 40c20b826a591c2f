/** Drives the records chart by keyboard on the gallery page: the record list, filter, view, table. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import { chartRows, type RecordRow } from '../../../src/components/widgets/records-chart/core';
import { HIGHLIGHT_ROW, RECORD_ROWS } from '../../../src/components/widgets/records-chart/options';
import { formatRate } from '../../../src/lib/units';
import { formatDistance } from '../../../src/lib/format';
import recordsJson from '../../../src/data/records.json' with { type: 'json' };
import { download, watchExporter, expectPngOf, numberIn, parseCsv, tableRows } from './downloads-support';

const widget = (page: Page) => page.locator('[data-widget="records-chart"]');
/** Opens the widget's gallery page and waits until the widget and its embed button have hydrated. */
async function open(page: Page, query = '') {
  await page.goto(`/widgets/records-chart/${query}`);
  return hydrated(widget(page));
}
const rateText = (row: RecordRow) => formatRate(row.capacityBitsPerSecond, 'en');
const distanceText = (row: RecordRow) => formatDistance(row.distanceKm ?? Number.NaN, 'en');

test('keyboard: the record list highlights a record and shows its team, year, fiber and venue', async ({ page }) => {
  const w = await open(page);
  const list = w.getByLabel('Record', { exact: true });
  await list.focus();
  // The 2025 record is chosen by default: focusing the list opens its tooltip too.
  await expect(w.locator('[data-value="capacity"]')).toHaveText('1.02 Pb/s');
  await expect(w.locator('[data-value="distance"]')).toHaveText('1,808 km');
  await expect(w.getByTestId('records-chart-tip')).toContainText(`${rateText(HIGHLIGHT_ROW)} over ${distanceText(HIGHLIGHT_ROW)}`);
  await expect(w.getByTestId('records-chart-tip')).toContainText(HIGHLIGHT_ROW.venue);

  const plotted = chartRows(RECORD_ROWS, { view: 'distance', show: 'all' }).plotted;
  const next = plotted[plotted.findIndex((r) => r.id === HIGHLIGHT_ROW.id) + 1]!;
  await page.keyboard.press('ArrowDown');
  await expect(list).toHaveValue(next.id);
  await expect(w.locator('[data-value="capacity"]')).toHaveText(rateText(next));
  await expect(w.locator('[data-value="distance"]')).toHaveText(distanceText(next));
  await expect(w.locator('[data-value="team"]')).toHaveText(next.team);
  await expect(w.locator('[data-value="venue"]')).toContainText(next.venue);
  await expect(w.getByTestId('records-chart-tip')).toContainText(next.fiber);
  await expect(page).toHaveURL(new RegExp(`rc\\.record=${next.id}`));

  await page.reload();
  const again = widget(page);
  await again.scrollIntoViewIfNeeded();
  await expect(again.locator('[data-value="capacity"]')).toHaveText(rateText(next));
});

test('keyboard: filter to standard cladding, switch to the timeline, and read the table', async ({ page }) => {
  const w = await open(page);
  await w.getByRole('radio', { name: 'All', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.getByRole('radio', { name: 'Standard cladding only', exact: true })).toBeChecked();
  const standard = chartRows(RECORD_ROWS, { view: 'distance', show: 'standard' });
  await expect(w.getByLabel('Record', { exact: true }).locator('option')).toHaveCount(standard.plotted.length);
  await expect(w.locator('details.left-out summary')).toContainText(`${standard.withoutDistance.length} records`);
  await expect(w.locator('details.left-out')).toContainText(standard.withoutDistance[0]!.team);

  await w.getByRole('radio', { name: 'Distance', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.getByRole('radio', { name: 'Year', exact: true })).toBeChecked();
  const timeline = chartRows(RECORD_ROWS, { view: 'year', show: 'standard' });
  await expect(w.getByLabel('Record', { exact: true }).locator('option')).toHaveCount(timeline.plotted.length);
  // The timeline leaves out only the records without a year, and says so.
  await expect(w.locator('details.left-out')).toHaveCount(timeline.withoutYear.length > 0 ? 1 : 0);
  for (const row of timeline.withoutYear) await expect(w.locator('details.left-out')).toContainText(row.team);
  await expect(page).toHaveURL(/rc\.view=year/);
  await expect(page).toHaveURL(/rc\.show=standard/);

  await w.getByRole('button', { name: 'Show as table' }).focus();
  await page.keyboard.press('Enter');
  const rows = w.locator('table tbody tr');
  await expect(rows).toHaveCount(timeline.plotted.length);
  await expect(rows.first()).toHaveAttribute('data-record', timeline.plotted[0]!.id);
});

test('invalid URL parameters fall back to defaults with a notice', async ({ page }) => {
  const w = await open(page, `?rc.record=${encodeURIComponent('<img src=x>')}&rc.view=pie`);
  await expect(w.getByRole('status')).toContainText('rc.record');
  await expect(w.locator('[data-value="capacity"]')).toHaveText('1.02 Pb/s');
});

// The island hydrates when the reader reaches for it (hydrate-on-interaction.ts); until then
// the chart is the picture drawn at build time (picture.server.ts).
test.describe('embed: before the reader reaches for the chart', () => {
  const island = (page: Page) => page.locator('astro-island[client="interaction"]');
  const picture = (page: Page) => page.locator('.chart-picture svg:visible');

  test('the chart is a picture, and becomes the canvas when the pointer comes over it', async ({ page }) => {
    await page.goto('/embed/records-chart/');
    await page.waitForLoadState('networkidle');
    await expect(picture(page)).toHaveCount(1);
    await expect(picture(page)).toContainText('1.02 Pb/s · 1,808 km');
    await expect(picture(page)).toContainText('Distance (log scale)');
    await expect(page.locator('.plot canvas'), 'nothing hydrated, nothing drawn').toHaveCount(0);
    await expect(island(page)).toHaveAttribute('ssr');

    await page.locator('.plot').hover({ position: { x: 2, y: 2 } });
    await expect(island(page)).not.toHaveAttribute('ssr');
    await expect(page.locator('.plot canvas')).toHaveAttribute('data-labels', /1\.02 Pb\/s/);
    await expect(page.locator('.chart-picture'), 'the picture gives way to the canvas').toHaveCount(0);
    // and does not come back when the canvas goes (the table in its place, then the chart again).
    await page.getByRole('button', { name: 'Show as table' }).click();
    await expect(page.locator('table tbody tr').first()).toBeVisible();
    await expect(page.locator('.chart-picture')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show as chart' }).click();
    await expect(page.locator('.plot canvas')).toHaveAttribute('data-labels', /callout/);
    await expect(page.locator('.chart-picture')).toHaveCount(0);
  });

  test('a URL that asks for another view hydrates at once', async ({ page }) => {
    await page.goto('/embed/records-chart/?view=year');
    await expect(island(page)).not.toHaveAttribute('ssr');
    await expect(page.getByRole('radio', { name: 'Year', exact: true })).toBeChecked();
    await expect(page.locator('.plot canvas')).toHaveAttribute('data-labels', /callout/);
  });

  test('a click that lands before hydration has finished is not lost', async ({ page }) => {
    // Hydration waits for the component's code: hold it back, so the click surely comes first.
    await page.route('**/_astro/RecordsChart.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto('/embed/records-chart/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('radio', { name: 'Year', exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Year', exact: true })).toBeChecked();
    await expect(page).toHaveURL(/view=year/);
    await expect(page.locator('.plot canvas')).toHaveAttribute('data-labels', /callout/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the chart as a picture, the table with every record that has a distance, and the 2025 record', async ({ page }) => {
    await page.goto('/widgets/records-chart/');
    const w = widget(page);
    await expect(w.locator('.chart-picture svg:visible')).toContainText('1.02 Pb/s · 1,808 km');
    const plotted = chartRows(RECORD_ROWS, { view: 'distance', show: 'all' }).plotted;
    await expect(w.locator('table tbody tr')).toHaveCount(plotted.length);
    for (const row of plotted) await expect(w.locator(`tr[data-record="${row.id}"]`)).toHaveCount(1);
    await expect(w.locator('[data-value="capacity"]')).toHaveText('1.02 Pb/s');
    await expect(w.locator('[data-value="distance"]')).toHaveText('1,808 km');
  });
});

// ── Canvas text: what the drawing plugin drew, and where (its `data-labels` attribute) ─────
interface DrawnLabel {
  kind: 'line' | 'callout' | 'below-break';
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  const canvas = widget(page).locator('canvas');
  await expect(canvas).toHaveAttribute('data-labels', /callout/);
  return JSON.parse((await canvas.getAttribute('data-labels'))!) as DrawnLabel[];
}
const overlap = (a: DrawnLabel, b: DrawnLabel) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
// Worked out from records.json alone: the results a thousand times below every other one.
const UNIT: Record<string, number> = { 'Mb/s': 1e6, 'Gb/s': 1e9, 'Tb/s': 1e12, 'Pb/s': 1e15 };
const bps = (r: (typeof recordsJson)[number]) => r.capacity.value * UNIT[r.capacity.unit]!;
const farBelow = recordsJson.filter((r) => bps(r) * 1000 < Math.min(...recordsJson.filter((o) => o !== r).map(bps)));

// The embed folds its key and notes (LazyFold): the browser builds them only when opened, and
// without JavaScript the server's copy opens natively. The note names the result under the axis
// break, found here from records.json alone.
test.describe('embed: the key and notes fold', () => {
  const fold = (page: Page) => page.locator('details.fold').first();
  const breakNote = (page: Page) => fold(page).getByTestId('records-chart-break');
  test('is built when a reader opens it by keyboard', async ({ page }) => {
    await page.goto('/embed/records-chart/');
    await hydrated(page);
    await expect(breakNote(page), 'not built while closed').toHaveCount(0);
    await fold(page).locator('> summary').focus();
    await page.keyboard.press('Enter');
    await expect(breakNote(page)).toBeVisible();
    for (const record of farBelow) await expect(breakNote(page)).toContainText(String(record.year));
    await expect(fold(page).locator('ul.legend li').first()).toBeVisible();
  });
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('holds the same note, and opens natively', async ({ page }) => {
      await page.goto('/embed/records-chart/');
      await expect(breakNote(page)).toBeHidden();
      await fold(page).locator('> summary').click();
      await expect(breakNote(page)).toBeVisible();
      for (const record of farBelow) await expect(breakNote(page)).toContainText(String(record.year));
    });
  });
});

for (const width of [320, 390, 1280]) {
  test(`at ${width} px the equal-product labels sit at the plot's edge, clear of each other and of the record's callout`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    const labels = await drawnLabels(page);
    const canvas = (await widget(page).locator('canvas').boundingBox())!;
    const lines = labels.filter((l) => l.kind === 'line');
    const callout = labels.find((l) => l.kind === 'callout')!;
    expect(callout.text).toContain('1.02 Pb/s');
    // On a wide screen every line is labelled in full; on a phone at least two, perhaps without
    // the unit (the key gives it), and never two labels for one line.
    if (width >= 1280) expect(lines.map((l) => l.text).sort()).toEqual(['0.01 Eb/s·km', '0.1 Eb/s·km', '1 Eb/s·km', '10 Eb/s·km']);
    else {
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const l of lines) expect(['0.01', '0.1', '1', '10']).toContain(l.text.replace(' Eb/s·km', ''));
      expect(new Set(lines.map((l) => l.text.replace(' Eb/s·km', ''))).size).toBe(lines.length);
    }
    for (const [i, label] of labels.entries()) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.y).toBeGreaterThanOrEqual(0);
      expect(label.x + label.w).toBeLessThanOrEqual(canvas.width);
      expect(label.y + label.h).toBeLessThanOrEqual(canvas.height);
      for (const other of labels.slice(i + 1)) expect(overlap(label, other), `${label.text} / ${other.text}`).toBe(false);
    }
  });
}

test('TAT-8, far below every other result, sits under an axis break that the widget explains in words', async ({ page }) => {
  expect(farBelow.map((r) => r.id)).toEqual(['tat-8-1988']);
  const tat8 = farBelow[0]!;
  for (const query of ['', '?rc.view=year']) {
    await open(page, query);
    const explanation = widget(page).getByTestId('records-chart-break');
    await expect(explanation).toBeVisible();
    await expect(explanation).toContainText(tat8.team);
    await expect(explanation).toContainText(String(tat8.year));
    await expect(explanation).toContainText('280 Mb/s');
    await expect(explanation).toContainText(/axis break/i);
    await expect(widget(page).getByRole('list', { name: 'Key' })).toContainText('below the axis break, not to scale');
    // Its point carries its own year and value, since the strip has no scale.
    const labels = await drawnLabels(page);
    expect(labels.filter((l) => l.kind === 'below-break').map((l) => l.text)).toEqual([`${tat8.year} · 280 Mb/s`]);
  }
  // Filtered to standard cladding, nothing is far below: no break, no explanation.
  await open(page, '?rc.show=standard');
  await expect(widget(page).locator('canvas')).toHaveAttribute('data-labels', /callout/);
  await expect(widget(page).getByTestId('records-chart-break')).toHaveCount(0);
});

// ── Downloads ─────────────────────────────────────────────────────────────────────────────
const EXPONENT: Record<string, number> = { '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
/**
 * Whether a CSV number in units of 10^`exponent` b/s (Tb/s: 12) is the figure the table shows,
 * "1.02 Pb/s" or "1.844 Eb/s·km": the same digits, not merely the same value rounded.
 */
function sameFigure(csv: string | undefined, text: string, exponent: number): boolean {
  const [, digits = '', prefix = ''] = /^([\d,.]+)\s*([kMGTPE]?)b\/s/.exec(text) ?? [];
  const inTableUnit = Number(csv) * 10 ** (exponent - EXPONENT[prefix]!);
  return csv !== '' && Math.abs(inTableUnit - numberIn(digits)) <= 1e-9 * numberIn(digits);
}

for (const [where, path, scope] of [
  ['widget page, distance view', '/widgets/records-chart/', widget],
  ['embed, timeline', '/embed/records-chart/?view=year&record=nict-2023-1-7pb', (page: Page) => page.locator('body')],
] as const) {
  test(`downloads (${where}): the chart as a 2× PNG, the table's rows as CSV with units in the header`, async ({ page }) => {
    const exporterLoaded = watchExporter(page);
    await page.goto(path);
    const w = await hydrated(scope(page));
    const canvas = w.locator('.chart canvas');
    await expect(canvas).toHaveAttribute('data-labels', /./);
    await expect(w.getByRole('button', { name: 'Download SVG' })).toHaveCount(0);

    expect(exporterLoaded(), 'the export code waits for the first press').toBe(false);
    const png = await download(page, w, 'Download PNG');
    expect(exporterLoaded(), 'and loads on it').toBe(true);
    expect(png.fileName).toBe('petabit-records-chart.png');
    await expectPngOf(page, png.bytes, canvas);

    const csv = await download(page, w, 'Download CSV');
    expect(csv.fileName).toBe('petabit-records-chart.csv');
    const [header, ...rows] = parseCsv(csv.bytes);
    expect(header).toEqual(['Year', 'Capacity (Tb/s)', 'Distance (km)', 'Capacity × distance (Pb/s·km)', 'Cladding', 'Team', 'Fiber', 'Other reported distances (km)']);
    await w.getByRole('button', { name: 'Show as table' }).click();
    const shown = await tableRows(w.locator('.table-scroll table'));
    expect(rows).toHaveLength(shown.length);
    expect(shown.length).toBeGreaterThan(10);
    rows.forEach((row, i) => {
      const [year, capacity, distance, product, cladding, team, fiber] = shown[i]!;
      const [csvYear, csvTbps, csvKm, csvPbpsKm, csvCladding, csvTeam, csvFiber, csvOthers] = row;
      const at = `row ${i + 1} (${team})`;
      expect(csvYear, at).toBe(/^\d{4}$/.test(year!) ? year : '');
      expect(sameFigure(csvTbps, capacity!, 12), `${at}: ${csvTbps} Tb/s shown as ${capacity}`).toBe(true);
      const km = /^([\d,.]+) km/.exec(distance!)?.[1];
      if (km === undefined) expect(csvKm, at).toBe('');
      else expect(Number(csvKm), at).toBe(numberIn(km));
      // Other readings of a disputed distance: "(disputed: also 5,086 km or 6,759 km)".
      const others = [...(/also (.*)\)/.exec(distance!)?.[1] ?? '').matchAll(/[\d,.]+(?= km)/g)].map((m) => numberIn(m[0]));
      expect((csvOthers ?? '').split('; ').filter(Boolean).map(Number), at).toEqual(others);
      if (product === '—') expect(csvPbpsKm, at).toBe('');
      else expect(sameFigure(csvPbpsKm, product!, 15), `${at}: ${csvPbpsKm} Pb/s·km shown as ${product}`).toBe(true);
      expect(csvCladding, at).toBe(cladding);
      const [teamName, tag] = team!.split('\n');
      expect(csvTeam, at).toBe(tag ? `${teamName} (${tag})` : teamName);
      expect(csvFiber, at).toBe(fiber);
    });
  });
}
