/**
 * What the embed specs share: the widget ids with an embed page, the journalist's host origin,
 * and helpers that open a host page, find an embed's frame and
 * check that a frame is sized to its content.
 */
import { test, expect, type APIRequestContext, type Frame, type Locator, type Page } from '@playwright/test';
import { embedPaths } from './support';

// The English embeds: one per widget (each edition has the same widgets).
export const ids = embedPaths()
  .filter((path) => path.startsWith('/embed/'))
  .map((path) => path.split('/')[2] ?? '');
export const HOST = `http://127.0.0.1:${process.env['E2E_HOST_PORT'] ?? ''}`;
export const PHONE = { width: 375, height: 740 };

export interface Oembed {
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

export const originOf = (url: string | undefined) => new URL(url ?? '').origin;

/** The snippet as the built site wrote it, pointed at the origin the tests serve it on. */
export function servedSnippet(snippet: string, servedOrigin: string): string {
  const src = /src="([^"]+)"/.exec(snippet)?.[1];
  if (!src) throw new Error(`No src in snippet: ${snippet}`);
  return snippet.replaceAll(originOf(src.replaceAll('&amp;', '&')), servedOrigin);
}

export async function oembedFor(request: APIRequestContext, id: string): Promise<Oembed> {
  const response = await request.get(`/oembed/${id}.json`);
  expect(response.status(), `/oembed/${id}.json`).toBe(200);
  return (await response.json()) as Oembed;
}

/** Stores a host page on the other origin and opens it. */
export async function openHostPage(page: Page, request: APIRequestContext, body: string): Promise<void> {
  const name = `/story-${test.info().testId}-${Date.now()}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A news story</title><link rel="icon" href="data:,"><style>body{margin:0 16px;font:18px/1.5 Georgia,serif}</style></head><body><h1>A news story</h1><p>Opening paragraph.</p>${body}<p>Closing paragraph.</p></body></html>`;
  const stored = await request.put(`${HOST}${name}`, { data: html, headers: { 'Content-Type': 'text/html' } });
  expect(stored.status()).toBe(204);
  await page.goto(`${HOST}${name}`);
}

export async function frameOf(iframe: Locator): Promise<Frame> {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

export const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
export const boxHeight = (iframe: Locator) => iframe.evaluate((element) => element.getBoundingClientRect().height);

export async function expectFitted(iframe: Locator, frame: Frame): Promise<void> {
  await expect.poll(async () => Math.abs((await boxHeight(iframe)) - (await contentHeight(frame))), { message: 'iframe height vs content height' }).toBeLessThanOrEqual(2);
}

/** A generic interaction that changes the content height: open the first closed disclosure
 * ("Show the arithmetic"), or, in a widget that shows everything already, pick another option
 * whose result is taller or shorter. */
export async function changeHeight(frame: Frame): Promise<void> {
  // Index, not a :not([open]) locator: that would re-resolve to the next closed one once opened.
  const closed = await frame.locator('details').evaluateAll((list) => list.findIndex((d) => !(d as HTMLDetailsElement).open && d.querySelector(':scope > summary')));
  if (closed >= 0) {
    const details = frame.locator('details').nth(closed);
    await details.locator(':scope > summary').click();
    await expect(details).toHaveJSProperty('open', true);
    return;
  }
  // Options can give results of the same height (two claims of two lines each): try them in
  // turn until the content's height changes.
  const select = frame.locator('select').first();
  const options = await select.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
  const current = await select.inputValue();
  const start = await contentHeight(frame);
  for (const value of options.filter((option) => option !== current)) {
    await select.selectOption(value);
    const changed = await expect
      .poll(async () => Math.abs((await contentHeight(frame)) - start), { timeout: 2_000 })
      .toBeGreaterThan(10)
      .then(() => true)
      .catch(() => false);
    if (changed) return;
  }
  throw new Error('no option of the first select changes the content height');
}

export const summaryOf = (scope: Page | Frame | Locator) => scope.locator('[data-summary]').first().textContent();
