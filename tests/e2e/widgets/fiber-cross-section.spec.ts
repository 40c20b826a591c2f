/** Drives the fiber cross-section by keyboard: arrow keys move the selected core. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import { perCoreShare } from '../../../src/components/widgets/fiber-cross-section/core';
import { MCF_CORES, RECORD_BITS_PER_SECOND } from '../../../src/components/widgets/fiber-cross-section/options';
import { formatRate } from '../../../src/lib/units';

const widget = (page: Page) => page.locator('[data-widget="fiber-cross-section"]');
/** Opens the widget's gallery page and waits until the widget and its embed button have hydrated. */
async function open(page: Page, query = '') {
  await page.goto(`/widgets/fiber-cross-section/${query}`);
  return hydrated(widget(page));
}
const shareText = formatRate(perCoreShare(RECORD_BITS_PER_SECOND, MCF_CORES).shareBitsPerSecond, 'en', { maximumSignificantDigits: 3 });

test('the share is the record ÷ the cores, ≈53.7 Tb/s', () => {
  expect(shareText).toBe('53.7 Tb/s');
});

test('keyboard: arrow keys, Home and End move the selected core; the share text follows', async ({ page }) => {
  const w = await open(page);
  const core = (n: number) => w.locator(`[role="radio"][data-core="${n}"]`);
  await core(1).focus();
  await expect(core(1)).toHaveAttribute('aria-checked', 'true');
  await expect(w.locator('.headline')).toContainText('core 1 (centre)');
  await expect(w.locator('[data-value="share"]')).toHaveText(shareText);

  await page.keyboard.press('ArrowRight');
  await expect(core(2)).toHaveAttribute('aria-checked', 'true');
  await expect(core(2)).toBeFocused();
  await expect(core(1)).toHaveAttribute('tabindex', '-1');
  await expect(w.locator('.headline')).toContainText('core 2 (inner ring)');

  await page.keyboard.press('End');
  await expect(core(MCF_CORES)).toBeFocused();
  await expect(w.locator('.headline')).toContainText(`core ${MCF_CORES} (outer ring)`);
  await page.keyboard.press('ArrowRight'); // wraps round to the centre
  await expect(core(1)).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(core(MCF_CORES)).toHaveAttribute('aria-checked', 'true');
  await expect(page).toHaveURL(new RegExp(`fx\\.core=${MCF_CORES}`));

  // Tab leaves the group in one step (roving tabindex).
  await page.keyboard.press('Tab');
  await expect(w.locator('[role="radio"]:focus')).toHaveCount(0);

  await page.reload();
  const again = widget(page);
  await again.scrollIntoViewIfNeeded();
  await expect(again.locator(`[role="radio"][data-core="${MCF_CORES}"]`)).toHaveAttribute('aria-checked', 'true');
});

test('tap or click selects a core', async ({ page }) => {
  const w = await open(page);
  await w.locator('[role="radio"][data-core="8"]').click();
  await expect(w.locator('[role="radio"][data-core="8"]')).toHaveAttribute('aria-checked', 'true');
  await expect(w.locator('.headline')).toContainText('core 8 (outer ring)');
});

test('an impossible core in the URL falls back with a notice', async ({ page }) => {
  const w = await open(page, '?fx.core=20');
  await expect(w.getByRole('status')).toContainText('fx.core');
  await expect(w.locator('[role="radio"][data-core="1"]')).toHaveAttribute('aria-checked', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the picture with its description and the share', async ({ page }) => {
    await page.goto('/widgets/fiber-cross-section/');
    const w = widget(page);
    await expect(w.getByRole('img', { name: /same scale/ })).toBeVisible();
    await expect(w.locator('[data-value="share"]')).toHaveText(shareText);
    await expect(w.locator('figcaption')).toContainText('70 µm');
  });
});
