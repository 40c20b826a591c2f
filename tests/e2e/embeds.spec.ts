/**
 * Embeds as a journalist uses them: snippets copied from the site, pasted into a page on
 * another origin (tests/e2e/host-server.mjs, started by playwright.config.ts), sized by the
 * loader, kept to the state the journalist chose, safe from forged messages, and working in a
 * sandboxed frame. Every check runs for every widget in the registry (one embed page each); the
 * host pages are built here from the built site's own snippets and the origin it is served on.
 * Each embed page's clean load (200, no console error, no foreign or failed request) and axe in
 * light and dark are checked in pages.spec.ts, in the one visit that checks everything per page.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { watchPage, settle, hydrated, expectNoAxeViolations } from './support';
import { ids, HOST, PHONE, originOf, servedSnippet, oembedFor, openHostPage, frameOf, boxHeight, expectFitted, changeHeight, summaryOf } from './embed-support';

// ── the registry ─────────────────────────────────────────────────────────────────────────

test('every widget in the gallery has an embed page and an oEmbed document', async ({ page, request }) => {
  expect(ids.length, 'the registry lists no widgets (no dist/embed/*/): run "npm run build" first').toBeGreaterThan(0);
  await page.goto('/widgets/');
  const gallery = await page.locator('[data-widget-card]').evaluateAll((list) => list.map((s) => s.getAttribute('data-widget-card') ?? ''));
  expect([...gallery].sort()).toEqual(ids);
  for (const id of ids) expect((await request.get(`/oembed/${id}.json`)).status()).toBe(200);
});

