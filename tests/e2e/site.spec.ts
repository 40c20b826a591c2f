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
