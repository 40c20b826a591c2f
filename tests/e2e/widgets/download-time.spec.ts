/** Drives the download-time widget as a reader would, by keyboard, on the gallery page. */
import { test, expect, type Page } from '@playwright/test';
import { CUSTOM, MAX_PAYLOADS, downloadTimes } from '../../../src/components/widgets/download-time/core';
import { DOWNLOAD_TIME_OPTIONS, LINK_CHOICES, PAYLOAD_CHOICES, RECORD_LINK, downloadTimeCodec } from '../../../src/components/widgets/download-time/options';
import { formatDuration } from '../../../src/lib/format';
import { expectNoAxeViolations, hydrated } from '../support';
import payloadsJson from '../../../src/data/payloads.json' with { type: 'json' };
import linksJson from '../../../src/data/links.json' with { type: 'json' };
import { ZERO_RUN, expectEachMistakeItsOwnMessage, fuzzedSpeeds } from './forgiving-inputs';
import { download, watchExporter, expectPngOf, numberIn, parseCsv, tableRows } from './downloads-support';

const widget = (page: Page) => page.locator('[data-widget="download-time"]');

const cell = (page: Page, payloadId: string, linkId: string) => widget(page).locator(`[data-value="time-${payloadId}-${linkId}"]`);
/** The time the table should show, from the lib and the data. */
function expectedTime(payloadId: string, linkId: string, customBytes = 1, customBps = 1): string {
  const { cells } = downloadTimes({ p: [payloadId], l: [linkId] }, customBytes, customBps, DOWNLOAD_TIME_OPTIONS);
  return formatDuration(cells[0]!.seconds, 'en');
}

test('keyboard: tick payloads and lines, type a size, see bad input flagged, state survives reload', async ({ page }) => {
  await page.goto('/widgets/download-time/');
  const w = await hydrated(widget(page));
  await expect(w.locator('canvas')).toBeVisible(); // hydrated: the chart replaces nothing, it joins the table

  // Open "What to send" with the keyboard and tick FineWeb.
  const payloadsSummary = w.locator('summary', { hasText: 'What to send' });
  await payloadsSummary.focus();
  await page.keyboard.press('Enter');
  const fineweb = w.getByRole('checkbox', { name: /FineWeb/ });
  await fineweb.focus();
  await page.keyboard.press('Space');
  await expect(fineweb).toBeChecked();
  await expect(cell(page, 'fineweb', RECORD_LINK.id)).toHaveText(expectedTime('fineweb', RECORD_LINK.id));
  await expect(cell(page, 'fineweb', 'nuro-10g')).toHaveText(expectedTime('fineweb', 'nuro-10g'));

  // A size of my own.
  const custom = w.getByRole('checkbox', { name: 'A size I type' });
  await custom.focus();
  await page.keyboard.press('Space');
  const size = w.locator('#dt-size');
  await size.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2 TB');
  await expect(cell(page, CUSTOM, RECORD_LINK.id)).toHaveText(expectedTime(CUSTOM, RECORD_LINK.id, 2e12));

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('lots');
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  await expect(w.getByText(/start with a number/i)).toBeVisible();
  await expect(cell(page, CUSTOM, RECORD_LINK.id)).toHaveText(expectedTime(CUSTOM, RECORD_LINK.id, 2e12)); // last valid kept

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('750 GB');
  await expect(page).toHaveURL(/dt\.size=750(\+|%20)GB/);
  await expect(page).toHaveURL(/dt\.p=[^&]*fineweb/);
  await page.reload();
  await hydrated(widget(page));
  await expect(cell(page, CUSTOM, RECORD_LINK.id)).toHaveText(expectedTime(CUSTOM, RECORD_LINK.id, 750e9));
  await expect(cell(page, 'fineweb', 'nuro-10g')).toHaveText(expectedTime('fineweb', 'nuro-10g'));
});

