/**
 * Every <Widget id="…"> an article uses must be a registered widget. Until a widget is merged
 * the article shows a placeholder, and this test says which ids are still missing.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { widgets } from '../../src/components/widgets/registry';

const DIR = 'src/content/articles';

export function widgetIdsIn(mdx: string): string[] {
  return [...mdx.matchAll(/<(?:Widget|WidgetFrame)\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

describe('widgetIdsIn', () => {
  it('finds Widget and WidgetFrame ids', () => {
    expect(widgetIdsIn('<Widget id="loop" /> text <WidgetFrame id="units" headingLevel={3} />')).toEqual(['loop', 'units']);
  });
});

describe('article widgets', () => {
  const registered = widgets.map((w) => w.id);
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.mdx'))) {
    it(`${file} uses only registered widgets`, () => {
      expect(widgetIdsIn(readFileSync(`${DIR}/${file}`, 'utf8')).filter((id) => !registered.includes(id))).toEqual([]);
    });
  }
  it('each registered widget’s article uses it', () => {
    for (const w of widgets) expect(widgetIdsIn(readFileSync(`${DIR}/${w.articleSlug}.mdx`, 'utf8')), w.id).toContain(w.id);
  });
});
