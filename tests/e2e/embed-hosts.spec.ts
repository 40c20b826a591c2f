/**
 * Several embeds on one journalist's page: each sizes itself, forged height messages change
 * nothing, and WordPress's message shape is answered when WordPress asks for it. The per-widget
 * embed checks are in embeds.spec.ts.
 */
import { test, expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { hydrated } from './support';
import { ids, HOST, originOf, servedSnippet, oembedFor, openHostPage, frameOf, contentHeight, boxHeight, expectFitted, changeHeight } from './embed-support';

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