test('keyboard: at most six payloads, at least one line', async ({ page }) => {
  await page.goto('/widgets/download-time/');
  const w = await hydrated(widget(page));
  await expect(w.locator('canvas')).toBeVisible();
  await w.locator('summary', { hasText: 'What to send' }).focus();
  await page.keyboard.press('Enter');
  const unticked = PAYLOAD_CHOICES.filter((p) => !downloadTimeCodec.defaults.p.includes(p.id));
  for (const choice of unticked.slice(0, MAX_PAYLOADS - downloadTimeCodec.defaults.p.length)) {
    await w.getByRole('checkbox', { name: choice.label }).focus();
    await page.keyboard.press('Space');
  }
  const seventh = w.getByRole('checkbox', { name: unticked[MAX_PAYLOADS - downloadTimeCodec.defaults.p.length]!.label });
  await seventh.focus();
  await page.keyboard.press('Space');
  await expect(seventh).not.toBeChecked();
  // The reason shows right under the refused box, and the box is described by it.
  const note = seventh.locator('xpath=ancestor::label/following-sibling::p[1]');
  await expect(note).toHaveClass(/limit/);
  await expect(note).toContainText('Up to 6 at once');
  await expect(seventh).toHaveAccessibleDescription(/Up to 6 at once/);
  await expect(w.locator('tbody tr.group')).toHaveCount(MAX_PAYLOADS);

  await w.locator('summary', { hasText: 'Over which line' }).focus();
  await page.keyboard.press('Enter');
  for (const id of downloadTimeCodec.defaults.l.filter((id) => id !== RECORD_LINK.id)) {
    await w.getByRole('checkbox', { name: LINK_CHOICES.find((l) => l.id === id)!.label }).focus();
    await page.keyboard.press('Space');
  }
  const record = w.getByRole('checkbox', { name: RECORD_LINK.label });
  await record.focus();
  await page.keyboard.press('Space');
  await expect(record).toBeChecked();
  await expect(w.locator('p.limit', { hasText: 'Keep at least one ticked.' })).toBeVisible();
});

test('a shared link restores payloads, lines and a typed speed; the arithmetic follows the chosen pair', async ({ page }) => {
  await page.goto('/widgets/download-time/?dt.p=wikipedia-en-viral,film-8k-2h&dt.l=marea,custom&dt.speed=40+Tb%2Fs&dt.ap=film-8k-2h&dt.al=marea');
  const w = await hydrated(widget(page));
  await expect(cell(page, 'film-8k-2h', 'marea')).toHaveText(expectedTime('film-8k-2h', 'marea'));
  await expect(cell(page, 'wikipedia-en-viral', CUSTOM)).toHaveText(expectedTime('wikipedia-en-viral', CUSTOM, 1, 40e12));
  // The viral figure is labelled, with its caveat.
  await expect(w.locator('.caveat')).toContainText('No source found gives 100 GB');
  await expect(w.getByLabel('Arithmetic for')).toHaveValue('film-8k-2h|marea');
  await w.getByText('Show the arithmetic').focus();
  await page.keyboard.press('Enter');
  await expect(w.locator('.arithmetic li').last()).toContainText(`= ${expectedTime('film-8k-2h', 'marea')}`);
});

test('invalid URL parameters fall back to defaults with a notice', async ({ page }) => {
  await page.goto(`/widgets/download-time/?dt.p=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}&dt.l=${PAYLOAD_CHOICES.map(() => 'marea').join(',')},x`);
  const w = await hydrated(widget(page));
  await expect(w.getByRole('status')).toContainText('dt.p');
  await expect(w.getByRole('status')).toContainText('dt.l');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(cell(page, 'netflix-library-press', RECORD_LINK.id)).toHaveText(expectedTime('netflix-library-press', RECORD_LINK.id));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the default table', async ({ page }) => {
    await page.goto('/widgets/download-time/');
    const { p, l } = downloadTimeCodec.defaults;
    for (const payloadId of p) for (const linkId of l) await expect(cell(page, payloadId, linkId)).toHaveText(expectedTime(payloadId, linkId));
  });
});

test('with its pickers, custom fields, arithmetic and chart table open, the widget passes axe in light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/widgets/download-time/?dt.p=netflix-library-press,custom&dt.l=record-2025,custom&dt.size=lots');
  const w = await hydrated(widget(page));
  for (const summary of await w.locator('summary').all()) await summary.click();
  await w.getByRole('button', { name: 'Show as table' }).click();
  await expect(w.getByLabel('Your size')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, '/widgets/ download-time opened (light)');
  // The same opened widget in the dark theme: the page follows prefers-color-scheme live.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, '/widgets/ download-time opened (dark)');
});

