// Screenshots for looking at the site as a reader would: each path in light and dark at
// 1280 px, at a 375 px phone width, and in print media. Writes PNGs to test-results/screens/.
// Usage: npm run screenshots -- / /articles/the-record/   (serves dist/ on port 4399)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const port = Number(process.env.SHOT_PORT ?? 4399);
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
// The server compresses every file before it listens: wait until it answers.
for (let tries = 0; ; tries++) {
  try {
    await fetch(`http://localhost:${port}/`);
    break;
  } catch {
    if (tries > 120) throw new Error('the static server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
}
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const variants = [
    { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
    { name: 'phone', viewport: { width: 375, height: 800 }, colorScheme: 'light' },
    { name: 'print', viewport: { width: 800, height: 1100 }, colorScheme: 'light', media: 'print' },
  ];
  for (const path of paths) {
    for (const v of variants) {
      const page = await browser.newPage({ viewport: v.viewport, colorScheme: v.colorScheme });
      if (v.media) await page.emulateMedia({ media: v.media });
      await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 50));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForTimeout(300);
      const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${v.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