test('article pages announce an oEmbed document for each widget they show', () => {
  const articles = existsSync('dist/articles') ? readdirSync('dist/articles').filter((name) => existsSync(`dist/articles/${name}/index.html`)) : [];
  for (const slug of articles) {
    const html = readFileSync(`dist/articles/${slug}/index.html`, 'utf8');
    const shown = [...new Set([...html.matchAll(/data-widget="([^"]+)"/g)].map((m) => m[1]))];
    const announced = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(announced, `oEmbed links on /articles/${slug}/`).toEqual(shown.map((id) => `/oembed/${id}.json`));
  }
});

// ── each widget ──────────────────────────────────────────────────────────────────────────

for (const id of ids) {
  test.describe(`embed "${id}"`, () => {
    test('oEmbed JSON has every field a rich response requires; the embed page links to it, has no chrome, an attribution and a canonical to the article; its theme comes from ?theme= only, never from or into storage', async ({
      page,
      request,
      baseURL,
    }) => {
      const doc = await oembedFor(request, id);
      expect(doc.type).toBe('rich');
      expect(doc.version).toBe('1.0');
      expect(doc.title.length).toBeGreaterThan(0);
      expect(doc.provider_name).toBe('Petabit Explained');
      expect(new URL(doc.provider_url).protocol).toMatch(/^https?:$/);
      for (const size of [doc.width, doc.height]) expect(Number.isInteger(size) && size > 0).toBe(true);
      // html is WordPress's shape: a blockquote fallback linking the widget's page, then the plain
      // snippet (one iframe, our embed page, the announced height, no script).
      expect(doc.html).toMatch(/^<blockquote><a href="[^"]+">[^<]+<\/a>: [^<]+<\/blockquote><iframe [^>]*><\/iframe>$/);
      expect(new URL(/<a href="([^"]+)"/.exec(doc.html)?.[1] ?? '').pathname).toBe(`/widgets/${id}/`);
      const src = new URL((/src="([^"]+)"/.exec(doc.html)?.[1] ?? '').replaceAll('&amp;', '&'));
      expect(src.pathname).toBe(`/embed/${id}/`);
      expect(doc.html).toContain(`height="${doc.height}"`);
      const title = (/title="([^"]*)"/.exec(doc.html)?.[1] ?? '')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(title).toBe(doc.title);

      test.slow(); // five visits of the embed page
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`/embed/${id}/`);
      const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      const href = new URL((await link.getAttribute('href')) ?? '');
      expect(href.pathname).toBe(`/oembed/${id}.json`);
      expect((await request.get(`${originOf(baseURL)}${href.pathname}`)).status()).toBe(200);

      // The page as a reader sees it once its scripts ran: no chrome, an attribution, a canonical.
      await hydrated(page);
      await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').pathname).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      await expect(page.locator('header, footer, nav')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const links = page.locator('.attribution a');
      await expect(links).toHaveCount(2);
      for (const attribution of await links.all()) {
        await expect(attribution).toHaveAttribute('target', '_blank');
        await expect(attribution).toHaveAttribute('rel', /noopener/);
      }
      expect(new URL((await links.nth(0).getAttribute('href')) ?? '').pathname).toBe(new URL(canonical ?? '').pathname);
      expect(new URL((await links.nth(1).getAttribute('href')) ?? '').pathname).toBe('/sources/');
      await expect(page.locator('html')).not.toHaveClass(/\bframed\b/);
      // The theme: a stored choice from the main site is ignored; ?theme= wins; nothing is stored.
      await page.evaluate(() => localStorage.setItem('theme', 'dark'));
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.reload();
      await expect(page.locator('html')).not.toHaveAttribute('data-theme');
      const light = await background();
      await page.goto(`/embed/${id}/?theme=dark`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await background()).not.toBe(light);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/embed/${id}/?theme=light`);
      expect(await background()).toBe(light);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`/embed/${id}/?theme=dark`);
      await settle(page);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
    });

    test('oEmbed html in a sandboxed frame (opaque origin, as WordPress frames it) on a 375 px phone: fits at the recommended height with no scrollbar, hydrates and works with no console error', async ({
      page,
      request,
      baseURL,
    }) => {
      await page.setViewportSize(PHONE);
      const origin = originOf(baseURL);
      // An opaque-origin document loads our module scripts with CORS, so the host must allow it.
      // The embed page's first island names its module (read from the built page: no visit).
      const moduleUrl = /<astro-island\b[^>]*\scomponent-url="([^"]+)"/.exec(readFileSync(`dist/embed/${id}/index.html`, 'utf8'))?.[1];
      expect(moduleUrl, `an island on /embed/${id}/`).toBeDefined();
      const asset = await request.get(`${origin}${moduleUrl ?? ''}`, { headers: { Origin: 'null' } });
      expect(
        asset.headers()['access-control-allow-origin'],
        'dist/_headers must send "Access-Control-Allow-Origin: *" on /_astro/* or sandboxed embeds cannot load their scripts',
      ).toBe('*');

      const doc = await oembedFor(request, id);
      const watch = watchPage(page, origin);
      await openHostPage(page, request, servedSnippet(doc.html, origin).replace('<iframe ', '<iframe sandbox="allow-scripts" '));
      await expect(page.locator('script')).toHaveCount(0);
      const iframe = page.locator('iframe');
      const frame = await frameOf(iframe);
      await hydrated(frame);
      expect(await boxHeight(iframe)).toBe(doc.height);
      const overflow = await frame.evaluate(() => {
        const root = document.documentElement;
        return { scrollHeight: root.scrollHeight, clientHeight: root.clientHeight, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(overflow.scrollHeight, `content height at ${overflow.clientWidth} px wide vs recommended ${doc.height} px`).toBeLessThanOrEqual(overflow.clientHeight);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      expect(
        await frame.evaluate(() => {
          try {
            return typeof localStorage.length;
          } catch {
            return 'blocked';
          }
        }),
      ).toBe('blocked');
      await changeHeight(frame); // the widget responds to the reader inside the sandbox
      await expect(frame.locator('html')).toHaveClass(/\bframed\b/);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(
        watch.foreignRequests.filter((url) => !url.startsWith(HOST)),
        'requests to third origins',
      ).toEqual([]);
    });

    test('the state chosen before copying the snippet is the state the embed shows, and the responsive snippet keeps the frame fitted on another origin, also after an interaction', async ({
      page,
      context,
      request,
      baseURL,
    }) => {
      test.slow(); // five page loads and an axe run
      const origin = originOf(baseURL);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.goto(`/embed/${id}/`);
      await hydrated(page);
      const defaultSummary = await summaryOf(page);

      // The reader chooses a state: the gallery's example for this widget.
      await page.goto('/widgets/');
      await page.locator(`[data-widget-card="${id}"] a[data-example]`).click();
      await page.waitForURL(new RegExp(`/widgets/${id}/\\?`));
      const section = await hydrated(page.locator(`[data-widget="${id}"]`));
      await expect(section.getByRole('status').filter({ hasText: 'not understood' }), 'the example is a valid state').toHaveCount(0);
      const chosenSummary = await summaryOf(section);
      expect(chosenSummary, 'the change shows in the widget’s summary').not.toBe(defaultSummary);

      await section.getByRole('button', { name: 'Embed this' }).click();
      const dialog = page.getByRole('dialog');
      const area = dialog.getByRole('textbox', { name: /Responsive embed/ });
      const snippet = await area.inputValue();
      expect(snippet).toContain('<script');
      await expectNoAxeViolations(page, `embed dialog of ${id} (light)`);
      await dialog.getByRole('button', { name: 'Copy the responsive embed' }).click();
      await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

      // Frozen: every parameter of the default state is written out, not just the changed one.
      const frozen = new URL((/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replaceAll('&amp;', '&'));
      const defaults = new URL((/src="([^"]+)"/.exec((await oembedFor(request, id)).html)?.[1] ?? '').replaceAll('&amp;', '&'));
      expect([...frozen.searchParams.keys()].sort()).toEqual([...defaults.searchParams.keys()].sort());
      expect(frozen.search).not.toBe(defaults.search);

      await openHostPage(page, request, servedSnippet(snippet, origin));
      const iframe = page.locator('iframe');
      const frame = await frameOf(iframe);
      await hydrated(frame);
      await expect.poll(() => summaryOf(frame)).toBe(chosenSummary);
      await expect(frame.getByRole('status').filter({ hasText: 'not understood' })).toHaveCount(0);

      // The responsive snippet: the loader, not the recommended height, sizes the frame, and
      // follows the content when the reader changes it.
      await expect(frame.locator('html')).toHaveClass(/\bframed\b/);
      await expectFitted(iframe, frame);
      const recommended = (await oembedFor(request, id)).height;
      expect(await iframe.evaluate((element) => (element as HTMLIFrameElement).style.height)).not.toBe(`${recommended}px`);
      const before = await boxHeight(iframe);
      await changeHeight(frame);
      await expect.poll(async () => Math.abs((await boxHeight(iframe)) - before)).toBeGreaterThan(10);
      await expectFitted(iframe, frame);
    });

    test("fits WordPress's frame: at most 1,000 px tall at 320 px wide, in its default state and in the gallery's example state, and the oEmbed height is within that too", async ({
      page,
      request,
    }) => {
      // WordPress clamps an embed's height to 200–1,000 px (wp-includes/js/wp-embed.js), so
      // anything taller is cut off inside a post. 320 px is the narrowest phone in use.
      const WORDPRESS_MAX_HEIGHT = 1000;
      expect((await oembedFor(request, id)).height).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
      await page.setViewportSize({ width: 320, height: 740 });
      await page.goto('/widgets/');
      // The gallery's link carries the widget's page prefix ("dt.p=…"); an embed page has one
      // widget and reads its parameters bare ("p=…").
      const prefixed = new URL((await page.locator(`[data-widget-card="${id}"] a[data-example]`).getAttribute('href')) ?? '', 'http://x').searchParams;
      const example = `?${new URLSearchParams([...prefixed].map(([key, value]) => [key.replace(/^[a-z]+\./, ''), value])).toString()}`;
      expect(example.length, 'the gallery links an example state').toBeGreaterThan(1);
      for (const query of ['', example]) {
        await page.goto(`/embed/${id}/${query}`);
        await hydrated(page);
        await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toHaveCount(0);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, `/embed/${id}/${query} at 320 px`).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
      }
    });

    test('keyboard: the dialog opens, copies by selecting when the Clipboard API is missing, and closes with Escape', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
      await page.goto(`/widgets/${id}/`);
      const section = await hydrated(page.locator(`[data-widget="${id}"]`));
      const button = section.getByRole('button', { name: 'Embed this' });
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expectNoAxeViolations(page, `embed dialog of ${id} (dark)`);
      await dialog.getByRole('button', { name: 'Copy the plain embed' }).click();
      await expect(dialog.getByRole('status')).toContainText('press Ctrl+C');
      const area = dialog.getByRole('textbox', { name: /Plain embed/ });
      await expect(area).toBeFocused();
      const selected = await area.evaluate((element) => {
        const field = element as HTMLTextAreaElement;
        return field.value.slice(field.selectionStart, field.selectionEnd);
      });
      expect(selected).toBe(await area.inputValue());
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  });
}