// ── The chart ─────────────────────────────────────────────────────────────────────────────
// Expectations from the data files, by hand: bytes × 8 ÷ (bits per second), names as written.
const PREFIX: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const bytesOf = ({ value, unit }: { value: number; unit: string }) => value * (PREFIX[unit[0]!] ?? 1);
const bitsPerSecondOf = ({ value, unit }: { value: number; unit: string }) => value * (PREFIX[unit[0]!] ?? 1);
/** The bars a reader should see, in table order (payload-major), for payloads that have a size. */
function expectedBars(payloadIds: string[], linkIds: string[]) {
  return payloadIds.flatMap((p) => {
    const payload = payloadsJson.find((x) => x.id === p)!;
    return linkIds.map((l) => {
      const link = linksJson.find((x) => x.id === l)!;
      const seconds = (bytesOf(payload.size!) * 8) / bitsPerSecondOf(link.rate);
      return { label: `${payload.label} · ${link.label}`, tableLabel: `${payload.label} over ${link.label}`, seconds };
    });
  });
}
/** Written by the bar-labels plugin on each draw: what it drew, where. */
interface DrawnBars {
  bars: { lines: string[]; value: string; startPx: number; endPx: number; valueLeftPx: number; valueRightPx: number; topPx: number; bottomPx: number }[];
  axis: { min: number; max: number; leftPx: number; rightPx: number; ticks: string[] };
}
async function drawnBars(page: Page): Promise<DrawnBars> {
  const canvas = widget(page).locator('canvas');
  await expect(canvas).toHaveAttribute('data-drawn', /bars/);
  return JSON.parse((await canvas.getAttribute('data-drawn'))!) as DrawnBars;
}
/** The axis may only tick at these (the list, and its extensions a thousandfold down, a hundredfold up). */
const HUMAN_TICKS = ['1 ns', '1 μs', '1 ms', '1 s', '1 minute', '1 hour', '1 day', '1 year', '100 years', '10,000 years', '1 million years'];

