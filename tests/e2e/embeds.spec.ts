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
import { test, expect, type APIRequestContext, type Frame, type Locator, type Page } from '@playwright/test';
import { embedPaths, watchPage, settle, hydrated, expectNoAxeViolations } from './support';

const ids = embedPaths().map((path) => path.split('/')[2] ?? '');
const HOST = `http://127.0.0.1:${process.env['E2E_HOST_PORT'] ?? ''}`;
const PHONE = { width: 375, height: 740 };

interface Oembed {
  type: string;
  version: string;
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

// ── helpers ──────────────────────────────────────────────────────────────────────────────

const originOf = (url: string | undefined) => new URL(url ?? '').origin;

/** The snippet as the built site wrote it, pointed at the origin the tests serve it on. */
function servedSnippet(snippet: string, servedOrigin: string): string {
  const src = /src="([^"]+)"/.exec(snippet)?.[1];
  if (!src) throw new Error(`No src in snippet: ${snippet}`);
  return snippet.replaceAll(originOf(src.replaceAll('&amp;', '&')), servedOrigin);
}

async function oembedFor(request: APIRequestContext, id: string): Promise<Oembed> {
  const response = await request.get(`/oembed/${id}.json`);
  expect(response.status(), `/oembed/${id}.json`).toBe(200);
  return (await response.json()) as Oembed;
}

/** Stores a host page on the other origin and opens it. */
async function openHostPage(page: Page, request: APIRequestContext, body: string): Promise<void> {
  const name = `/story-${test.info().testId}-${Date.now()}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A news story</title><link rel="icon" href="data:,"><style>body{margin:0 16px;font:18px/1.5 Georgia,serif}</style></head><body><h1>A news story</h1><p>Opening paragraph.</p>${body}<p>Closing paragraph.</p></body></html>`;
  const stored = await request.put(`${HOST}${name}`, { data: html, headers: { 'Content-Type': 'text/html' } });
  expect(stored.status()).toBe(204);
  await page.goto(`${HOST}${name}`);
}

