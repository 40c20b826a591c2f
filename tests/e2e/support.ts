/**
 * Shared helpers for the browser suite: the list of built pages (from the sitemap, so new
 * pages are covered automatically), a watcher for console errors and foreign requests, the
 * axe-core check with the WCAG tags the project promises, and the one wait for islands to
 * hydrate that every spec uses.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Paths of every page in the built sitemap, plus pages deliberately left out of it. */
export function builtPagePaths(): string[] {
  const sitemaps = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = new Set<string>();
  for (const name of sitemaps) {
    const xml = readFileSync(`dist/${name}`, 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.add(new URL(match[1] ?? '/').pathname);
  }
  if (paths.size === 0) throw new Error('The built sitemap lists no pages: run "npm run build" first.');
  return [...paths].sort();
}

/** Paths of every built embed page in every edition (/embed/<id>/, /ja/embed/<id>/), which the sitemap deliberately leaves out. */
export function embedPaths(): string[] {
  return ['', 'ja/']
    .flatMap((edition) => {
      const dir = `dist/${edition}embed`;
      if (!existsSync(dir)) return [];
      return readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/index.html`))
        .map((entry) => `/${edition}embed/${entry.name}/`);
    })
    .sort();
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

/** Records console errors, uncaught exceptions and any request that leaves the site's origin. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => watch.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  return watch;
}

/**
 * Reaches for each island in `scope` that waits for the reader (client:interaction, the records
 * chart): focus arrives inside it, and it hydrates. The focus event is dispatched rather than
 * moved there by a pointer or Tab, so nothing on the page changes and nothing depends on hit
 * testing (unreliable in a frame just scrolled to: see tests/wordpress). records-chart.spec.ts
 * covers the reader's own pointer, tap and URL.
 */
export async function reachFor(scope: Page | Frame | Locator): Promise<void> {
  for (const island of await scope.locator('astro-island[ssr][client="interaction"]').all()) {
    await island.locator('> *').first().dispatchEvent('focusin');
  }
}

/**
 * Waits until every island in `scope` has hydrated: Astro drops the `ssr` attribute from an
 * <astro-island> once its component runs. A Locator (a widget's frame on a page) is scrolled
 * into view first, since most widgets hydrate client:visible, and an island that waits for the
 * reader is reached for (reachFor); the scope must hold an island.
 * Returns the scope, so `const w = await hydrated(widget(page))` reads naturally.
 */
export async function hydrated<T extends Page | Frame | Locator>(scope: T): Promise<T> {
  if ('scrollIntoViewIfNeeded' in scope) await scope.scrollIntoViewIfNeeded();
  await expect(scope.locator('astro-island').first(), 'the scope holds an island').toBeAttached();
  await reachFor(scope);
  await expect(scope.locator('astro-island[ssr]'), 'every island has hydrated').toHaveCount(0);
  return scope;
}

/**
 * Scrolls through the page so client:visible islands hydrate, waits until every island on the
 * page has (a page may have none), then waits for the network to go quiet so lazy chunks and
 * any late request have happened before the caller reads the page.
 */
export async function settle(page: Page): Promise<void> {
  // Bounded on purpose: one CI run hung here for three minutes on a long article. Each step
  // waits for a frame or 50 ms, whichever comes first (a busy or backgrounded renderer may
  // hold frames back), and the walk stops after 100 screens whatever the page's height does.
  const walk = page.evaluate(async () => {
    const step = Math.max(window.innerHeight, 100);
    for (let y = 0, screens = 0; y < document.body.scrollHeight && screens < 100; y += step, screens++) {
      window.scrollTo(0, y);
      await Promise.race([new Promise((resolve) => requestAnimationFrame(resolve)), new Promise((resolve) => setTimeout(resolve, 50))]);
    }
    // On a busy machine the 50 ms step can outrun rendering, so an island may never have been
    // seen by its IntersectionObserver: bring each one still waiting into view, and hold it
    // there for a frame (or 250 ms), before going back to the top.
    const deadline = Date.now() + 10_000;
    // (Islands that wait for the reader are reached for below, after the walk.)
    const waiting = 'astro-island[ssr]:not([client="interaction"])';
    for (let island = document.querySelector(waiting); island && Date.now() < deadline; island = document.querySelector(waiting)) {
      // <astro-island> is display: contents and has no box of its own to scroll to (nor does
      // its IntersectionObserver watch it): bring its first child with a box into view.
      const target = [...island.querySelectorAll('*')].find((child) => child.getClientRects().length > 0) ?? island;
      target.scrollIntoView({ block: 'center' });
      await Promise.race([new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))), new Promise((resolve) => setTimeout(resolve, 250))]);
    }
    window.scrollTo(0, 0);
  });
  // The walk takes seconds at most (above); if the page stops answering, say so after 30 s
  // rather than at the test's time-out.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`settle(): ${page.url()} did not answer for 30 s (its renderer hung?)`)), 30_000);
  });
  await Promise.race([walk, silence]).finally(() => clearTimeout(timer));
  await reachFor(page);
  await expect(page.locator('astro-island[ssr]'), 'every island has hydrated').toHaveCount(0);
  await page.waitForLoadState('networkidle');
}

// The axe-core that @axe-core/playwright itself injects (the same build, found from it).
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core with every rule of the WCAG tags the project promises and fails on any
 * violation. resultTypes: axe still runs every rule of the tags and reports every violating
 * node, but builds selectors for at most one passing/incomplete/inapplicable node per rule,
 * which is most of its time on a long page (color-contrast passes on every text node).
 *
 * On a page without frames this is `axe.run` in the page, with axe injected once per page
 * (a page checked in light and dark reuses it). AxeBuilder would inject axe again on every
 * call and finish each run in a fresh blank tab (axe.runPartial + axe.finishRun, built for
 * pages with cross-origin frames): 3 to 6 s per call where the run itself takes 0.3 s. A page
 * that does have frames still goes through AxeBuilder, so its frames are checked too.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  let results: Pick<AxeResults, 'violations'>;
  if (page.frames().length > 1) {
    results = await new AxeBuilder({ page }).options(options).analyze();
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    results = await page.evaluate(async (runOptions) => {
      const { violations } = await (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions);
      return { violations };
    }, options);
  }
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export interface CspWatch {
  /** Violations reported in the page (read them with readCspViolations after the page ran). */
  consoleMessages: string[];
}

/**
 * Records Content-Security-Policy violations: a `securitypolicyviolation` listener installed
 * before any page script runs (it stores them on window), plus console messages about CSP.
 * Call before page.goto; read with readCspViolations.
 */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const watch: CspWatch = { consoleMessages: [] };
  await page.addInitScript(() => {
    const store: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: store });
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} "${event.sample}"`);
    });
  });
  page.on('console', (message) => {
    if (/content security policy|refused to (load|execute|apply|frame|connect)/i.test(message.text())) watch.consoleMessages.push(message.text());
  });
  return watch;
}

export async function readCspViolations(page: Page, watch: CspWatch): Promise<string[]> {
  const inPage = await page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
  return [...inPage, ...watch.consoleMessages];
}
