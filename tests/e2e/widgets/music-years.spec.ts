/** Drives the music-years widget as a reader would, by keyboard, on the gallery page. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import { audioBitsPerSecond as audioBitsPerSecondFor, musicYears, type MusicYearsState } from '../../../src/components/widgets/music-years/core';
import { BITRATE_PRESETS, RECORD_LINK, musicYearsCodec } from '../../../src/components/widgets/music-years/options';
import { rateToBitsPerSecond } from '../../../src/lib/units';
import { formatCount, formatYears } from '../../../src/lib/format';

const recordBps = rateToBitsPerSecond(RECORD_LINK.rate);
const defaults = musicYearsCodec.defaults;
const audioBitsPerSecond = (state: Pick<MusicYearsState, 'b' | 'rate' | 'mb'>) => audioBitsPerSecondFor(state, BITRATE_PRESETS);
const yearsText = (bps: number) => formatYears(musicYears(recordBps, bps, 1).years, 'en');
const songsText = (bps: number, minutes: number) => formatCount(musicYears(recordBps, bps, minutes).songs, 'en');
const preset = (id: string) => BITRATE_PRESETS.find((p) => p.id === id)!.bitsPerSecond;
const widget = (page: Page) => page.locator('[data-widget="music-years"]');

test('keyboard: pick a quality, change the song length, see bad input flagged, state survives reload', async ({ page }) => {
  await page.goto('/widgets/music-years/');
  const w = await hydrated(widget(page));
  const quality = w.getByLabel('Audio quality');
  await quality.scrollIntoViewIfNeeded();
  await expect(w.locator('[data-value="years"]')).toHaveText('242 years'); // 1 MB a minute: not the viral 127,500
  await quality.focus();
  await quality.selectOption('spotify'); // keyboard-equivalent: select elements change value by keyboard
  await expect(w.locator('[data-value="years"]')).toHaveText(yearsText(preset('spotify')));

  // The slider moves by arrow keys; its number field follows.
  const slider = w.getByRole('slider', { name: 'Song length' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  const length = w.getByLabel('Song length (min)');
  await expect(length).toHaveValue('3.6');
  await expect(w.locator('[data-value="songs"]')).toHaveText(songsText(preset('spotify'), 3.6));

  await length.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('5');
  await expect(w.locator('[data-value="songs"]')).toHaveText(songsText(preset('spotify'), 5));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0');
  await expect(length).toHaveAttribute('aria-invalid', 'true');
  await expect(w.getByText('Enter a number from 1 to 10.')).toBeVisible();
  await expect(w.locator('[data-value="songs"]')).toHaveText(songsText(preset('spotify'), 5)); // last valid kept

  // A bitrate of my own, then a bad one.
  await quality.focus();
  await quality.selectOption('rate');
  const bitrate = w.getByLabel('Bitrate', { exact: true });
  await bitrate.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('96 kb/s');
  await expect(w.locator('[data-value="years"]')).toHaveText(yearsText(96e3));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('96 kB');
  await expect(bitrate).toHaveAttribute('aria-invalid', 'true');
  await expect(w.getByText(/needs a speed/i)).toBeVisible();
  await expect(w.locator('[data-value="years"]')).toHaveText(yearsText(96e3));

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('128 kb/s');
  await expect(page).toHaveURL(/mu\.b=rate/);
  await expect(page).toHaveURL(/mu\.len=5/);
  await page.reload();
  await hydrated(widget(page));
  await expect(widget(page).locator('[data-value="years"]')).toHaveText(yearsText(128e3));
  await expect(widget(page).locator('[data-value="songs"]')).toHaveText(songsText(128e3, 5));
});

test('megabytes per minute from a shared link', async ({ page }) => {
  await page.goto('/widgets/music-years/?mu.b=mb&mu.mb=2.5&mu.len=4');
  const w = await hydrated(widget(page));
  const bps = audioBitsPerSecond({ b: 'mb', rate: '', mb: 2.5 });
  await expect(w.locator('[data-value="years"]')).toHaveText(yearsText(bps));
  await expect(w.locator('[data-value="songs"]')).toHaveText(songsText(bps, 4));
  await expect(w.getByLabel('Megabytes per minute (MB/min)')).toHaveValue('2.5');
});

test('invalid URL parameters fall back to defaults with a notice', async ({ page }) => {
  await page.goto(`/widgets/music-years/?mu.len=99&mu.b=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`);
  const w = await hydrated(widget(page));
  await expect(w.getByRole('status')).toContainText('mu.len');
  await expect(w.getByRole('status')).toContainText('mu.b');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(w.locator('[data-value="songs"]')).toHaveText(songsText(audioBitsPerSecond(defaults), defaults.len));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the default numbers and the viral claim note', async ({ page }) => {
    await page.goto('/widgets/music-years/');
    const w = widget(page);
    await expect(w.locator('[data-value="years"]')).toHaveText(yearsText(audioBitsPerSecond(defaults)));
    await expect(w.locator('[data-value="songs"]')).toHaveText(songsText(audioBitsPerSecond(defaults), defaults.len));
    await expect(w.getByText(/127,500 years/)).toBeVisible();
  });
});

test('a bare number in the bitrate field is kb/s, as music bitrates are quoted, and the echo says so', async ({ page }) => {
  await page.goto('/widgets/music-years/?mu.b=rate');
  const w = await hydrated(page.locator('[data-widget="music-years"]'));
  const rate = w.getByLabel('Bitrate', { exact: true });
  await expect(w.locator('#mu-rate-hint')).toContainText('read as kb/s');
  await rate.fill('256');
  await expect(w.getByTestId('mu-rate-echo')).toHaveText('256 → 256 kb/s');
  await rate.fill('0');
  await expect(rate).toHaveAccessibleDescription(/above zero/i);
});
