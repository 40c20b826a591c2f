/** The shell every page shares: headline figures from data, theme toggle, skip link, print. */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

interface FactRow {
  id: string;
  value: number | string;
  unit: string;
}
const facts = JSON.parse(readFileSync('src/data/facts.json', 'utf8')) as FactRow[];
const valueOf = (id: string) => facts.find((f) => f.id === id)?.value;

test('home page shows the three headline figures from the data', async ({ page }) => {
  await page.goto('/');
  const fmt = new Intl.NumberFormat('en');
  for (const [figure, id] of [
    ['rate', 'record-rate'],
    ['distance', 'record-distance'],
    ['cores', 'record-cores'],
  ] as const) {
    const value = valueOf(id);
    expect(typeof value).toBe('number');
    await expect(page.locator(`[data-figure="${figure}"] .value`)).toHaveText(fmt.format(value as number));
  }
});

interface LinkRow {
  id: string;
  rate: { value: number; unit: string };
}
const links = JSON.parse(readFileSync('src/data/links.json', 'utf8')) as LinkRow[];
// Written out here rather than taken from the site's units module, so the test checks it.
const BITS_PER_SECOND: Record<string, number> = { 'Tb/s': 1e12, 'Pb/s': 1e15 };

test('on a phone, the first screen holds the hook, its figure from the data, and the picture drawn to scale', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const recordRate = facts.find((f) => f.id === 'record-rate');
  const world = links.find((l) => l.id === 'international-bandwidth-2025')?.rate;
  const recordBps = Number(recordRate?.value) * (BITS_PER_SECOND[recordRate?.unit ?? ''] ?? NaN);
  const worldBps = (world?.value ?? NaN) * (BITS_PER_SECOND[world?.unit ?? ''] ?? NaN);
  const sharePercent = (100 * recordBps) / worldBps;
  expect(sharePercent, 'the share is a percentage between 1 and 100').toBeGreaterThan(1);
  const headline = page.getByRole('heading', { level: 1 });
  // Two significant figures: the headline rounds 55.6 % to "56%".
  await expect(headline).toContainText(`${Math.round(sharePercent)}%`);

  const recordBar = page.locator('[data-bar="record"] .bar');
  const worldBar = page.locator('[data-bar="world"] .bar');
  const [recordBox, worldBox, headlineBox] = await Promise.all([recordBar.boundingBox(), worldBar.boundingBox(), headline.boundingBox()]);
  if (!recordBox || !worldBox || !headlineBox) throw new Error('the headline and both bars are on the page');
  expect(recordBox.width / worldBox.width, 'bar lengths in the ratio of the two rates').toBeCloseTo(recordBps / worldBps, 2);
  expect(worldBox.y + worldBox.height, 'both bars end within the first screen').toBeLessThanOrEqual(844);

  await test.step('the header is two short rows, its theme button an icon a finger can hit', async () => {
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height, 'header height').toBeLessThanOrEqual(110);
    const toggle = await page.getByRole('button', { name: /colour theme/i }).boundingBox();
    expect(toggle?.width).toBeGreaterThanOrEqual(44);
    expect(toggle?.height).toBeGreaterThanOrEqual(44);
  });

  await test.step('every article card shows its picture, and the picture opens the article', async () => {
    const cards = page.locator('#articles-title ~ .cards > li');
    const count = await cards.count();
    expect(count, 'one card per article').toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const image = cards.nth(i).locator('img');
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'picture loaded').toBe(true);
    }
    const firstTitle = await cards.first().getByRole('link').getAttribute('href');
    // A real click at the picture's centre: force skips Playwright's check that the <img> itself
    // is on top, since the card's stretched link covers it on purpose.
    await cards.first().locator('img').click({ force: true });
    await expect(page).toHaveURL(new RegExp(`${firstTitle}$`));
  });
});

test('theme toggle switches theme, remembers it, and does not flash on reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /colour theme/i });
  await toggle.click(); // auto -> light
  await toggle.click(); // light -> dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The attribute must already be set before any stylesheet paints: check at DOMContentLoaded.
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => document.documentElement.dataset['theme'] !== undefined);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(251, 250, 247)');
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to content/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('print media hides the site navigation', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
});
