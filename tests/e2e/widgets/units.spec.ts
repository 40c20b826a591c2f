/** Drives the units widget as a reader would, by keyboard, on the gallery page. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import { bitsBytesTrap, formatReadable, unitsTable } from '../../../src/components/widgets/units/core';
import { unitsCodec } from '../../../src/components/widgets/units/options';
import { formatAmount } from '../../../src/lib/render-steps';
import { parseQuantity } from '../../../src/lib/units';

const widget = (page: Page) => page.locator('[data-widget="units"]');
/** What the widget should print, worked out with the lib for the typed text. */
function expected(text: string) {
  const table = unitsTable(text);
  const trap = bitsBytesTrap(parseQuantity(text));
  const cell = (prefix: string, column: 'bits' | 'bytes') => {
    const row = table.rows.find((r) => r.prefix === prefix)!;
    return `${formatReadable(row[column].value, 'en')}\u00a0${row[column].unit}`;
  };
  return { bits: formatAmount(trap.bits, 'en'), bytes: formatAmount(trap.bytes, 'en'), cell, misread: formatAmount(trap.bitsReadAsBytes, 'en') };
}

test('keyboard: type quantities, see every prefix and the ×8 trap, bad input flagged, state survives reload', async ({ page }) => {
  await page.goto('/widgets/units/');
  const w = await hydrated(widget(page));
  const input = w.getByLabel('A speed or a size');
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('127.5 TB/s');
  const tb = expected('127.5 TB/s');
  await expect(w.locator('[data-value="bits"]')).toHaveText(tb.bits); // 1.02 Pb/s
  await expect(w.locator('[data-value="bytes-T"]')).toHaveText(tb.cell('T', 'bytes'));
  await expect(w.locator('[data-value="bits-P"]')).toHaveText(tb.cell('P', 'bits'));
  await expect(w.locator('tr[data-prefix="T"]')).toContainText('you typed this');
  await expect(w.locator('[data-value="trap"]')).toContainText(`${tb.bits} is the same as ${tb.bytes}`);
  await expect(w.locator('[data-value="trap"]')).toContainText(`(${tb.misread}) and it becomes 8× too big`);

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('12 parsecs');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(w.getByText(/Add a unit this page knows/)).toBeVisible();
  await expect(w.locator('[data-value="bits"]')).toHaveText(tb.bits); // last valid result kept

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4 GiB');
  const gib = expected('4 GiB');
  await expect(w.locator('[data-value="bytes-G"]')).toHaveText(gib.cell('G', 'bytes'));
  await expect(w.locator('[data-value="binary"]')).toContainText('binary prefix');
  await expect(page).toHaveURL(/un\.value=4\+GiB|un\.value=4%20GiB/);

  // The table's scroll region is reachable by keyboard.
  await page.keyboard.press('Tab');
  await expect(w.getByRole('region', { name: /every decimal \(SI\) prefix/ })).toBeFocused();

  await page.reload();
  const again = await hydrated(widget(page));
  await expect(again.locator('[data-value="bytes-G"]')).toHaveText(gib.cell('G', 'bytes'));
  await expect(again.getByLabel('A speed or a size')).toHaveValue('4 GiB');
});

test('an unreadable quantity in the URL falls back to the default with a notice', async ({ page }) => {
  await page.goto(`/widgets/units/?un.value=${encodeURIComponent('12 parsecs')}`);
  const w = await hydrated(widget(page));
  await expect(w.getByRole('status')).toContainText('un.value');
  await expect(w.locator('[data-value="bits"]')).toHaveText(expected(unitsCodec.defaults.value).bits);
  await expect(w.getByLabel('A speed or a size')).toHaveValue(unitsCodec.defaults.value);
});

test('no cell ever shows e+ for huge or tiny quantities', async ({ page }) => {
  await page.goto(`/widgets/units/?un.value=${encodeURIComponent('1000000 YB')}`);
  const w = await hydrated(widget(page));
  await expect(w.locator('tr[data-prefix="Y"]')).toBeVisible();
  await expect(w.locator('table')).not.toContainText(/e\+|NaN|Infinity/);
  await expect(w.locator('[data-value="bits-none"]')).toHaveText(expected('1000000 YB').cell('', 'bits'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the default numbers', async ({ page }) => {
    await page.goto('/widgets/units/');
    const w = widget(page);
    const defaults = expected(unitsCodec.defaults.value);
    await expect(w.locator('[data-value="bits"]')).toHaveText(defaults.bits);
    await expect(w.locator('[data-value="bytes"]')).toHaveText(defaults.bytes);
    await expect(w.locator('[data-value="bits-none"]')).toHaveText(defaults.cell('', 'bits'));
  });
});

test.describe('embed (compact: WordPress frames an embed at 1,000 px at most)', () => {
  const WORDPRESS_MAX_PX = 1000;
  const contentHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

  test('the every-prefix table folds under its caption, opens by keyboard, and the embed fits 1,000 px at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 200 });
    await page.goto('/embed/units/?value=100+GB');
    await hydrated(page);
    // The pair stays in view: 100 GB is 800 Gb.
    await expect(page.locator('[data-value="bits"]')).toHaveText('800 Gb');
    const toggle = page.locator('summary', { hasText: 'The same quantity with every decimal (SI) prefix' });
    await expect(page.locator('tr[data-prefix="k"]')).toBeHidden();
    expect(await contentHeight(page)).toBeLessThanOrEqual(WORDPRESS_MAX_PX);

    await toggle.focus();
    await page.keyboard.press('Enter');
    // One row per prefix from none to exa: seven. 100 GB = 100,000,000 kB = 800,000,000 kb.
    await expect(page.locator('tbody tr')).toHaveCount(7);
    await expect(page.locator('[data-value="bytes-k"]')).toBeVisible();
    await expect(page.locator('[data-value="bytes-k"]')).toHaveText('100,000,000\u00a0kB');
    await expect(page.locator('[data-value="bits-k"]')).toHaveText('800,000,000\u00a0kb');
    await expect(page.locator('tr[data-prefix="G"]')).toContainText('you typed this');
    // The table keeps its name for screen readers; the scroll region is the next stop.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('region', { name: /every decimal \(SI\) prefix/ })).toBeFocused();
    await expect(page.getByRole('table', { name: /every decimal \(SI\) prefix/ })).toBeVisible();

    await page.goto('/embed/units/');
    await hydrated(page);
    expect(await contentHeight(page)).toBeLessThanOrEqual(WORDPRESS_MAX_PX);
  });

  test('the widget page keeps its table in view (no fold)', async ({ page }) => {
    await page.goto('/widgets/units/');
    const w = await hydrated(widget(page));
    await expect(w.locator('details:has(table)')).toHaveCount(0);
    await expect(w.locator('tr[data-prefix="k"]')).toBeVisible();
  });
});
