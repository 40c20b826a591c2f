/**
 * The seven articles in a browser: one h1 each, a table of contents whose links reach their
 * sections, notes that every citation resolves to and that point at real /sources/ entries,
 * figures that read as numbers, a print view without navigation, and a previous/next chain
 * that walks all seven in reading order (the order the home page lists them in).
 * Axe and console checks for these pages run in pages.spec.ts, like every other page.
 */
import { test, expect } from '@playwright/test';

const SLUGS = [
  'the-record',
  'inside-a-19-core-fiber',
  '1808-km-in-a-lab',
  'what-it-means-for-you',
  'checking-the-headlines',
  'history-of-fiber-records',
  'bits-bytes-and-petabits',
];
const path = (slug: string) => `/articles/${slug}/`;

let sourceIds: Set<string>;
test.beforeAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage(baseURL === undefined ? {} : { baseURL });
  await page.goto('/sources/');
  sourceIds = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
  await page.close();
});

// One visit per article for all its checks (figures, notes, contents, print); each step reads
// the page as the steps before it left it, so the order below is the order they can run in.
for (const slug of SLUGS) {
  test(`${slug}: figures, glossary links, citations and notes, table of contents, print view`, async ({ page }) => {
    test.slow(); // the work of the four tests it replaces, in one page visit
    await page.goto(path(slug));

    await test.step('figures read as numbers and glossary links point at the glossary', async () => {
      const values = await page.locator('.value').allTextContents();
      expect(values.length).toBeGreaterThan(3);
      for (const text of values) {
        expect(text).toMatch(/\d/);
        expect(text).not.toMatch(/NaN|Infinity|e\+|undefined/);
      }
      const terms = await page.locator('a.term').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
      expect(terms.length).toBeGreaterThan(0);
      for (const href of terms) expect(href).toMatch(/^\/glossary\/#[a-z][a-z-]*$/);
    });

    await test.step('every citation resolves to a note, and every note to a /sources/ entry', async () => {
      // A citation is a button that opens its note in place; the popover links to the note in the list.
      const cites = await page.locator('sup.cite button').evaluateAll((els) =>
        els.map(
          (el) =>
            document
              .getElementById(el.getAttribute('popovertarget') ?? '')
              ?.querySelector('a[href^="#"]')
              ?.getAttribute('href') ?? '',
        ),
      );
      expect(cites.length, 'citations').toBeGreaterThan(0);
      const notes = page.locator('section.notes li');
      const noteCount = await notes.count();
      for (const href of cites) {
        expect(href).toMatch(/^#note-\d+$/);
        await expect(page.locator(`section.notes li[id="${href.slice(1)}"]`), href).toHaveCount(1);
      }
      // Every note is cited at least once, numbered in order of first citation.
      const firstCited = [...new Set(cites)];
      expect(firstCited).toEqual(Array.from({ length: noteCount }, (_, i) => `#note-${i + 1}`));
      for (let i = 0; i < noteCount; i += 1) {
        const href = (await notes.nth(i).locator('a').first().getAttribute('href')) ?? '';
        expect(href).toMatch(/^\/sources\/#[a-z0-9-]+$/);
        expect(sourceIds.has(href.split('#')[1] ?? ''), `${href} exists on /sources/`).toBe(true);
      }
      // Following a citation lands on its note.
      await page.locator('sup.cite button').first().click();
      const popover = page.locator('.reading-popover:popover-open');
      await expect(popover).toBeVisible();
      await popover.locator('a[href^="#note-"]').click();
      await expect(page.locator('section.notes li').first()).toBeInViewport();
      await page.evaluate(() => window.scrollTo(0, 0));
    });

    await test.step('has one h1 and a table of contents whose links reach their sections', async () => {
      await expect(page.locator('h1')).toHaveCount(1);
      const tocLinks = page.locator('nav.toc a');
      const count = await tocLinks.count();
      expect(count, 'table of contents entries').toBeGreaterThan(2);
      for (let i = 0; i < count; i += 1) {
        const link = tocLinks.nth(i);
        const hash = (await link.getAttribute('href')) ?? '';
        expect(hash).toMatch(/^#[a-z]/);
        const target = page.locator(`[id="${hash.slice(1)}"]`);
        await expect(target, `target of ${hash}`).toHaveCount(1);
        await expect(target).toHaveJSProperty('tagName', 'H2');
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${hash}$`));
        await expect(target).toBeInViewport();
        expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
        await page.evaluate(() => window.scrollTo(0, 0));
      }
    });

    await test.step('print view hides the navigation and keeps the text', async () => {
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('nav.toc')).toBeHidden();
      await expect(page.locator('nav.pager')).toBeHidden();
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('section.notes')).toBeVisible();
    });
  });
}

test('previous/next links walk all seven articles in reading order, both ways', async ({ page }) => {
  test.slow(); // fourteen page loads in one test
  const forward: string[] = [];
  await page.goto(path(SLUGS[0] ?? ''));
  for (;;) {
    forward.push(new URL(page.url()).pathname);
    const next = page.locator('nav.pager a[rel="next"]');
    if ((await next.count()) === 0) break;
    expect(forward.length, 'no loop in the chain').toBeLessThan(SLUGS.length);
    // Wait for the new page before reading its pager: counting links mid-navigation finds none.
    const target = new URL((await next.getAttribute('href')) ?? '', page.url()).pathname;
    await next.click();
    await page.waitForURL((url) => url.pathname === target);
  }
  expect(forward).toEqual(SLUGS.map(path));
  const backward: string[] = [];
  for (;;) {
    backward.push(new URL(page.url()).pathname);
    const previous = page.locator('nav.pager a[rel="prev"]');
    if ((await previous.count()) === 0) break;
    const target = new URL((await previous.getAttribute('href')) ?? '', page.url()).pathname;
    await previous.click();
    await page.waitForURL((url) => url.pathname === target);
  }
  expect(backward).toEqual([...SLUGS].reverse().map(path));
});

test('the home page lists the seven articles in reading order, with summaries', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.cards .card');
  await expect(cards).toHaveCount(SLUGS.length);
  const hrefs = await cards.locator('a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(hrefs).toEqual(SLUGS.map(path));
  for (let i = 0; i < SLUGS.length; i += 1) await expect(cards.nth(i).locator('p')).not.toBeEmpty();
});

test('Japanese claim cards punctuate the Japanese way: full-width brackets and commas, no space after a label', async ({ page }) => {
  await page.goto('/ja/articles/checking-the-headlines/');
  const outlets = page.locator('p.outlet');
  expect(await outlets.count(), 'the article has claim cards').toBeGreaterThan(1);
  for (const outlet of await outlets.all()) {
    const text = await outlet.innerText();
    // Source lists in brackets: （A、B）, never (A, B); and nothing between 掲載先： and the outlet.
    expect(text, text).toMatch(/（[^（）]*(?:（[^）]*）[^（）]*)*）$/);
    expect(text, text).not.toMatch(/[:：] |, [A-Za-z]/);
  }
  await expect(page.locator('p.verdict').first()).toHaveText(/^判定：\S/);
  // Each arithmetic step's label ends in a full-width colon, never ": ".
  const steps = page.locator('section.claim .arithmetic li');
  expect(await steps.count(), 'the claim cards show their arithmetic').toBeGreaterThan(0);
  for (const step of await steps.all()) await expect(step).toHaveText(/^[^:]+：\S/);
});
