/**
 * Shared checks for the widgets' "Download PNG / SVG / CSV" buttons (Downloads.svelte), used by
 * the specs of the widgets that offer them. Each file is caught as the browser saves it and read
 * back: the PNG by its header and by drawing it again in the page, the SVG with the browser's own
 * parser, the CSV with a small parser written here (not the site's writer). Expected sizes come
 * from the visual's box on the page, never from the exporter.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { parseCsv as parseCsvText } from '../../support/csv';

/** The margin the files put round the visual on the left and right, CSS px (the layout promised). */
export const FRAME_SIDE_PX = 16;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Starts watching for the exporter's chunk (export-file.ts), which must load on the first press
 * and not before: returns whether it has been requested so far. Call before the page loads.
 */
export function watchExporter(page: Page): () => boolean {
  let requested = false;
  page.on('request', (request) => {
    if (/\/export-file\.[^/]*\.js$/.test(new URL(request.url()).pathname)) requested = true;
  });
  return () => requested;
}

/** Presses the button named `name` in `scope` and returns the saved file's name and bytes. */
export async function download(page: Page, scope: Locator, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name, exact: true }).click()]);
  const path = await saved.path();
  return { fileName: saved.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The CSS box of an element on the page. */
export async function cssBox(element: Locator): Promise<{ width: number; height: number }> {
  return element.evaluate((el) => {
    const { width, height } = el.getBoundingClientRect();
    return { width, height };
  });
}

/**
 * A PNG of `visual` at twice its CSS size inside a frame: as wide as the visual plus the side
 * margins, doubled; taller than the visual doubled (the title above, the source and credit
 * under it); and not blank: drawn back into a canvas it has many colours, and it is far larger
 * than a one-colour PNG of the same size (Chrome encodes even that at tens of KB).
 */
export async function expectPngOf(page: Page, bytes: Buffer, visual: Locator): Promise<{ width: number; height: number }> {
  const size = pngSize(bytes);
  const box = await cssBox(visual);
  expect(Math.abs(size.width - 2 * (box.width + 2 * FRAME_SIDE_PX)), `PNG width ${size.width} for a ${box.width} px visual`).toBeLessThanOrEqual(1.5);
  expect(size.height, 'room for the title and the credit').toBeGreaterThan(2 * (box.height + 2 * 20));
  expect(size.height).toBeLessThan(2 * (box.height + 300));
  const seen = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    // The same canvas in one colour, encoded the same way: what a blank file weighs.
    context.fillStyle = '#808080';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const blank = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return { colours: colours.size, blankBytes: blank?.size ?? 0 };
  }, bytes.toString('base64'));
  expect(seen.colours, 'distinct colours sampled').toBeGreaterThan(8);
  expect(bytes.length, 'bytes against a one-colour PNG of the same size').toBeGreaterThan(2 * seen.blankBytes);
  return size;
}

/** An SVG file the browser parses without error, whose text includes `title`. */
export async function expectSvgTitled(page: Page, bytes: Buffer, title: string): Promise<void> {
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      root: doc.documentElement.localName,
      title: doc.querySelector('title')?.textContent ?? '',
      text: doc.documentElement.textContent ?? '',
    };
  }, bytes.toString('utf8'));
  expect(parsed.error).toBe('');
  expect(parsed.root).toBe('svg');
  expect(parsed.title).toBe(title);
  expect(parsed.text).toContain(title);
}

/** RFC 4180 CSV (quoted cells, doubled quotes, CRLF), after an optional byte-order mark. */
export function parseCsv(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  expect(text === '' || text.endsWith('\r\n'), 'the file ends with a line break').toBe(true);
  return parseCsvText(text);
}

/** The text of each cell (th or td) of each row of a table's body, as a reader sees it. */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())));
}

/** A number as a table writes it ("3,298,000", "≈70"), or NaN. */
export const numberIn = (text: string) => Number(text.replace(/[≈,\s]/g, ''));
