/** "Copy link to this view": the link in the clipboard reopens the widget as the reader left it. */
import { test, expect } from '@playwright/test';
import { hydrated } from './support';

test('copy link to this view: a visible confirmation, and the copied link reopens the same view at the widget', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
  // A state that differs from the default: lap 10 of the loop.
  await page.goto('/articles/1808-km-in-a-lab/?lp.lap=10');
  const frame = page.locator('[data-widget="loop"]');
  const copy = frame.getByRole('button', { name: 'Copy link to this view' });
  await copy.scrollIntoViewIfNeeded(); // the actions hydrate when they come into view
  await hydrated(frame);
  await copy.click();
  await expect(frame.getByRole('status').filter({ hasText: /link copied/i })).toBeVisible();

  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/articles/1808-km-in-a-lab/');
  expect(copied.searchParams.get('lp.lap')).toBe('10');
  expect(copied.hash).toBe('#widget-loop-title');

  const reader = await context.newPage();
  await reader.goto(copied.href);
  await expect(reader.getByRole('heading', { name: await frame.getByRole('heading').first().innerText() })).toBeInViewport();
  expect(new URL(reader.url()).searchParams.get('lp.lap')).toBe('10');
});
