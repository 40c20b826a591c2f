/**
 * Drives the fiber cross-section: the average per core per wavelength channel (worked out here
 * from the raw data, not with the widget's function), tap targets a finger can hit, the arrow
 * keys, Home and End, and the picture without JavaScript.
 */
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from '../support';
import factsJson from '../../../src/data/facts.json' with { type: 'json' };
import { download, watchExporter, expectPngOf, expectSvgTitled, numberIn, parseCsv, tableRows } from './downloads-support';

const raw = (id: string) => {
  const value = factsJson.find((f) => f.id === id)?.value;
  if (typeof value !== 'number') throw new Error(`fact ${id} missing`);
  return value;
};
const MCF_CORES = raw('record-cores');
const PREFIX_EXPONENT: Record<string, number> = { k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
/** "298 Gb/s" by hand: the unit's prefix into bit/s, then back down to the largest prefix below. */
function averageText(): RegExp {
  const record = factsJson.find((f) => f.id === 'record-rate')!;
  const [, prefix] = /^([kMGTPE])b\/s$/.exec(String(record.unit)) ?? [];
  const bitsPerSecond = (record.value as number) * 10 ** PREFIX_EXPONENT[prefix!]!;
  const perChannel = bitsPerSecond / (raw('record-cores') * raw('record-channels'));
  const [symbol, exponent] = Object.entries(PREFIX_EXPONENT).findLast(([, e]) => perChannel >= 10 ** e)!;
  const digits = Number((perChannel / 10 ** exponent).toPrecision(3));
  return new RegExp(`^${String(digits).replace('.', '\\.')}\\s${symbol}b/s$`);
}
const perChannelText = averageText();

const widget = (page: Page) => page.locator('[data-widget="fiber-cross-section"]');
/** Opens the widget's gallery page and waits until the widget and its embed button have hydrated. */
async function open(page: Page, query = '') {
  await page.goto(`/widgets/fiber-cross-section/${query}`);
  return hydrated(widget(page));
}

test('the average per core per wavelength channel is the record ÷ (cores × channels), ≈298 Gb/s, said to be an average', async ({ page }) => {
  expect(perChannelText.source).toContain('298');
  const w = await open(page);
  await expect(w.locator('[data-value="per-channel"]')).toHaveText(perChannelText);
  await expect(w.locator('.headline')).toContainText(`${raw('record-channels')} wavelength channels`);
  await expect(w.locator('.headline')).toContainText('On average');
  await expect(w.locator('[data-leak]')).toContainText('not a rate measured in one core');
  await w.getByText('Show the arithmetic').click();
  await expect(w.locator('.arithmetic')).toContainText(`${MCF_CORES} × ${raw('record-channels')} = ${(MCF_CORES * raw('record-channels')).toLocaleString('en')}`);
});

for (const width of [320, 375, 1280]) {
  test(`at ${width} px every core's tap target is at least 44 × 44 px and hits its own core`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const w = await open(page);
    const radios = w.locator('[role="radio"]');
    await expect(radios).toHaveCount(MCF_CORES);
    await w.getByRole('radiogroup').scrollIntoViewIfNeeded(); // elementFromPoint only sees the viewport
    for (let n = 1; n <= MCF_CORES; n += 1) {
      const box = await w.locator(`[role="radio"][data-core="${n}"]`).boundingBox();
      expect(box, `core ${n}`).not.toBeNull();
      expect(box!.width, `core ${n}`).toBeGreaterThanOrEqual(44);
      expect(box!.height, `core ${n}`).toBeGreaterThanOrEqual(44);
      // The centre of the target, and a point 20 px off it, belong to this core and no other.
      for (const [dx, dy] of [
        [0, 0],
        [20, 0],
        [0, -20],
      ] as const) {
        const point = { x: box!.x + box!.width / 2 + dx, y: box!.y + box!.height / 2 + dy };
        const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-core'), point);
        expect(hit, `core ${n} at ${dx},${dy}`).toBe(String(n));
      }
    }
  });
}

test('keyboard: arrow keys, Home and End move the selected core; the text follows', async ({ page }) => {
  const w = await open(page);
  const core = (n: number) => w.locator(`[role="radio"][data-core="${n}"]`);
  await core(1).focus();
  await expect(core(1)).toHaveAttribute('aria-checked', 'true');
  await expect(w.locator('.headline')).toContainText('core 1 (centre)');
  await expect(w.locator('[data-leak]')).toContainText('the 6 cores next to it');
  await expect(w.locator('[data-value="per-channel"]')).toHaveText(perChannelText);

  await page.keyboard.press('ArrowRight');
  await expect(core(2)).toHaveAttribute('aria-checked', 'true');
  await expect(core(2)).toBeFocused();
  await expect(core(1)).toHaveAttribute('tabindex', '-1');
  await expect(w.locator('.headline')).toContainText('core 2 (inner ring)');

  await page.keyboard.press('End');
  await expect(core(MCF_CORES)).toBeFocused();
  await expect(w.locator('.headline')).toContainText(`core ${MCF_CORES} (outer ring)`);
  await page.keyboard.press('ArrowRight'); // wraps round to the centre
  await expect(core(1)).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(core(MCF_CORES)).toHaveAttribute('aria-checked', 'true');
  await expect(page).toHaveURL(new RegExp(`fx\\.core=${MCF_CORES}`));

  // Tab leaves the group in one step (roving tabindex).
  await page.keyboard.press('Tab');
  await expect(w.locator('[role="radio"]:focus')).toHaveCount(0);

  await page.reload();
  const again = widget(page);
  await again.scrollIntoViewIfNeeded();
  await expect(again.locator(`[role="radio"][data-core="${MCF_CORES}"]`)).toHaveAttribute('aria-checked', 'true');
});

