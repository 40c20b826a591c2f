/** Every page fits a 320 px wide screen: nothing makes the page scroll sideways. */
import { test, expect } from '@playwright/test';
import { builtPagePaths, settle } from './support';

for (const path of builtPagePaths()) {
  test(`${path} has no horizontal overflow at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'pixels of sideways scroll').toBeLessThanOrEqual(0);
  });
}
