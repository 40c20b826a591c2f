/**
 * The loop every page goes through, light and dark: it loads with 200, logs no console error,
 * makes no request to another origin, and axe finds nothing. Pages come from the sitemap.
 */
import { test, expect } from '@playwright/test';
import { builtPagePaths, watchPage, settle, expectNoAxeViolations } from './support';

const paths = builtPagePaths();

for (const path of paths) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} (${colorScheme}) loads cleanly and passes axe`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? '').origin;
      await page.emulateMedia({ colorScheme });
      const watch = watchPage(page, origin);
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(200);
      await settle(page);
      await expectNoAxeViolations(page, `${path} (${colorScheme})`);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      expect(watch.failedRequests, 'failed requests').toEqual([]);
    });
  }
}

test('the 404 page answers 404 and points somewhere useful', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page, '404');
});
