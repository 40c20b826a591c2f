/**
 * Reading aids: a glossary term and a note number open in place (popover) by keyboard and by
 * touch, with a link onward; every note links back to each place it is cited; the reading time
 * counts the widgets; the glossary is in the main navigation, once, and the classroom's old
 * address leads to it with the #term kept. axe stays clean with a popover open, light and dark.
 */
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './support';

const ARTICLE = '/articles/checking-the-headlines/';

test('terms and notes open in place by keyboard, and notes link back to the text', async ({ page }) => {
  await page.goto(ARTICLE);
  const term = page.locator('.body button.term-button').first();
  const termName = (await term.textContent())?.trim() ?? '';
  await term.focus();
  await page.keyboard.press('Enter');
  const termPopover = page.locator('.reading-popover:popover-open');
  await expect(termPopover).toHaveCount(1);
  await expect(termPopover).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`)); // still in the article
  const entry = termPopover.getByRole('link', { name: 'Full entry in the glossary' });
  expect(await entry.getAttribute('href')).toBe(`/glossary/#${await term.getAttribute('data-term')}`);
  // The popover follows its button in the tab order, so its link is reachable by keyboard.
  await page.keyboard.press('Tab');
  await expect(entry).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.reading-popover:popover-open')).toHaveCount(0);
  expect(termName.length).toBeGreaterThan(0);

  await test.step('a note number opens its note, which links to the list and the source', async () => {
    const cite = page.locator('sup.cite button').first();
    await cite.click();
    const note = page.locator('.reading-popover:popover-open');
    await expect(note).toBeVisible();
    await expect(note.getByRole('link', { name: 'Note 1 in the list' })).toHaveAttribute('href', '#note-1');
    await expect(note.getByRole('link', { name: 'The source' })).toHaveAttribute('href', /^\/sources\/#[a-z0-9-]+$/);
    await expectNoAxeViolations(page, 'note popover open, light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'note popover open, dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
  });

  await test.step('every citation in the text has a ↩ link in its note, and each ↩ lands on it', async () => {
    const citeIds = await page.locator('sup.cite button').evaluateAll((els) => els.map((el) => el.id));
    const backTargets = await page.locator('section.notes a.backlink').evaluateAll((els) => els.map((el) => el.getAttribute('href')?.slice(1)));
    expect(citeIds.length).toBeGreaterThan(3);
    expect(new Set(citeIds).size).toBe(citeIds.length);
    expect([...backTargets].sort()).toEqual([...citeIds].sort());
    const first = page.locator('section.notes a.backlink').first();
    await expect(first).toHaveAccessibleName(/^Back to citation 1 in the text/);
    const last = page.locator('section.notes a.backlink').last();
    const target = page.locator(`[id="${(await last.getAttribute('href'))?.slice(1)}"]`);
    await last.click();
    await expect(target).toBeInViewport();
  });

  await test.step('the reading time counts the claim cards and the widget, not only the prose', async () => {
    const minutes = Number((await page.locator('.article-header .meta').textContent())?.match(/(\d+) min read/)?.[1]);
    // Read the page as a reader gets it: every word of the article body at 200 words a minute
    // is a floor the stated time must reach (the widget's use is on top of that).
    const words = await page.locator('.body').evaluate((el) => (el as HTMLElement).innerText.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length);
    expect(minutes).toBeGreaterThanOrEqual(Math.floor(words / 200));
    expect(minutes).toBeGreaterThan(4);
  });
});

test('a term opens by touch on a phone without leaving the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const term = page.locator('.body button.term-button').first();
  await term.scrollIntoViewIfNeeded();
  await term.tap();
  const popover = page.locator('.reading-popover:popover-open');
  await expect(popover).toBeVisible();
  const box = await popover.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390, 'popover inside the screen').toBe(true);
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await context.close();
});

test('without JavaScript, terms still open and the text reads', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await page.locator('.body button.term-button').first().click();
  await expect(page.locator('.reading-popover:popover-open')).toBeVisible();
  await context.close();
});

test('the glossary is in the main navigation, and the classroom address leads to it', async ({ page }) => {
  await page.goto('/classroom/glossary/#byte');
  await expect(page).toHaveURL(/\/glossary\/#byte$/);
  expect(new URL(page.url()).pathname).toBe('/glossary/');
  await expect(page.locator('#byte')).toBeInViewport();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '/glossary/');
  await expect(nav.getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');
});
