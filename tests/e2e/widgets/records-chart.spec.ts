/** Drives the records chart by keyboard on the gallery page: the record list, filter, view, table. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import { chartRows, type RecordRow } from '../../../src/components/widgets/records-chart/core';
import { HIGHLIGHT_ROW, RECORD_ROWS } from '../../../src/components/widgets/records-chart/options';
import { formatRate } from '../../../src/lib/units';
import { formatDistance } from '../../../src/lib/format';

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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the table with every record that has a distance, and the 2025 record', async ({ page }) => {
    await page.goto('/widgets/records-chart/');
    const w = widget(page);
    const plotted = chartRows(RECORD_ROWS, { view: 'distance', show: 'all' }).plotted;
    await expect(w.locator('table tbody tr')).toHaveCount(plotted.length);
    for (const row of plotted) await expect(w.locator(`tr[data-record="${row.id}"]`)).toHaveCount(1);
    await expect(w.locator('[data-value="capacity"]')).toHaveText('1.02 Pb/s');
    await expect(w.locator('[data-value="distance"]')).toHaveText('1,808 km');
  });
});
