/**
 * Our widgets in a real WordPress (Debian's package, default theme), pasted as a journalist
 * would: URLs on their own lines (classic editor) and embed blocks (block editor). WordPress
 * turns them into sandboxed frames from our oEmbed documents and sizes them with wp-embed.js,
 * clamping heights to 200–1,000 px. At a laptop and a phone width, each frame must fit its
 * content within 40 px and never cut it, the widget must respond, a credit link must open our
 * page, and nothing may log an error. Set up by scripts/test-wordpress.mjs.
 */
import { test, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { reachFor } from '../e2e/support';

const posts = JSON.parse(process.env['WP_POSTS'] ?? '{}') as Record<string, string>;
const siteOrigin = process.env['WP_SITE_ORIGIN'] ?? '';
const WIDTHS = [1280, 375] as const;

async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** Console errors on the post and in every frame. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // WordPress's default theme sets no site icon, so the browser's own /favicon.ico request to
    // WordPress fails: the host's business, not ours. Every other error counts.
    const where = message.location().url;
    if (message.type() === 'error' && !where.endsWith('/favicon.ico')) errors.push(`${where}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('the harness created the posts', () => {
  expect(Object.keys(posts).sort(), 'WP_POSTS from scripts/test-wordpress.mjs').toEqual(['block', 'classic']);
});

for (const [kind, url] of Object.entries(posts)) {
  for (const width of WIDTHS) {
    test(`${kind} post at ${width} px: every frame fits its content, responds, and its credit link opens our page`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const errors = watchErrors(page);
      await page.goto(url);
      const iframes = page.locator('iframe.wp-embedded-content');
      const count = await iframes.count();
      expect(count, 'WordPress turned every pasted URL into an embed').toBeGreaterThan(0);
      // WordPress shows a fallback blockquote until the frame's first height message.
      await expect(page.locator('blockquote.wp-embedded-content:visible'), 'fallbacks hidden once the frames spoke').toHaveCount(0);

      for (let i = 0; i < count; i++) {
        const iframe = iframes.nth(i);
        await iframe.scrollIntoViewIfNeeded();
        const frame = await frameOf(iframe);
        const src = (await iframe.getAttribute('src')) ?? '';
        // Soft checks: one run reports every widget that does not fit, with its heights. The
        // records chart hydrates when the reader reaches for it.
        await reachFor(frame);
        await expect(frame.locator('astro-island[ssr]'), `${src}: the widget hydrated in the sandbox`).toHaveCount(0);
        // wp-embed.js removes the hiding style when the frame's first message arrives.
        await expect(iframe, `${src}: WordPress heard the frame`).not.toHaveAttribute('style', /clip/);
        await expect.poll(() => iframe.getAttribute('height'), { message: `${src}: WordPress set a height` }).not.toBeNull();
        const heights = () =>
          Promise.all([iframe.evaluate((element) => element.getBoundingClientRect().height), frame.evaluate(() => document.documentElement.getBoundingClientRect().height)]);
        // Give the resize a moment to land, then record what the reader sees.
        await expect
          .poll(
            async () => {
              const [box, content] = await heights();
              return Math.abs(box - content) <= 40 || content > 1000;
            },
            { timeout: 10_000 },
          )
          .toBe(true)
          .catch(() => undefined);
        const [box, content] = await heights();
        console.log(`${kind} ${width}px ${new URL(src).pathname}: frame ${Math.round(box)} px, content ${Math.round(content)} px`);
        expect.soft(content, `${src}: content fits WordPress's 1,000 px limit`).toBeLessThanOrEqual(1000);
        expect.soft(content - box, `${src}: never cut (content ${content} px in a ${box} px frame)`).toBeLessThanOrEqual(1);
        expect.soft(Math.abs(box - content), `${src}: frame ${box} px around ${content} px of content`).toBeLessThanOrEqual(40);
      }

      await test.step('a widget responds to the reader', async () => {
        const frame = await frameOf(iframes.first());
        const before = await frame.locator('main').innerText();
        // Open the first closed disclosure ("Show the arithmetic"), or pick another option. By
        // keyboard, as a reader tabbing through the story would: a mouse click right after the
        // scroll back to the first frame was lost in 2 of 16 and 2 of 40 runs (no click event
        // reached the post or the sandboxed frame: the browser's hit test of the out-of-process
        // frame lagged the scroll, we think), and a key press goes to the focused element without
        // any hit test.
        const closed = frame.locator('details:not([open]) > summary').first();
        if ((await closed.count()) > 0) await closed.press('Enter');
        else {
          const select = frame.locator('select').first();
          const values = await select.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
          const current = await select.inputValue();
          await select.selectOption(values.find((value) => value !== current) ?? current);
        }
        await expect.poll(() => frame.locator('main').innerText()).not.toBe(before);
      });

      await test.step('the credit link opens our article in the top window', async () => {
        const frame = await frameOf(iframes.first());
        const credit = frame.locator('.attribution a').first();
        const href = (await credit.getAttribute('href')) ?? '';
        expect(new URL(href).origin).toBe(siteOrigin);
        await credit.press('Enter'); // by keyboard, for the reason above
        await expect(page).toHaveURL(href);
      });

      expect(errors, 'console errors').toEqual([]);
    });
  }
}
