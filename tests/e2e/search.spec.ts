/**
 * Site search (Pagefind, indexed after the build): reachable from every page's header, loads
 * nothing until a reader searches, finds the pages a reader would expect for the issue's
 * queries, works under the site's CSP with no third-party request, and keeps the query in the
 * address so a search can be shared. The expected pages are chosen by hand from what each page
 * is about, not read from the index.
 */
import { test, expect, type Page } from '@playwright/test';
import { watchPage, watchCsp, readCspViolations } from './support';

const originOf = (page: Page) => new URL(page.url()).origin;

/** The result links' paths, in the order shown. */
async function search(page: Page, query: string, boxName = 'Search the site'): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: boxName });
  await box.fill(query);
  await expect(page.getByRole('status')).toContainText(query);
  const links = page.locator('[data-search-results] li > a');
  return (await links.evaluateAll((list) => list.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''))).map((href) => new URL(href, 'http://x').pathname);
}

test('the header links to search on every page kind, as a 44 px control with a name', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/', '/articles/the-record/', '/classroom/']) {
    await page.goto(path);
    const link = page.locator('header').getByRole('link', { name: 'Search' });
    const box = await link.boundingBox();
    expect(box?.width ?? 0, path).toBeGreaterThanOrEqual(44);
    expect(box?.height ?? 0, path).toBeGreaterThanOrEqual(44);
  }
  await page.locator('header').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
});

test('English queries find the pages about them, with no third-party request and no CSP violation; Pagefind loads only on the first search', async ({ page }) => {
  const csp = await watchCsp(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  const watch = watchPage(page, originOf(page));
  expect(
    requests.filter((path) => path.includes('/pagefind/')),
    'nothing of Pagefind before a search',
  ).toEqual([]);

  const wikipedia = await search(page, 'Wikipedia');
  expect(
    requests.some((path) => path.includes('/pagefind/')),
    'the index loads on the first search',
  ).toBe(true);
  // The article that compares the record with copies of Wikipedia, and the widget that times it.
  expect(wikipedia.slice(0, 5)).toEqual(expect.arrayContaining(['/articles/what-it-means-for-you/', '/widgets/download-time/']));

  // "loop": the article about the recirculating loop and the loop widget are the first two.
  const loop = await search(page, 'loop');
  expect(loop.slice(0, 2).sort()).toEqual(['/articles/1808-km-in-a-lab/', '/widgets/loop/']);

  // Answer keys and printable sheets are never results: the lesson is. Nor are Japanese pages.
  for (const path of [...wikipedia, ...loop]) expect(path).not.toMatch(/\/worksheets\/|^\/ja\//);

  await page.getByRole('searchbox', { name: 'Search the site' }).fill('qzxqzxqzx');
  await expect(page.getByRole('status')).toContainText('No page matches');
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);

  expect(watch.foreignRequests, 'third-party requests').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(await readCspViolations(page, csp), 'CSP violations').toEqual([]);
});

test('a search is a link: ?q= runs it on arrival, and typing keeps the address up to date', async ({ page }) => {
  await page.goto('/search/?q=petabit');
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('petabit');
  await expect(page.getByRole('status')).toContainText('petabit');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('cladding');
  await expect(page).toHaveURL(/[?&]q=cladding\b/);
});

test('Japanese queries on /ja/search/ find the Japanese pages about them, and only Japanese pages', async ({ page }) => {
  await page.goto('/ja/search/');
  // The article about the 19-core fiber and the widget that draws its cross-section.
  const fiber = await search(page, '光ファイバ', 'サイト内を検索');
  expect(fiber.slice(0, 5)).toEqual(expect.arrayContaining(['/ja/articles/inside-a-19-core-fiber/', '/ja/widgets/fiber-cross-section/']));
  // As in English: the article that compares the record with copies of Wikipedia, and the widget that times it.
  const wikipedia = await search(page, 'ウィキペディア', 'サイト内を検索');
  expect(wikipedia.slice(0, 5)).toEqual(expect.arrayContaining(['/ja/articles/what-it-means-for-you/', '/ja/widgets/download-time/']));
  for (const path of [...fiber, ...wikipedia]) expect(path).toMatch(/^\/ja\/(?!.*\/worksheets\/)/);
});