for (const [name, query, payloadIds, linkIds] of [
  ['the default bars', '', downloadTimeCodec.defaults.p, downloadTimeCodec.defaults.l],
  [
    'a 2.67-year bar',
    '?dt.p=netflix-catalogue-2013,wikipedia-en-compressed&dt.l=us-fixed-median-2025-10,record-2025',
    ['netflix-catalogue-2013', 'wikipedia-en-compressed'],
    ['us-fixed-median-2025-10', 'record-2025'],
  ],
  [
    'microseconds to a million years',
    '?dt.p=world-data-per-day,wikipedia-en-compressed&dt.l=record-2025,global-mobile-median-2025-12',
    ['world-data-per-day', 'wikipedia-en-compressed'],
    ['record-2025', 'global-mobile-median-2025-12'],
  ],
] as const) {
  for (const width of [320, 1280]) {
    test(`chart, ${name} at ${width} px: whole labels above the bars, values at their ends, every bar inside a human-ticked axis`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/widgets/download-time/${query}`);
      await hydrated(widget(page));
      const drawn = await drawnBars(page);
      const expected = expectedBars([...payloadIds], [...linkIds]);
      expect(drawn.bars).toHaveLength(expected.length);
      const canvasWidth = (await widget(page).locator('canvas').boundingBox())!.width;
      drawn.bars.forEach((bar, i) => {
        const want = expected[i]!;
        // The whole label, however it wraps: nothing cut, nothing ellipsised.
        expect(bar.lines.join(' ')).toBe(want.label);
        for (const line of bar.lines) expect(line.endsWith('…')).toBe(false);
        expect(bar.value).toBe(formatDuration(want.seconds, 'en'));
        // Inside its axis, a visible mark however short, its value on the canvas.
        expect(bar.endPx).toBeLessThanOrEqual(drawn.axis.rightPx + 0.5);
        expect(bar.endPx - bar.startPx).toBeGreaterThanOrEqual(2.5);
        expect(bar.valueLeftPx).toBeGreaterThanOrEqual(0);
        expect(bar.valueRightPx).toBeLessThanOrEqual(canvasWidth);
        // Its label sits between the bar above and its own bar.
        if (i > 0) expect(bar.topPx).toBeGreaterThanOrEqual(drawn.bars[i - 1]!.bottomPx);
      });
      expect(drawn.axis.max).toBeGreaterThanOrEqual(Math.max(...expected.map((b) => b.seconds)));
      expect(drawn.axis.min).toBeLessThanOrEqual(Math.min(...expected.map((b) => b.seconds)));
      expect(drawn.axis.ticks.length).toBeGreaterThanOrEqual(2);
      for (const tick of drawn.axis.ticks) expect(HUMAN_TICKS).toContain(tick);
      // The table alternative names the same pairs in full.
      await widget(page).getByRole('button', { name: 'Show as table' }).click();
      const rowHeaders = widget(page).locator('.data tbody th');
      await expect(rowHeaders).toHaveCount(expected.length);
      for (const [i, want] of expected.entries()) await expect(rowHeaders.nth(i)).toHaveText(want.tableLabel);
    });
  }
}
test.describe('forgiving inputs (issue 16)', () => {
  const withTypedSpeed = '/widgets/download-time/?dt.l=record-2025,custom';

  test('a bare 100 in the speed field is 100 Mb/s; each mistake gets its own message; a chip fills the field', async ({ page }) => {
    await page.goto(withTypedSpeed);
    const w = await hydrated(widget(page));
    await w.locator('summary', { hasText: 'Over which line' }).click();
    const speed = w.locator('#dt-speed');
    await expect(w.locator('#dt-speed-hint')).toContainText('read as Mb/s');
    await speed.fill('100');
    await expect(w.getByTestId('dt-speed-echo')).toHaveText('100 → 100 Mb/s');
    const payload = downloadTimeCodec.defaults.p[0]!;
    const bytes = PAYLOAD_CHOICES.find((p) => p.id === payload)!;
    const sizeBytes = DOWNLOAD_TIME_OPTIONS.payloads.find((p) => p.id === bytes.id)!.sizeBytes;
    await expect(cell(page, payload, CUSTOM)).toHaveText(formatDuration((sizeBytes * 8) / 100e6, 'en')); // by hand: bits ÷ 100 million bits per second

    await expectEachMistakeItsOwnMessage(page, speed);

    const chip = w.getByRole('group', { name: /common speeds/i }).getByRole('button', { name: /^10 Gb\/s/ });
    await chip.focus();
    await page.keyboard.press('Space');
    await expect(speed).toHaveValue('10 Gb/s');
    await expect(cell(page, payload, CUSTOM)).toHaveText(formatDuration((sizeBytes * 8) / 10e9, 'en'));
  });

  test('a size field asks for a unit rather than guessing one', async ({ page }) => {
    await page.goto('/widgets/download-time/?dt.p=custom');
    const w = await hydrated(widget(page));
    await w.locator('summary', { hasText: 'What to send' }).click();
    const size = w.locator('#dt-size');
    await size.fill('500');
    await expect(size).toHaveAccessibleDescription(/add a unit/i);
    await size.fill('5 Gb/s');
    await expect(size).toHaveAccessibleDescription(/needs a size/i);
  });

  test('fuzzed speeds never show a run of zeros in the table', async ({ page }) => {
    await page.goto(withTypedSpeed);
    const w = await hydrated(widget(page));
    await w.locator('summary', { hasText: 'Over which line' }).click();
    const speed = w.locator('#dt-speed');
    for (const typed of fuzzedSpeeds(10, 7)) {
      await speed.fill(typed);
      const text = await w.getByTestId('download-time-result').innerText();
      expect(text, `after typing "${typed}"`).not.toMatch(ZERO_RUN);
    }
  });
});

// ── Downloads ─────────────────────────────────────────────────────────────────────────────
// The chart as a PNG at twice its size (title and credit drawn in), and the chart's table as CSV.
for (const [where, path, scope] of [
  ['widget page', '/widgets/download-time/', widget],
  ['embed', '/embed/download-time/', (page: Page) => page.locator('body')],
] as const) {
  test(`downloads (${where}): the chart as a 2× PNG, its table as CSV with the same rows`, async ({ page }) => {
    const exporterLoaded = watchExporter(page);
    await page.goto(path);
    const w = await hydrated(scope(page));
    const canvas = w.locator('[data-testid="download-time-chart"] canvas');
    await expect(canvas).toHaveAttribute('data-drawn', /bars/);
    await expect(w.getByRole('button', { name: 'Download SVG' })).toHaveCount(0); // a canvas has no SVG to give

    expect(exporterLoaded(), 'the export code waits for the first press').toBe(false);
    const png = await download(page, w, 'Download PNG');
    expect(exporterLoaded(), 'and loads on it').toBe(true);
    expect(png.fileName).toBe('petabit-download-time.png');
    await expectPngOf(page, png.bytes, canvas);
    await expect(w.getByRole('status').filter({ hasText: 'Saved petabit-download-time.png' })).toBeVisible();

    const csv = await download(page, w, 'Download CSV');
    expect(csv.fileName).toBe('petabit-download-time.csv');
    const [header, ...rows] = parseCsv(csv.bytes);
    await w.getByRole('button', { name: 'Show as table' }).click();
    const table = w.locator('table.data');
    expect(header).toEqual(await table.locator('thead th').allInnerTexts());
    expect(header?.at(-1)).toMatch(/\(s\)/); // the unit of the plain-number column
    const shown = await tableRows(table);
    expect(rows).toHaveLength(downloadTimeCodec.defaults.p.length * downloadTimeCodec.defaults.l.length);
    expect(rows.map(([pair, time]) => [pair, time])).toEqual(shown.map(([pair, time]) => [pair, time]));
    rows.forEach((row, i) => expect(Number(row[2])).toBe(numberIn(shown[i]![2]!)));
  });
}
