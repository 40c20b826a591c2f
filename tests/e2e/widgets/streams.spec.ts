/** Drives the streams widget as a reader would, by keyboard, on the gallery page. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import { countStreams as countStreamsFor, streamBitsPerSecond } from '../../../src/components/widgets/streams/core';
import { RECORD_LINK, STREAMS_OPTIONS, streamRateText, streamsCodec } from '../../../src/components/widgets/streams/options';
import { audiences, stream } from '../../../src/data';
import { rateToBitsPerSecond } from '../../../src/lib/units';
import { formatCount, formatPercent } from '../../../src/lib/format';
import { ZERO_RUN, expectEachMistakeItsOwnMessage, fuzzedSpeeds } from './forgiving-inputs';

const recordBps = rateToBitsPerSecond(RECORD_LINK.rate);
const countStreams = (linkBps: number, streamBps: number) => countStreamsFor(linkBps, streamBps, STREAMS_OPTIONS);
const countText = (bps: number) => formatCount(countStreams(recordBps, bps).streams, 'en');
const widget = (page: Page) => page.locator('[data-widget="streams"]');

const defaultBps = streamBitsPerSecond(streamsCodec.defaults, STREAMS_OPTIONS.streams);

test('keyboard: pick a stream, edit its bitrate, see bad input flagged, state survives reload', async ({ page }) => {
  await page.goto('/widgets/streams/');
  const w = await hydrated(widget(page));
  const kind = w.getByLabel('Kind of stream');
  await kind.scrollIntoViewIfNeeded();
  await expect(w.locator('[data-value="streams"]')).toHaveText(countText(defaultBps));
  await kind.focus();
  await kind.selectOption('4k'); // keyboard-equivalent: select elements change value by keyboard
  const fourK = stream('4k');
  const rate = w.getByLabel('Bitrate of one stream');
  await expect(rate).toHaveValue(streamRateText(fourK)); // prefilled from the data
  await expect(w.locator('[data-value="streams"]')).toHaveText(countText(rateToBitsPerSecond(fourK.rate)));

  await rate.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('25 Mb/s');
  await expect(w.locator('[data-value="streams"]')).toHaveText(countText(25e6));
  const japan = countStreams(recordBps, 25e6).shares.find((s) => s.audience.id === 'japan')!;
  await expect(w.locator('[data-value="share-japan"]')).toHaveText(formatPercent(japan.percent, 'en'));

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(rate).toHaveValue(''); // an emptied field stays empty and says why
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('fast');
  await expect(w.getByText(/start with a number/i)).toBeVisible();
  await expect(w.locator('[data-value="streams"]')).toHaveText(countText(25e6)); // last valid kept

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('8 Mb/s');
  await expect(page).toHaveURL(/st\.s=4k/);
  await expect(page).toHaveURL(/st\.rate=8(\+|%20)Mb%2Fs/);
  await page.reload();
  await hydrated(widget(page));
  await expect(widget(page).locator('[data-value="streams"]')).toHaveText(countText(8e6));
  await expect(widget(page).getByLabel('Bitrate of one stream')).toHaveValue('8 Mb/s');
});

test('a link with only a stream kind uses that stream’s bitrate from the data', async ({ page }) => {
  await page.goto('/widgets/streams/?st.s=hd');
  const w = await hydrated(widget(page));
  const hd = stream('hd');
  await expect(w.getByLabel('Bitrate of one stream')).toHaveValue(streamRateText(hd));
  await expect(w.locator('[data-value="streams"]')).toHaveText(countText(rateToBitsPerSecond(hd.rate)));
  await expect(w.getByLabel('Kind of stream')).toHaveValue('hd');
});

test('invalid URL parameters fall back to defaults with a notice', async ({ page }) => {
  await page.goto(`/widgets/streams/?st.s=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`);
  const w = await hydrated(widget(page));
  await expect(w.getByRole('status')).toContainText('st.s');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(w.locator('[data-value="streams"]')).toHaveText(countText(defaultBps));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the default numbers', async ({ page }) => {
    await page.goto('/widgets/streams/');
    const w = widget(page);
    const result = countStreams(recordBps, defaultBps);
    await expect(w.locator('[data-value="streams"]')).toHaveText(formatCount(result.streams, 'en'));
    await expect(w.locator('[data-value="share-world"]')).toHaveText(formatPercent(result.world.percent, 'en'));
  });
});

test.describe('forgiving inputs (issue 16)', () => {
  test('a bitrate above the record’s: "fewer than one" stream, no share with a run of zeros, and the select says it is my own', async ({ page }) => {
    await page.goto('/widgets/streams/');
    const w = await hydrated(widget(page));
    const kind = w.getByLabel('Kind of stream');
    const rate = w.getByLabel('Bitrate of one stream');
    await rate.fill('2 Pb/s');
    await expect(w.locator('[data-value="streams"]')).toHaveText('fewer than one');
    await expect(w.getByTestId('streams-result')).toContainText('fewer than one stream at the same time');
    await expect(kind).toHaveValue('custom');
    await expect(kind.locator('option:checked')).toHaveText(/My own bitrate — 2 Pb\/s/);
    const shown = await w.locator('[data-testid="streams-result"], table').allInnerTexts();
    for (const text of shown) expect(text).not.toMatch(ZERO_RUN);

    // A bare number is Mb/s: "100" is 100 million bits per second.
    await rate.fill('100');
    await expect(w.getByTestId('st-rate-echo')).toHaveText('100 → 100 Mb/s');
    await expect(w.locator('[data-value="streams"]')).toHaveText(formatCount(Math.floor(recordBps / 100e6), 'en'));

    await kind.selectOption('4k');
    await expect(kind).toHaveValue('4k');
    await expect(rate).toHaveValue(streamRateText(stream('4k')));
  });

  test('a share of the world below a thousandth of a percent reads "< 0.001%"', async ({ page }) => {
    await page.goto('/widgets/streams/');
    const w = await hydrated(widget(page));
    // By hand: 1.02 Pb/s ÷ 100 Tb/s = 10.2, so 10 whole streams; 10 of 8.2 billion people is about 1.2 × 10⁻⁷ %.
    await w.getByLabel('Bitrate of one stream').fill('100 Tb/s');
    await expect(w.locator('[data-value="streams"]')).toHaveText('10');
    await expect(w.locator('[data-value="share-world"]')).toHaveText('< 0.001%');
  });

  test('each mistake in the bitrate gets its own message', async ({ page }) => {
    await page.goto('/widgets/streams/');
    const w = await hydrated(widget(page));
    await expectEachMistakeItsOwnMessage(page, w.getByLabel('Bitrate of one stream'));
  });

  test('fuzzed bitrates never show a fraction of a stream or a run of zeros', async ({ page }) => {
    await page.goto('/widgets/streams/');
    const w = await hydrated(widget(page));
    const rate = w.getByLabel('Bitrate of one stream');
    for (const typed of fuzzedSpeeds(12, 4)) {
      await rate.fill(typed);
      const count = await w.locator('[data-value="streams"]').innerText();
      expect(count, `after typing "${typed}"`).toMatch(/^([\d,]+|[\d,]+(\.\d+)? (million|billion|trillion)|fewer than one)$/);
      for (const text of await w.locator('[data-testid="streams-result"], table').allInnerTexts()) expect(text, `after typing "${typed}"`).not.toMatch(ZERO_RUN);
    }
  });
});

test.describe('embed (compact: WordPress frames an embed at 1,000 px at most)', () => {
  const WORDPRESS_MAX_PX = 1000;
  const contentHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

  test('every audience in view on two lines; the bitrate field and the notes fold, open by keyboard; fits 1,000 px at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 200 });
    for (const query of ['', '?s=hd']) {
      await page.goto(`/embed/streams/${query}`);
      await hydrated(page);
      expect(await contentHeight(page), `/embed/streams/${query}`).toBeLessThanOrEqual(WORDPRESS_MAX_PX);
    }
    await page.goto('/embed/streams/');
    await hydrated(page);
    // One row per audience in the data, none hidden.
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(audiences.length);
    for (const row of await rows.all()) await expect(row).toBeVisible();
    // 1.02 Pb/s ÷ 100 Mb/s = 10.2 million streams; for 14,178,000 people in Tokyo that is 71.9 %.
    const tokyo = page.locator('tr', { has: page.locator('[data-value="share-tokyo"]') });
    await expect(tokyo.locator('[data-value="share-tokyo"]')).toHaveText('71.9%');
    await expect(tokyo.locator('td:nth-child(2)')).toHaveText('14.2 million');
    // Name over head count, the share beside both: a row is two lines, not a card per audience.
    const [name, people, share] = await Promise.all(['th', 'td:nth-child(2)', 'td:last-child'].map((cell) => tokyo.locator(cell).boundingBox()));
    expect(people!.y).toBeGreaterThan(name!.y);
    expect(share!.x).toBeGreaterThan(name!.x + name!.width - 1);

    const rate = page.getByLabel('Bitrate of one stream');
    await expect(rate).toBeHidden();
    const caveat = page.getByText('A way to picture the size');
    await expect(caveat).toBeHidden();

    // Keyboard: open "Type a bitrate of your own", type one, see the count follow.
    await page.locator('summary', { hasText: 'Type a bitrate of your own' }).focus();
    await page.keyboard.press('Enter');
    await expect(rate).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(rate).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('25 Mb/s');
    await expect(page.locator('[data-value="streams"]')).toHaveText('40.8 million'); // 1.02 Pb/s ÷ 25 Mb/s
    await expect(page.getByLabel('Kind of stream')).toHaveValue('custom');

    // "About these numbers": the caveat; the chosen stream's note comes back with a kind from the data.
    await page.getByLabel('Kind of stream').selectOption('8k');
    await page.locator('summary', { hasText: 'About these numbers' }).focus();
    await page.keyboard.press('Enter');
    await expect(caveat).toBeVisible();
    await expect(page.locator('#st-kind-note')).toHaveText(stream('8k').note ?? '');
    await expect(page.getByLabel('Kind of stream')).toHaveAccessibleDescription(stream('8k').note ?? '');
  });

  test('choosing "My own bitrate" opens the folded field', async ({ page }) => {
    await page.goto('/embed/streams/');
    await hydrated(page);
    await page.getByLabel('Kind of stream').selectOption('custom');
    await expect(page.getByLabel('Bitrate of one stream')).toBeVisible();
    await expect(page.getByLabel('Bitrate of one stream')).toHaveValue(streamRateText(stream('8k')));
  });

  test('the widget page keeps its field, note, caveat and audience cards (no fold)', async ({ page }) => {
    await page.goto('/widgets/streams/');
    const w = await hydrated(widget(page));
    await expect(w.locator('details:not(.arithmetic)')).toHaveCount(0);
    await expect(w.getByLabel('Bitrate of one stream')).toBeVisible();
    await expect(w.getByText('A way to picture the size')).toBeVisible();
    await expect(w.locator('table.stack-on-phone')).toHaveCount(1);
  });
});
