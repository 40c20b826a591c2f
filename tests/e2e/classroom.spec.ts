/**
 * The classroom: works offline after one visit (service worker scoped to /classroom/ only),
 * worksheets print without navigation or clipped questions on A4 and US Letter, and answer
 * keys carry the generated answers while student sheets do not. PDFs and PNGs of every
 * worksheet go to test-results/classroom-print/ for a person to look at.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { builtPagePaths } from './support';

const classroomPages = builtPagePaths().filter((path) => path.startsWith('/classroom/'));
const lessonPages = classroomPages.filter((path) => path.startsWith('/classroom/lessons/'));
const worksheetPages = classroomPages.filter((path) => path.startsWith('/classroom/worksheets/'));
const PRINT_DIR = 'test-results/classroom-print';
const MM = 96 / 25.4; // CSS px per millimetre
/** Text block of each paper size with the @page margins (15 mm each side). */
const PAPERS = [
  { name: 'a4', format: 'A4', textWidthPx: Math.floor((210 - 30) * MM) },
  { name: 'letter', format: 'Letter', textWidthPx: Math.floor((215.9 - 30) * MM) },
] as const;

async function controllerScope(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return navigator.serviceWorker.controller ? (registration?.scope ?? null) : null;
  });
}

test('the classroom has lessons and worksheets to test', () => {
  expect(lessonPages.length).toBeGreaterThanOrEqual(3);
  expect(worksheetPages.length).toBe(lessonPages.length * 2);
});

test('after one visit, every classroom page, worksheet and widget works offline', async ({ page, context, baseURL }) => {
  test.slow(); // it visits every classroom page (and hydrates their widgets) in one test
  await page.goto('/classroom/');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL('/classroom/', baseURL).href);

  await context.setOffline(true);
  // Really offline: a page the service worker never stored cannot load.
  const probe = await page.evaluate(() =>
    fetch('/articles/?offline-probe').then(
      () => 'online',
      () => 'offline',
    ),
  );
  expect(probe).toBe('offline');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await controllerScope(page)).toBe(scope);

  for (const path of classroomPages) {
    const response = await page.goto(path);
    expect(response?.ok(), `${path} offline`).toBe(true);
    expect(response?.fromServiceWorker(), `${path} came from the service worker`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The stylesheet came from the cache too: the layout's tokens are applied.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    // Widgets used by the lesson hydrate offline (their chunks are precached).
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      }
    });
    await expect(page.locator('astro-island[ssr]'), `${path}: every island hydrated offline`).toHaveCount(0);
  }
  await context.setOffline(false);
});

test('the service worker controls only /classroom/ (never articles or embeds)', async ({ page }) => {
  await page.goto('/classroom/');
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.goto('/');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await page.goto('/glossary/');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await page.goto('/classroom/privacy/');
  expect(await controllerScope(page)).toMatch(/\/classroom\/$/);
});

test('student worksheets have writing lines and no answers; answer keys have answers', async ({ page }) => {
  for (const path of worksheetPages) {
    await page.goto(path);
    const questions = page.locator('.question');
    expect(await questions.count(), path).toBeGreaterThan(2);
    if (path.endsWith('/answers/')) {
      await expect(page.locator('.answer-lines')).toHaveCount(0);
      expect(await page.locator('.key').count()).toBe(await questions.count());
    } else {
      await expect(page.locator('.key')).toHaveCount(0);
      expect(await page.locator('.answer-lines').count()).toBe(await questions.count());
    }
  }
});

test('the glossary has one anchor per term and the lessons link into it', async ({ page }) => {
  await page.goto('/glossary/');
  const ids = await page.locator('dl.glossary > .entry').evaluateAll((entries) => entries.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(20);
  expect(new Set(ids).size).toBe(ids.length);
  await page.goto('/glossary/#byte');
  await expect(page.locator('#byte')).toBeInViewport();
  await page.goto(lessonPages[0] ?? '/classroom/');
  const termHref = await page.locator('a.term').first().getAttribute('href');
  expect(termHref).toMatch(/\/classroom\/glossary\/#[a-z0-9-]+$/);
});

for (const path of worksheetPages) {
  test(`${path} prints on A4 and Letter with no navigation and no clipped question`, async ({ page }) => {
    mkdirSync(PRINT_DIR, { recursive: true });
    const name = path
      .replace(/^\/classroom\/worksheets\//, '')
      .replace(/\/$/, '')
      .replace(/\//g, '-');
    await page.goto(path);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    for (const hidden of ['.site-header', '.classroom-nav', '.site-footer', '.toolbar', '.skip-link']) {
      await expect(page.locator(hidden).first(), `${hidden} in print`).toBeHidden();
    }
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    for (const paper of PAPERS) {
      await page.setViewportSize({ width: paper.textWidthPx, height: 1000 });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('.question, .figures, .fill-ins')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.id || el.className);
      });
      expect(overflow, `${path} on ${paper.name}: elements wider than the page`).toEqual([]);
      await page.screenshot({ path: `${PRINT_DIR}/${name}-${paper.name}.png`, fullPage: true });
      const pdf = `${PRINT_DIR}/${name}-${paper.name}.pdf`;
      await page.pdf({ path: pdf, format: paper.format, printBackground: false });
      if (existsSync('/usr/bin/pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${PRINT_DIR}/${name}-${paper.name}-page`]);
    }
  });
}
