/** Drives the recirculating loop: Step by keyboard under reduced motion, Play/Pause otherwise. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import { lapProgress as lapProgressFor } from '../../../src/components/widgets/loop/core';
import { LOOP_LAPS, LOOP_OPTIONS } from '../../../src/components/widgets/loop/options';
import { formatDistance, formatDuration } from '../../../src/lib/format';

const widget = (page: Page) => page.locator('[data-widget="loop"]');
/** Opens the widget's gallery page and waits until the widget and its embed button have hydrated. */
async function open(page: Page, query = '') {
  await page.goto(`/widgets/loop/${query}`);
  return hydrated(widget(page));
}
const lapProgress = (lap: number) => lapProgressFor(lap, LOOP_OPTIONS);
const distanceAt = (lap: number) => formatDistance(lapProgress(lap).distanceKm, 'en');
const timeAt = (lap: number) => formatDuration(lapProgress(lap).seconds, 'en');

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('starts paused; Next and Previous step the lap, distance and time by keyboard', async ({ page }) => {
    const w = await open(page);
    await expect(w.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(w.locator('[data-value="lap"]')).toHaveText(`0 of ${LOOP_LAPS}`);
    await w.getByRole('button', { name: 'Next lap' }).focus();
    await page.keyboard.press('Enter');
    await expect(w.locator('[data-value="lap"]')).toHaveText(`1 of ${LOOP_LAPS}`);
    await expect(w.locator('[data-value="distance"]')).toHaveText(distanceAt(1));
    await expect(w.locator('[data-value="time"]')).toHaveText(timeAt(1));
    for (let lap = 2; lap <= LOOP_LAPS + 1; lap += 1) await page.keyboard.press('Enter');
    await expect(w.locator('[data-value="lap"]')).toHaveText(`${LOOP_LAPS} of ${LOOP_LAPS}`);
    await expect(w.locator('[data-value="distance"]')).toHaveText('1,808.1 km');
    await expect(w.locator('[data-value="time"]')).toHaveText('8.85 ms');
    // Nothing moved: the pulse is still at the loop's entry point.
    await expect(w.locator('g[transform^="rotate(0 "]')).toHaveCount(1);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(w.getByRole('button', { name: 'Previous lap' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(w.locator('[data-value="lap"]')).toHaveText(`${LOOP_LAPS - 1} of ${LOOP_LAPS}`);
    await expect(page).toHaveURL(new RegExp(`lp\\.lap=${LOOP_LAPS - 1}`));
    await page.reload();
    const again = widget(page);
    await again.scrollIntoViewIfNeeded();
    await expect(again.locator('[data-value="lap"]')).toHaveText(`${LOOP_LAPS - 1} of ${LOOP_LAPS}`);
    await expect(again.locator('[data-value="distance"]')).toHaveText(distanceAt(LOOP_LAPS - 1));
  });
});

test('plays on its own and Pause stops it where it is', async ({ page }) => {
  const w = await open(page);
  await expect(w.locator('[data-value="lap"]')).not.toHaveText(`0 of ${LOOP_LAPS}`, { timeout: 10_000 });
  await w.getByRole('button', { name: 'Pause' }).focus();
  await page.keyboard.press('Enter');
  await expect(w.getByRole('button', { name: 'Play' })).toBeFocused();
  const lapText = (await w.locator('[data-value="lap"]').textContent()) ?? '';
  const lap = Number(lapText.split(' ')[0]);
  await page.waitForTimeout(1500);
  await expect(w.locator('[data-value="lap"]')).toHaveText(lapText);
  await expect(w.locator('[data-value="distance"]')).toHaveText(distanceAt(lap));
  await expect(page).toHaveURL(new RegExp(`lp\\.lap=${lap}`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the totals: 21 laps, 1,808.1 km, 8.85 ms', async ({ page }) => {
    await page.goto('/widgets/loop/');
    const totals = widget(page).locator('[data-value="totals"]');
    await expect(totals).toContainText(`${LOOP_LAPS} × ${formatDistance(lapProgress(1).distanceKm, 'en')} = 1,808.1 km`);
    await expect(totals).toContainText('1,808 km');
    await expect(totals).toContainText(timeAt(LOOP_LAPS));
    await expect(widget(page).getByRole('img', { name: 'The recirculating loop' })).toBeVisible();
  });
});
