/** Drives the your-connection widget as a reader would, by keyboard, on the gallery page. */
import { test, expect } from '@playwright/test';
import { hydrated } from '../support';
import { compareConnection } from '../../../src/components/widgets/your-connection/core';
import { RECORD_LINK } from '../../../src/components/widgets/your-connection/options';
import { link } from '../../../src/data';
import { rateToBitsPerSecond } from '../../../src/lib/units';
import { formatRatio } from '../../../src/lib/format';
import { ZERO_RUN, expectEachMistakeItsOwnMessage, fuzzedSpeeds } from './forgiving-inputs';

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

test.describe('forgiving inputs (issue 16)', () => {
  test('a bare 100 is read as 100 Mb/s, and the hint and the echo say so; each mistake gets its own message', async ({ page }) => {
    await page.goto('/widgets/your-connection/?yc.line=custom');
    const w = await hydrated(widget(page));
    const speed = w.getByLabel('Your speed');
    await expect(w.locator('#yc-speed-hint')).toContainText('read as Mb/s');
    await speed.fill('100');
    await expect(speed).not.toHaveAttribute('aria-invalid');
    await expect(w.getByTestId('yc-speed-echo')).toHaveText('100 → 100 Mb/s');
    const hundredMbps = formatRatio(recordBps / 100e6, 'en'); // by hand: the record ÷ 100 million bits per second
    await expect(w.locator('[data-value="ratio"]')).toHaveText(hundredMbps);

    await expectEachMistakeItsOwnMessage(page, speed);
    await expect(w.locator('[data-value="ratio"]')).toHaveText(hundredMbps); // the last valid result stays
  });

  test('quick-pick chips are buttons from the data, at least 44 px tall, and work by keyboard', async ({ page }) => {
    await page.goto('/widgets/your-connection/?yc.line=custom');
    const w = await hydrated(widget(page));
    const chips = w.getByRole('group', { name: /common speeds/i }).getByRole('button');
    // By hand from links.json: the newest global medians (mobile, fixed) and the two consumer plans, slowest first.
    const expected = ['global-mobile-median-2025-12', 'global-fixed-median-2025-12', 'nuro-10g', 'init7-25g'].map((id) => link(id));
    await expect(chips).toHaveCount(expected.length);
    for (const [i, entry] of expected.entries()) {
      await expect(chips.nth(i)).toContainText(`${entry.rate.value} ${entry.rate.unit}`);
      await expect(chips.nth(i)).toHaveAccessibleName(new RegExp(entry.label.replace(/[()]/g, '.')));
      expect((await chips.nth(i).boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    const nuro = link('nuro-10g');
    await chips.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect(w.getByLabel('Your speed')).toHaveValue(`${nuro.rate.value} ${nuro.rate.unit}`);
    await expect(w.locator('[data-value="ratio"]')).toHaveText(formatRatio(recordBps / 10e9, 'en'));
    await expect(chips.nth(2)).toHaveAttribute('aria-current', 'true');
  });

  test('fuzzed speeds never show a run of zeros in the result', async ({ page }) => {
    await page.goto('/widgets/your-connection/?yc.line=custom');
    const w = await hydrated(widget(page));
    const speed = w.getByLabel('Your speed');
    for (const typed of fuzzedSpeeds(12, 16)) {
      await speed.fill(typed);
      const text = await w.getByTestId('your-connection-result').innerText();
      expect(text, `after typing "${typed}"`).not.toMatch(ZERO_RUN);
    }
  });
});
