/**
 * /data/ and /sources/: every download link resolves and parses with one row per entry, and
 * every source (and every source a data entry cites) has its anchor on /sources/.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DATASET_NAMES } from '../../src/data';
import { parseCsv } from '../support/csv';

interface Entry {
  id: string;
  sourceIds?: string[];
  outletSourceIds?: string[];
}
const readJson = (file: string) => JSON.parse(readFileSync(`src/data/${file}`, 'utf8')) as Entry[];
/** The sourced datasets /data/ offers (the glossary is page text, not a sourced dataset). */
const datasetFiles = DATASET_NAMES.map((name) => `${name}.json`);
const sources = readJson('sources.json');

test('/data/ offers every dataset as JSON and CSV, and the downloads parse with the right row counts', async ({ page, request }) => {
  await page.goto('/data/');
  const table = page.getByRole('table', { name: /datasets/i });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(datasetFiles.length);

  for (const file of datasetFiles) {
    const name = file.replace(/\.json$/, '');
    const expected = readJson(file);
    const row = table.locator(`tr[data-dataset="${name}"]`);
    await expect(row.getByRole('cell').nth(1)).toHaveText(new Intl.NumberFormat('en').format(expected.length));

    const jsonHref = await row.getByRole('link', { name: /as JSON/ }).getAttribute('href');
    const jsonResponse = await request.get(jsonHref ?? '');
    expect(jsonResponse.status(), jsonHref ?? '').toBe(200);
    expect(jsonResponse.headers()['content-type']).toContain('application/json');
    const json = (await jsonResponse.json()) as Entry[];
    expect(json.map((e) => e.id)).toEqual(expected.map((e) => e.id));

    const csvHref = await row.getByRole('link', { name: /as CSV/ }).getAttribute('href');
    const csvResponse = await request.get(csvHref ?? '');
    expect(csvResponse.status(), csvHref ?? '').toBe(200);
    expect(csvResponse.headers()['content-type']).toContain('text/csv');
    const [header, ...body] = parseCsv(await csvResponse.text());
    expect(header?.[0]).toBe('id');
    expect(body.map((r) => r[0])).toEqual(expected.map((e) => e.id));
    for (const r of body) expect(r.length).toBe(header?.length);
  }
});

test('/data/ links elsewhere on the site resolve', async ({ page, request, baseURL }) => {
  await page.goto('/data/');
  const origin = new URL(baseURL ?? '').origin;
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const internal = hrefs.filter((href) => new URL(href).origin === origin);
  expect(internal.length).toBeGreaterThan(datasetFiles.length * 2);
  for (const href of internal) expect((await request.get(href)).status(), href).toBe(200);
});

test('/sources/ has an anchor for every source, and every cited source id resolves to one', async ({ page }) => {
  await page.goto('/sources/');
  const anchors = new Set(await page.locator('main [id]').evaluateAll((nodes) => nodes.map((n) => n.id)));
  for (const source of sources) expect(anchors.has(source.id), source.id).toBe(true);
  for (const file of datasetFiles.filter((f) => f !== 'sources.json')) {
    for (const entry of readJson(file)) {
      for (const id of [...(entry.sourceIds ?? []), ...(entry.outletSourceIds ?? [])]) expect(anchors.has(id), `${file}/${entry.id} → ${id}`).toBe(true);
    }
  }
});

test('a source anchor shows the title linked to its URL and the entries that cite it', async ({ page }) => {
  await page.goto('/sources/#nict-2025-press');
  const item = page.locator('[id="nict-2025-press"]');
  const nict = sources.find((s) => s.id === 'nict-2025-press') as Entry & { url: string; title: string };
  await expect(item.getByRole('link', { name: nict.title })).toHaveAttribute('href', nict.url);
  await expect(item.getByRole('listitem').filter({ hasText: 'Data rate' }).first()).toBeVisible();
});

test('/press/ quotes the record’s figures from the data, lists every checked claim, and is linked from the site footer', async ({ page }) => {
  interface FactRow extends Entry {
    group: string;
    label: string;
    value: number | string;
    unit: string;
  }
  const facts = readJson('facts.json') as FactRow[];
  const claims = readJson('claims.json');
  await page.goto('/');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: /journalists/i })
    .click();
  await expect(page).toHaveURL(/\/press\/$/);

  // The key numbers: every numeric figure of the record's group, as "value unit" in English.
  const numeric = facts.filter((f) => f.group === 'record' && typeof f.value === 'number');
  const table = page.getByRole('table', { name: /figures/i });
  for (const f of numeric) {
    const unit = f.unit === 'count' ? '' : `\u00a0${f.unit}`;
    await expect(table.locator(`tr[data-fact="${f.id}"] .value`), f.id).toHaveText(`${new Intl.NumberFormat('en').format(Number(f.value))}${unit}`.replace(/\u00a0/g, ' '), {
      useInnerText: true,
    });
  }
  // The headline figures appear in the copy-ready sentences too, each sentence with its sources.
  const sentences = page.locator('.sentences > li');
  await expect(sentences).toHaveCount(5);
  const rate = facts.find((f) => f.id === 'record-rate');
  await expect(sentences.first()).toContainText(`${String(rate?.value)} ${rate?.unit}`, { useInnerText: true });
  for (const sentence of await sentences.all()) expect(await sentence.locator('a[href*="/sources/#"]').count()).toBeGreaterThan(0);

  // Figures to avoid: one entry per claim in the data, each with a verdict and a link to its arithmetic.
  const avoid = page.locator('.avoid > li');
  await expect(avoid).toHaveCount(claims.length);
  for (const entry of claims) await expect(page.locator(`.avoid > li[data-claim="${entry.id}"] a[href$="#claim-${entry.id}"]`)).toHaveCount(1);
});