async function frameOf(iframe: Locator): Promise<Frame> {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
const boxHeight = (iframe: Locator) => iframe.evaluate((element) => element.getBoundingClientRect().height);

async function expectFitted(iframe: Locator, frame: Frame): Promise<void> {
  await expect.poll(async () => Math.abs((await boxHeight(iframe)) - (await contentHeight(frame))), { message: 'iframe height vs content height' }).toBeLessThanOrEqual(2);
}

/** A generic interaction that changes the content height: open the first closed disclosure
 * ("Show the arithmetic"), or, in a widget that shows everything already, pick another option. */
async function changeHeight(frame: Frame): Promise<void> {
  // Index, not a :not([open]) locator: that would re-resolve to the next closed one once opened.
  const closed = await frame.locator('details').evaluateAll((list) => list.findIndex((d) => !(d as HTMLDetailsElement).open && d.querySelector(':scope > summary')));
  if (closed >= 0) {
    const details = frame.locator('details').nth(closed);
    await details.locator(':scope > summary').click();
    await expect(details).toHaveJSProperty('open', true);
    return;
  }
  const select = frame.locator('select').first();
  const options = await select.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
  const current = await select.inputValue();
  await select.selectOption(options.find((value) => value !== current) ?? current);
}

/** On a widget's page, opens "Embed this" for a widget and returns both snippets. */
async function snippetsFromGallery(page: Page, section: Locator): Promise<{ plain: string; responsive: string }> {
  await hydrated(section); // the widget and its embed button
  await section.getByRole('button', { name: 'Embed this' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const plain = await dialog.getByRole('textbox', { name: /Plain embed/ }).inputValue();
  const responsive = await dialog.getByRole('textbox', { name: /Responsive embed/ }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return { plain, responsive };
}

const summaryOf = (scope: Page | Frame | Locator) => scope.locator('[data-summary]').first().textContent();

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
    test('oEmbed JSON has every field a rich response requires; the embed page links to it, has no chrome, an attribution and a canonical to the article', async ({
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
      // html is the plain snippet: one iframe, our embed page, the announced height, no script.
      expect(doc.html).toMatch(/^<iframe [^>]*><\/iframe>$/);
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
    });

    test('theme comes from ?theme= only: never from, or into, storage', async ({ page }) => {
      test.slow(); // five page loads
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`/embed/${id}/`);
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

    test('responsive snippet on another origin: height follows the content, also after an interaction', async ({ page, request, baseURL }) => {
      test.slow(); // the widget's page, then a host page and the embed in it
      const doc = await oembedFor(request, id);
      await page.goto(`/widgets/${id}/`);
      const { responsive } = await snippetsFromGallery(page, page.locator(`[data-widget="${id}"]`));
      expect(responsive).toContain('<script');
      await openHostPage(page, request, servedSnippet(responsive, originOf(baseURL)));
      const iframe = page.locator('iframe');
      const frame = await frameOf(iframe);
      await hydrated(frame);
      await expect(frame.locator('html')).toHaveClass(/\bframed\b/);
      await expectFitted(iframe, frame);
      // The loader, not the recommended height, set it.
      expect(await iframe.evaluate((element) => (element as HTMLIFrameElement).style.height)).not.toBe(`${doc.height}px`);
      const before = await boxHeight(iframe);
      await changeHeight(frame);
      await expect.poll(async () => Math.abs((await boxHeight(iframe)) - before)).toBeGreaterThan(10);
      await expectFitted(iframe, frame);
    });

    test('plain snippet alone fits a 375 px phone at the recommended height, with no scrollbar', async ({ page, request, baseURL }) => {
      await page.setViewportSize(PHONE);
      const doc = await oembedFor(request, id);
      await openHostPage(page, request, servedSnippet(doc.html, originOf(baseURL)));
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
    });

    test('sandbox="allow-scripts" (opaque origin): the widget hydrates and works with no console error', async ({ page, request, baseURL }) => {
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
      const frame = await frameOf(page.locator('iframe'));
      await hydrated(frame);
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

    test('the state chosen before copying the snippet is the state the embed shows', async ({ page, context, request, baseURL }) => {
      test.slow(); // four page loads and an axe run
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
      const frame = await frameOf(page.locator('iframe'));
      await hydrated(frame);
      await expect.poll(() => summaryOf(frame)).toBe(chosenSummary);
      await expect(frame.getByRole('status').filter({ hasText: 'not understood' })).toHaveCount(0);
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

// ── several embeds, forgeries, WordPress ─────────────────────────────────────────────────

/** Two embeds (the first two widgets, or one widget twice) with the loader, as pasted. */
async function twoEmbeds(page: Page, request: APIRequestContext, origin: string, extra = ''): Promise<[Locator, Locator]> {
  // Two widgets whose "Show the arithmetic" grows them, so the test can change one at a time.
  const growing = ['your-connection', 'units'].filter((id) => ids.includes(id));
  const [first, second] = growing.length === 2 ? [growing[0] ?? '', growing[1] ?? ''] : [ids[0] ?? '', ids[1] ?? ids[0] ?? ''];
  const html = [first, second].map(async (id) => servedSnippet((await oembedFor(request, id)).html, origin));
  const loader = `<script src="${origin}/embed.js" async></script>`;
  const [a, b] = await Promise.all(html);
  await openHostPage(page, request, `${a}\n${loader}<p>Between the embeds.</p>${b}\n${loader}${extra}`);
  return [page.locator('iframe').nth(0), page.locator('iframe').nth(1)];
}

test('two embeds on one page size independently', async ({ page, request, baseURL }) => {
  expect(ids.length).toBeGreaterThan(0);
  const [first, second] = await twoEmbeds(page, request, originOf(baseURL));
  const [frameA, frameB] = [await frameOf(first), await frameOf(second)];
  await Promise.all([hydrated(frameA), hydrated(frameB)]);
  await expectFitted(first, frameA);
  await expectFitted(second, frameB);
  const [a0, b0] = [await boxHeight(first), await boxHeight(second)];
  await changeHeight(frameA);
  await expect.poll(async () => Math.abs((await boxHeight(first)) - a0)).toBeGreaterThan(10);
  await expectFitted(first, frameA);
  expect(await boxHeight(second)).toBe(b0);
  await changeHeight(frameB);
  await expect.poll(async () => Math.abs((await boxHeight(second)) - b0)).toBeGreaterThan(10);
  await expectFitted(second, frameB);
  await expectFitted(first, frameA);
});

test('forged height messages from other frames, other origins or with absurd heights change nothing', async ({ page, request, baseURL }) => {
  expect(ids.length).toBeGreaterThan(0);
  const origin = originOf(baseURL);
  const id = ids[0] ?? '';
  // A frame on the site's own origin that the loader does not know: an embed page nested in a
  // host-origin wrapper, which will post to the top window.
  const wrapperName = `/wrapper-${test.info().testId}`;
  const nested = servedSnippet((await oembedFor(request, id)).html, origin);
  await request.put(`${HOST}${wrapperName}`, { data: `<!doctype html><title>Wrapper</title>${nested}`, headers: { 'Content-Type': 'text/html' } });
  const third = `<iframe title="Advert" src="${HOST}${wrapperName}" style="width:100%;height:300px;border:0"></iframe>`;
  const [first, second] = await twoEmbeds(page, request, origin, third);
  const [frameA, frameB] = [await frameOf(first), await frameOf(second)];
  await Promise.all([hydrated(frameA), hydrated(frameB)]);
  await expectFitted(first, frameA);
  await expectFitted(second, frameB);
  const heights = async () => [await boxHeight(first), await boxHeight(second)];
  const settled = await heights();

  const forged = [
    { type: 'petabit:height', id, height: 1234 },
    { type: 'petabit:height', id, height: 4321 },
  ];
  const wrapper = await frameOf(page.locator('iframe').nth(2));
  const sameOriginStranger = await frameOf(wrapper.locator('iframe'));
  expect(originOf(sameOriginStranger.url())).toBe(origin);
  // Every sender ends with a sentinel. Messages from one window arrive in the order sent, and the
  // loader's listener was added before this one: once the page has seen all four sentinels, the
  // loader has handled every forged message before them (no fixed wait needed).
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__sentinels', { value: seen });
    addEventListener('message', (event) => {
      const data = event.data as { type?: string; from?: string } | null;
      if (data?.type === 'test:sentinel') seen.push(data.from ?? '');
    });
  });
  const sentinel = (from: string) => ({ type: 'test:sentinel', from });
  await sameOriginStranger.evaluate((messages) => messages.forEach((m) => window.top?.postMessage(m, '*')), [...forged, sentinel('stranger')]);
  await wrapper.evaluate((messages) => messages.forEach((m) => window.top?.postMessage(m, '*')), [...forged, sentinel('wrapper')]);
  await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, '*')), [...forged, sentinel('host')]);
  // The real embeds, with heights no widget has.
  for (const height of [10, 49, 5001, 1e9, -300, Number.NaN, '900']) {
    await frameA.evaluate((h) => parent.postMessage({ type: 'petabit:height', id: 'x', height: h }, '*'), height);
  }
  await frameA.evaluate((m) => parent.postMessage(m, '*'), sentinel('embed'));
  await expect.poll(() => page.evaluate(() => [...(window as unknown as { __sentinels: string[] }).__sentinels].sort())).toEqual(['embed', 'host', 'stranger', 'wrapper']);
  expect(await heights()).toEqual(settled);

  // The same channel does work for a real embed's window with a sane height.
  await frameB.evaluate(() => parent.postMessage({ type: 'petabit:height', id: 'x', height: 777 }, '*'));
  await expect.poll(() => boxHeight(second)).toBe(777);
  expect(await boxHeight(first)).toBe(settled[0]);
});

test('WordPress: with #?secret=… the embed also answers in WordPress’s message shape', async ({ page, request, baseURL }) => {
  expect(ids.length).toBeGreaterThan(0);
  const origin = originOf(baseURL);
  const id = ids[0] ?? '';
  const secret = 'a1B2c3D4e5';
  // What WordPress does with an untrusted provider's oEmbed html: keep only src, width, height,
  // frameborder and title (styles go), sandbox it, and add a secret to the URL.
  const html = servedSnippet((await oembedFor(request, id)).html, origin)
    .replace(/ (style|loading)="[^"]*"/g, '')
    .replace(/ src="([^"]+)"/, ` src="$1#?secret=${secret}" data-secret="${secret}"`)
    .replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
  const wordpress = `${html}
<script>
  window.received = [];
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || !data.secret || !data.message) return;
    window.received.push(data);
    const frame = document.querySelector('iframe[data-secret="' + data.secret + '"]');
    if (frame && data.message === 'height') frame.height = Math.max(200, Math.min(1000, data.value));
  });
  document.querySelector('iframe').addEventListener('load', (event) => event.target.contentWindow.postMessage({ message: 'ready', secret: '${secret}' }, '*'));
</script>`;
  await openHostPage(page, request, wordpress);
  const iframe = page.locator('iframe');
  const frame = await frameOf(iframe);
  await expect.poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received.length)).toBeGreaterThan(1);
  const received = (await page.evaluate(() => (window as unknown as { received: { secret: string; message: string; value: number }[] }).received)) ?? [];
  for (const message of received) expect(message).toMatchObject({ secret, message: 'height' });
  const content = await contentHeight(frame);
  const expected = Math.max(200, Math.min(1000, Math.ceil(content)));
  await expect.poll(() => boxHeight(iframe)).toBeGreaterThanOrEqual(expected - 2);
  expect(Math.abs((await boxHeight(iframe)) - expected)).toBeLessThanOrEqual(2);
});
