/**
 * Worksheets a teacher hands out: printed with the computer in dark mode they are still dark
 * text on white; the student sheet carries no answer-key link and no build notes; the sheet ends
 * with its address, a QR code for it and the licence, and the page margins number the pages;
 * lesson 1's sheet has the prefix ladder. One page visit per group of checks.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const SHEET = '/classroom/worksheets/how-big-is-a-petabit/';
const OUT = 'test-results/worksheet-print';

/** Every visible text element's colour and the background behind it, as rendered. */
async function textContrasts(page: Page) {
  return page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    // The first ancestor with an opaque background paints behind the text; none means the canvas,
    // whose colour follows the root's color-scheme.
    const backgroundOf = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const parts = rgb(getComputedStyle(node).backgroundColor);
        if (parts.length === 3 || (parts[3] ?? 0) > 0.99) return parts.slice(0, 3);
      }
      return getComputedStyle(document.documentElement).colorScheme.includes('dark') ? [0, 0, 0] : [255, 255, 255];
    };
    const texts = [...document.querySelectorAll('main h1, main h2, main p, main li, main th, main td, main dt, main dd, main blockquote')].filter(
      (el) => (el as HTMLElement).offsetParent !== null && (el.textContent ?? '').trim() !== '',
    );
    return texts.map((el) => {
      const fg = luminance(rgb(getComputedStyle(el).color));
      const bg = luminance(backgroundOf(el));
      return { text: (el.textContent ?? '').trim().slice(0, 40), fg, bg, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
    });
  });
}

test('printed in dark mode, a worksheet is dark text on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(SHEET);
  // On screen the dark theme is really on (else the check below proves nothing).
  const screen = await textContrasts(page);
  expect(screen.find((t) => t.text !== '')?.bg ?? 1, 'dark background on screen').toBeLessThan(0.1);

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const how of ['system dark', 'theme toggle set to dark']) {
    if (how !== 'system dark') await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    const printed = await textContrasts(page);
    expect(printed.length, how).toBeGreaterThan(20);
    for (const t of printed) {
      expect(t.bg, `${how}: white behind "${t.text}"`).toBeGreaterThan(0.95);
      expect(t.ratio, `${how}: contrast of "${t.text}"`).toBeGreaterThanOrEqual(7);
    }
  }
});

test('the student sheet has no answer key or build notes, and ends with its address, QR code and licence', async ({ page }) => {
  await page.goto(SHEET);
  await expect(page.locator('a[href*="/answers/"]')).toHaveCount(0);
  await expect(page.locator('.sheet-notes')).toHaveCount(0);
  await expect(page.getByText(/worked out from the site’s data/)).toHaveCount(0);

  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  expect(new URL(canonical).pathname).toBe(SHEET);
  // The printed address is the canonical one, or its path alone when the build has no public
  // origin (SITE_URL unset: a reader never sees a development host).
  const shown = canonical.startsWith('http://localhost') ? SHEET : canonical;
  const online = page.locator('.sheet-online');
  await expect(online.locator('.url')).toHaveText(shown);
  await expect(online).toContainText('CC BY 4.0');
  const qr = online.getByRole('img', { name: `QR code for ${shown}` });
  await expect(qr).toBeVisible();
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);

  // Decode the code as a phone would, when a decoder is installed (Debian: zbar-tools).
  let decoder = true;
  try {
    execFileSync('zbarimg', ['--version'], { stdio: 'ignore' });
  } catch {
    decoder = false;
  }
  test.info().annotations.push({ type: 'qr', description: decoder ? 'decoded with zbarimg' : 'zbarimg not installed: QR not decoded' });
  if (decoder) {
    mkdirSync(OUT, { recursive: true });
    // At 6rem a module is under 3 px; a phone camera sees it far larger. Enlarge it to read it.
    await qr.evaluate((svg) => svg.setAttribute('style', 'width: 400px; height: 400px'));
    writeFileSync(`${OUT}/qr.png`, await qr.screenshot());
    await qr.evaluate((svg) => svg.removeAttribute('style'));
    expect(execFileSync('zbarimg', ['--raw', '-q', `${OUT}/qr.png`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()).toBe(canonical);
  }

  await test.step('the prefix ladder, kilo to exa, with its powers of ten', async () => {
    const rows = page
      .getByRole('table')
      .filter({ has: page.getByRole('columnheader', { name: 'Power of ten' }) })
      .locator('tbody tr');
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(cells).toEqual([
      ['exa', 'E', '1018', '1,000,000,000,000,000,000'],
      ['peta', 'P', '1015', '1,000,000,000,000,000'],
      ['tera', 'T', '1012', '1,000,000,000,000'],
      ['giga', 'G', '109', '1,000,000,000'],
      ['mega', 'M', '106', '1,000,000'],
      ['kilo', 'k', '103', '1,000'],
    ]);
  });

  await test.step('printed: page numbers and the address in the margins, on A4', async () => {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const pdf = await page.pdf({ format: 'A4' });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/how-big-is-a-petabit.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    // The margin boxes read these from <html>; the words are the dictionary's.
    const vars = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [style.getPropertyValue('--print-page-of'), style.getPropertyValue('--print-footer')];
    });
    expect(vars[0]).toMatch(/^"Page " counter\(page\) " of " counter\(pages\)$/);
    expect(vars[1]).toBe(`"${shown} · Text and data CC BY 4.0 · code MIT"`);
  });
});

test('answer keys are linked from the teacher guide', async ({ page }) => {
  await page.goto('/classroom/');
  const keys = await page.locator('a[href$="/answers/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(keys).toContain(`${SHEET}answers/`);
  expect(keys.length).toBeGreaterThanOrEqual(3);
});
