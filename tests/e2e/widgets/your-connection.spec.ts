/** Drives the your-connection widget as a reader would, by keyboard, on the gallery page. */
import { test, expect } from '@playwright/test';
import { hydrated } from '../support';
import { compareConnection } from '../../../src/components/widgets/your-connection/core';
import { RECORD_LINK } from '../../../src/components/widgets/your-connection/options';
import { link } from '../../../src/data';
import { rateToBitsPerSecond } from '../../../src/lib/units';
import { formatRatio } from '../../../src/lib/format';

const recordBps = rateToBitsPerSecond(RECORD_LINK.rate);
const ratioText = (bps: number) => formatRatio(compareConnection(recordBps, bps).ratio, 'en');
const widget = (page: import('@playwright/test').Page) => page.locator('[data-widget="your-connection"]');

test('keyboard: pick a preset, type a speed, see bad input flagged, state survives reload', async ({ page }) => {
  await page.goto('/widgets/your-connection/');
  // A choice made before the island hydrates would be lost: wait for it, as a reader's first
  // interaction after the page settles would.
  const w = await hydrated(widget(page));
  const select = w.getByLabel('Your connection', { exact: true });
  await select.focus();
  const us = link('us-fixed-median-2025-10');
  await select.selectOption(us.id); // keyboard-equivalent: select elements change value by keyboard
  await expect(w.locator('[data-value="ratio"]')).toHaveText(ratioText(rateToBitsPerSecond(us.rate)));

  await select.selectOption('custom');
  const speed = w.getByLabel('Your speed');
  await speed.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2.5 Gb/s');
  await expect(w.locator('[data-value="ratio"]')).toHaveText(ratioText(2.5e9));

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('fast');
  await expect(speed).toHaveAttribute('aria-invalid', 'true');
  await expect(w.getByText(/start with a number/i)).toBeVisible();
  await expect(w.locator('[data-value="ratio"]')).toHaveText(ratioText(2.5e9)); // last valid result kept

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('40 Mb/s');
  await expect(page).toHaveURL(/yc\.speed=40\+Mb%2Fs|yc\.speed=40%20Mb%2Fs/);
  await page.reload();
  await expect(widget(page).locator('[data-value="ratio"]')).toHaveText(ratioText(40e6));
});

test('invalid URL parameters fall back to defaults with a notice', async ({ page }) => {
  await page.goto(`/widgets/your-connection/?yc.line=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`);
  const w = widget(page);
  await expect(w.getByRole('status')).toContainText('yc.line');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(w.locator('[data-value="ratio"]')).toHaveText(ratioText(rateToBitsPerSecond(link('global-fixed-median-2025-12').rate)));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the default numbers', async ({ page }) => {
    await page.goto('/widgets/your-connection/');
    await expect(widget(page).locator('[data-value="ratio"]')).toHaveText(ratioText(rateToBitsPerSecond(link('global-fixed-median-2025-12').rate)));
  });
});
