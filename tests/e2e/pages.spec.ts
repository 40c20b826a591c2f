/**
 * Every page, loaded once for all its per-page checks (they used to reload it once per check):
 *
 * - sitemap pages and built embeds load with 200, log no console error, make no request to
 *   another origin and none that fails, and axe finds nothing in the light and the dark theme
 *   (the theme is switched in the same page: it follows prefers-color-scheme through CSS, and
 *   charts redraw on the change);
 * - sitemap pages fit a 320 px wide screen: nothing makes the page scroll sideways (checked
 *   first, on a page loaded at that width, then the window is widened for the other checks);
 *   last, with everything a reader can open opened, at 320 and then 390 px (the same page,
 *   resized) nothing scrolls sideways, no word in a table cell, button or label is split across
 *   lines and every control is at least 44 × 44 px, and printed no word is split (layout.ts);
 * - every page (sitemap pages, embeds and the 404 page) runs with no Content-Security-Policy
 *   violation under both the <meta> policy and the served header, and the inline theme
 *   bootstrap still runs (csp.spec.ts holds the other CSP and framing tests);
 * - on every page, Tab reaches every visible control in DOM order with a visible focus
 *   indicator (keyboard.ts).
 *
 * Pages come from the sitemap and dist/embed/, so new pages are covered automatically.
 */
import { test, expect } from '@playwright/test';
import { builtPagePaths, embedPaths, watchPage, watchCsp, readCspViolations, settle, expectNoAxeViolations } from './support';
import { expectKeyboardReachesEveryControl } from './keyboard';
import { findSmallControls, findSplitWords, revealForLayoutChecks } from './layout';
import { findUntranslated } from './untranslated';

// The narrowest phone still sold (320 px) and a common one (390 px).
const PHONE_WIDTHS = [320, 390] as const;
const PRINT_WIDTH_PX = 680;

interface PageChecks {
  /** 200, no console error, no foreign or failed request, axe in light and dark. */
  clean: boolean;
  /** No horizontal overflow at 320 px; no split word and no control under 44 px at 320 and 390 px, no split word in print. */
  narrow: boolean;
}

const SITEMAP: PageChecks = { clean: true, narrow: true };
const EMBED: PageChecks = { clean: true, narrow: false };
// The 404 page is left out of the sitemap but served at every missing URL.
const NOT_FOUND: PageChecks = { clean: false, narrow: false };

const pages: [string, PageChecks][] = [
  ...builtPagePaths().map((path): [string, PageChecks] => [path, SITEMAP]),
  ...embedPaths().map((path): [string, PageChecks] => [path, EMBED]),
  ['/404.html', NOT_FOUND],
];

for (const [path, checks] of pages) {
  const names = [
    checks.clean ? 'loads cleanly, passes axe light and dark' : '',
    checks.narrow ? 'fits 320 and 390 px phones' : '',
    'runs under its CSP',
    'Tab reaches every control',
  ];
  test(`${path}: ${names.filter(Boolean).join(', ')}`, async ({ page, baseURL }) => {
    // One test does the work of up to six page loads; give it the time of three tests.
    test.slow();
    const origin = new URL(baseURL ?? '').origin;
    const csp = await watchCsp(page);
    const watch = checks.clean ? watchPage(page, origin) : undefined;
    await page.emulateMedia({ colorScheme: 'light' });
    const viewport = page.viewportSize();
    if (checks.narrow) await page.setViewportSize({ width: 320, height: 700 });

    const response = await page.goto(path);
    if (checks.clean) expect(response?.status(), `status of ${path}`).toBe(200);
    expect(response?.headers()['content-security-policy'], 'CSP header').toBeTruthy();
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    await settle(page);

    if (checks.narrow) {
      await test.step('no horizontal overflow at 320 px', async () => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'pixels of sideways scroll').toBeLessThanOrEqual(0);
      });
      if (viewport) await page.setViewportSize(viewport);
    }

    if (path.startsWith('/ja/')) {
      await test.step('no untranslated English', async () => expect.soft(await findUntranslated(page), `English on ${path}`).toEqual([]));
    }

    if (checks.clean) {
      await test.step('axe, light', () => expectNoAxeViolations(page, `${path} (light)`));
      await test.step('axe, dark', async () => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectNoAxeViolations(page, `${path} (dark)`);
        await page.emulateMedia({ colorScheme: 'light' });
      });
    }

    await test.step('Tab reaches every control in DOM order with a visible focus indicator', () => expectKeyboardReachesEveryControl(page));

    await test.step('no CSP violation, also after the page’s own scripts ran', async () => {
      // Exercise the page's own scripts: the theme toggle's delegated click handler.
      const toggle = page.locator('[data-theme-toggle]').first();
      if (await toggle.isVisible()) await toggle.click();
      // The inline theme bootstrap ran (allowed by its hash in both policies).
      await expect(page.locator('html')).toHaveClass(/\bjs\b/);
      expect(await readCspViolations(page, csp), 'CSP violations').toEqual([]);
    });

    if (checks.narrow) {
      // Last, as it leaves the page changed: what a reader can open (details, chart tables, the
      // embed dialog) is opened, then the page is checked at 320 px and widened in place to a
      // common phone (390 px) for a second pass.
      await page.setViewportSize({ width: PHONE_WIDTHS[0], height: 700 });
      await revealForLayoutChecks(page);
      for (const width of PHONE_WIDTHS) {
        await page.setViewportSize({ width, height: 700 });
        await test.step(`at ${width} px with everything open: no sideways scroll, no word split across lines, no control under 44 × 44 px`, async () => {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect.soft(overflow, `pixels of sideways scroll on ${path} at ${width} px`).toBeLessThanOrEqual(0);
          expect.soft(await findSplitWords(page), `split words on ${path} at ${width} px`).toEqual([]);
          expect.soft(await findSmallControls(page), `small controls on ${path} at ${width} px`).toEqual([]);
        });
      }
      // Printed, on the text block of A4 paper with 15 mm margins (180 mm = 680 CSS px), where
      // a lesson's run sheet once read "Min/utes".
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: PRINT_WIDTH_PX, height: 1000 });
      await test.step('printed: no word split across lines', async () => expect.soft(await findSplitWords(page), `split words on ${path} in print`).toEqual([]));
      await page.emulateMedia({ media: 'screen' });
    }

    if (watch) {
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      expect(watch.failedRequests, 'failed requests').toEqual([]);
    }
  });
}

test('the 404 page answers 404 and points somewhere useful', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page, '404');
});
