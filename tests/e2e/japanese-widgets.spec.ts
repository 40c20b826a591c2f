/**
 * Widgets on /ja/ pages write numbers and dates the Japanese way: counts in 万/億, durations as
 * 0.965秒 or 38.2日, months as 2025年10月, labels from the data's Japanese texts. Every expected
 * figure is worked out here from the data files with plain arithmetic and written out by hand
 * in Japanese style, never with the site's formatters, so a slip in either shows.
 */
import { test, expect } from '@playwright/test';
import { hydrated } from './support';
import linksJson from '../../src/data/links.json' with { type: 'json' };
import payloadsJson from '../../src/data/payloads.json' with { type: 'json' };
import streamsJson from '../../src/data/streams.json' with { type: 'json' };

const PREFIX = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 } as const;
/** "1.02 Pb/s", "100 Mb/s" → bits per second, or "123 TB" → bytes, read by hand. */
const perSecond = ({ value, unit }: { value: number; unit: string }) => value * PREFIX[unit[0] as keyof typeof PREFIX];
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((entry) => entry.id === id)!;

const record = perSecond(byId(linksJson, 'record-2025').rate);

/** 10,200,000 → "1,020万": ten-thousands, grouped by thousands, as Japanese writes a count. */
function man(count: number): string {
  const tenThousands = Math.round(count / 1e4);
  return `${String(tenThousands).replace(/\B(?=(\d{3})+$)/, ',')}万`;
}

test('streams: the record carries 1,020万 8K streams, counted in 万', async ({ page }) => {
  await page.goto('/ja/widgets/streams/');
  const widget = await hydrated(page.locator('[data-widget="streams"]'));
  const eightK = perSecond(byId(streamsJson, '8k').rate);
  await expect(widget.locator('[data-value="streams"]')).toHaveText(man(record / eightK));
  await expect(widget).not.toContainText('million');
});

test('download time: Netflix on the record takes 0.965秒, on a US home line 38.2日', async ({ page }) => {
  await page.goto('/ja/widgets/download-time/');
  const widget = await hydrated(page.locator('[data-widget="download-time"]'));
  const netflix = byId(payloadsJson, 'netflix-library-press');
  const bits = perSecond(netflix.size!) * 8;
  const onRecord = bits / record;
  const onUsLine = bits / perSecond(byId(linksJson, 'us-fixed-median-2025-10').rate) / 86_400;
  await expect(widget).toContainText(`${onRecord.toPrecision(3)}秒`);
  await expect(widget).toContainText(`${onUsLine.toPrecision(3)}日`);
  // The payload's name is the data's Japanese label.
  await expect(widget).toContainText(byId(payloadsJson, 'netflix-library-press').ja.label);
});

test('your connection: presets are dated the Japanese way (2025年10月)', async ({ page }) => {
  await page.goto('/ja/widgets/your-connection/');
  const widget = await hydrated(page.locator('[data-widget="your-connection"]'));
  const line = byId(linksJson, 'us-fixed-median-2025-10');
  const [year, month] = (line.asOf ?? '').split('-');
  await expect(widget.getByRole('combobox').first()).toContainText(`${line.ja.label}（${year}年${Number(month)}月）`);
});