test('tap or click selects a core', async ({ page }) => {
  const w = await open(page);
  await w.locator('[role="radio"][data-core="8"]').click();
  await expect(w.locator('[role="radio"][data-core="8"]')).toHaveAttribute('aria-checked', 'true');
  await expect(w.locator('.headline')).toContainText('core 8 (outer ring)');
  // Core 8 is an outer corner of the hexagon (two pitches straight up): three neighbours glow.
  await expect(w.locator('[data-leak]')).toContainText('the 3 cores next to it');
  await expect(w.locator('.core.near')).toHaveCount(3);
});

test('an impossible core in the URL falls back with a notice', async ({ page }) => {
  const w = await open(page, '?fx.core=20');
  await expect(w.getByRole('status')).toContainText('fx.core');
  await expect(w.locator('[role="radio"][data-core="1"]')).toHaveAttribute('aria-checked', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the picture with its description, the cores and the average per channel', async ({ page }) => {
    await page.goto('/widgets/fiber-cross-section/');
    const w = widget(page);
    await expect(w.getByRole('img', { name: /same scale/ })).toBeVisible();
    await expect(w.getByRole('radio')).toHaveCount(MCF_CORES);
    await expect(w.locator('[data-value="per-channel"]')).toHaveText(perChannelText);
    await expect(w.locator('figcaption')).toContainText('70 µm');
  });
});

// ── Downloads ─────────────────────────────────────────────────────────────────────────────
for (const [where, path, scope] of [
  ['widget page', '/widgets/fiber-cross-section/', widget],
  ['embed, folded under a summary', '/embed/fiber-cross-section/?core=7', (page: Page) => page.locator('body')],
] as const) {
  test(`downloads (${where}): the picture as a 2× PNG and as SVG, its sizes as CSV`, async ({ page }) => {
    const exporterLoaded = watchExporter(page);
    await page.goto(path);
    const w = await hydrated(scope(page));
    const fold = w.locator('details', { has: page.locator('[data-downloads]') });
    if ((await fold.count()) > 0) {
      await expect(w.getByRole('button', { name: 'Download PNG' })).toBeHidden();
      await fold.locator('summary').click();
    }
    const picture = w.getByRole('img', { name: /same scale/ });
    const title = 'Inside the record’s multicore fiber, at true scale';

    expect(exporterLoaded(), 'the export code waits for the first press').toBe(false);
    const png = await download(page, w, 'Download PNG');
    expect(exporterLoaded(), 'and loads on it').toBe(true);
    expect(png.fileName).toBe('petabit-fiber-cross-section.png');
    await expectPngOf(page, png.bytes, picture);

    const svg = await download(page, w, 'Download SVG');
    expect(svg.fileName).toBe('petabit-fiber-cross-section.svg');
    await expectSvgTitled(page, svg.bytes, title);
    // Standalone: the drawing's colours are written onto it, not left to the site's stylesheet.
    expect(svg.bytes.toString('utf8')).not.toMatch(/class="|var\(--/);

    const csv = await download(page, w, 'Download CSV');
    expect(csv.fileName).toBe('petabit-fiber-cross-section.csv');
    const [header, ...rows] = parseCsv(csv.bytes);
    const sizes = { name: /sizes the picture is drawn from/, includeHidden: true };
    const table = w.getByRole('table', sizes);
    // On the widget page the table folds under a summary of its own: open it as a reader would.
    const tableFold = w.locator('details:not([open])', { has: page.getByRole('table', sizes) });
    if ((await tableFold.count()) > 0) await tableFold.locator('summary').click();
    await expect(table).toBeVisible();
    expect(header).toEqual(await table.locator('thead th').allInnerTexts());
    expect(header).toContain('Diameter (µm)');
    const shown = await tableRows(table);
    expect(rows.map(([name]) => name)).toEqual(shown.map(([name]) => name));
    rows.forEach(([, diameter, cores], i) => {
      expect(Number(diameter)).toBe(numberIn(shown[i]![1]!));
      expect(cores).toBe(shown[i]![2]);
    });
    // The sizes are the data's: the hair and both claddings, in µm.
    expect(rows.map(([, diameter]) => Number(diameter))).toEqual(expect.arrayContaining([raw('human-hair-diameter'), raw('standard-cladding-diameter')]));
  });
}
