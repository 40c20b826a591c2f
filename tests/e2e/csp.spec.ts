/**
 * Content Security Policy in a real browser: the policy is really enforced, the served headers
 * are right, and the framing rules from the built _headers file hold: pages can be framed only by this
 * site, embeds by anyone. That every page (sitemap pages, built embeds, the 404 page) runs with
 * no CSP violation under both the <meta> policy and the served header, with the inline theme
 * bootstrap running, is checked in pages.spec.ts, in the one visit that checks everything else
 * on the page. scripts/check-dist.mjs checks the same files statically.
 */
import { createServer, type Server } from 'node:http';
import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { test, expect, type Page } from '@playwright/test';
import { embedPaths, watchCsp, readCspViolations } from './support';

const embeds = embedPaths();
// Headers for /embed/* apply to any path below it, so a missing embed page still shows them.
const embedPath = embeds[0] ?? '/embed/no-embed-built-yet/';
/** One embed of each other edition (the Japanese ones live under /ja/embed/). */
const editionEmbeds = embeds.filter((path) => !path.startsWith('/embed/')).filter((path, i, all) => all.findIndex((p) => p.split('/')[1] === path.split('/')[1]) === i);

test('an injected inline script is blocked (the policy is really enforced)', async ({ page }) => {
  const watch = await watchCsp(page);
  await page.goto('/');
  // An inline script runs as soon as it is inserted, so `ran` is known right after append;
  // the violation report arrives as an event a moment later.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await readCspViolations(page, watch)).join('\n')).toMatch(/script-src/);
});

test('served headers: pages frame-ancestors self, embeds any, hashed assets immutable', async ({ request }) => {
  const home = await request.get('/');
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(home.headers()['content-security-policy']).not.toContain('frame-ancestors *');
  expect(home.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect(home.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');

  const embed = await request.get(embedPath);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['content-security-policy']).not.toContain("frame-ancestors 'self'");

  // Any built asset will do (the home page may inline all its CSS and load no script).
  const asset = readdirSync('dist/_astro').find((name) => /\.(?:css|js)$/.test(name));
  expect(asset, 'dist/_astro holds a script or stylesheet').toBeDefined();
  const assetResponse = await request.get(`/_astro/${asset}`);
  expect(assetResponse.status()).toBe(200);
  expect(assetResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

/**
 * A host page on another origin (127.0.0.1 on a random port; the site runs on localhost) that
 * frames the URL given in its query. It is a real loopback server, not a routed fake: Chromium's
 * local-network-access checks block a fake public origin from framing localhost at all.
 */
let host: Server;
let hostOrigin = '';
test.beforeAll(async () => {
  host = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('frame') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>host</title><iframe title="probe" src="${target.replace(/"/g, '&quot;')}"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Frames `path` from the other-origin host page; true when the browser displayed it. */
async function framedFromAnotherOrigin(page: Page, baseURL: string, path: string): Promise<boolean> {
  const target = new URL(path, baseURL).href;
  await page.goto(`${hostOrigin}/?frame=${encodeURIComponent(target)}`);
  const iframe = page.locator('iframe');
  await iframe.waitFor();
  await page.waitForLoadState('load');
  const frame = await (await iframe.elementHandle())?.contentFrame();
  // A frame refused by frame-ancestors / X-Frame-Options shows Chromium's error page instead.
  return frame?.url() === target;
}

test('another site cannot frame a page', async ({ page, baseURL }) => {
  expect(await framedFromAnotherOrigin(page, baseURL ?? '', '/')).toBe(false);
});

// Until an embed page is built this frames the 404 page served under /embed/, which carries the
// same /embed/* headers.
test('another site can frame an embed, in every edition', async ({ page, baseURL }) => {
  for (const path of [embedPath, ...editionEmbeds]) expect(await framedFromAnotherOrigin(page, baseURL ?? '', path), path).toBe(true);
});

test('another site cannot frame a page of another edition', async ({ page, baseURL }) => {
  for (const path of editionEmbeds.map((p) => `/${p.split('/')[1]}/`)) expect(await framedFromAnotherOrigin(page, baseURL ?? '', path), path).toBe(false);
});
