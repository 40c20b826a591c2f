import { describe, expect, test } from 'vitest';
import recordsJson from '../../../../src/data/records.json' with { type: 'json' };
import { recordsChartPicture } from '../../../../src/components/widgets/records-chart/picture.server';
import { recordsChartOptions } from '../../../../src/components/widgets/records-chart/options';
import { messagesFor } from '../../../../src/i18n';
import { en } from '../../../../src/i18n/en';
import { ja } from '../../../../src/i18n/ja';

const dictionaries = { en, ja };

const picture = (locale: 'en' | 'ja') => recordsChartPicture(locale, messagesFor(locale, ['widget.records-chart']), recordsChartOptions(locale));
const svgs = (markup: string) => markup.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
// The record the site is about, written from records.json alone.
const record = recordsJson.find((r) => 'highlight' in r && r.highlight)!;
const callout = `${record.capacity.value} ${record.capacity.unit} · ${record.distanceKm!.toLocaleString('en-US')} km`;

describe('the records chart drawn at build time', () => {
  test('comes in four widths, each with the record called out and both axes titled', () => {
    const found = svgs(picture('en'));
    expect(found.map((svg) => /class="(picture-\w+)"/.exec(svg)?.[1])).toEqual(['picture-narrow', 'picture-medium', 'picture-wide', 'picture-wider']);
    for (const svg of found) {
      expect(svg).toContain(`>${callout}<`);
      expect(svg).toContain(dictionaries.en['widget.records-chart.axis.distance']);
      expect(svg).toContain(dictionaries.en['widget.records-chart.axis.capacity']);
      expect(svg).not.toMatch(/undefined|NaN/);
    }
  });

  test('in Japanese, the axis titles are the Japanese ones', () => {
    const svg = svgs(picture('ja'))[0]!;
    expect(svg).toContain(dictionaries.ja['widget.records-chart.axis.distance']);
    expect(svg).toContain(dictionaries.ja['widget.records-chart.axis.capacity']);
  });

  test('paints only with the theme’s CSS variables, so it follows light and dark', () => {
    const paints = [...picture('en').matchAll(/(?:fill|stroke):([^;"]+)/g)].map((m) => m[1]!);
    expect(paints.length).toBeGreaterThan(50);
    for (const paint of paints) expect(paint).toMatch(/^(none|var\(--[\w-]+\)|color-mix\(in srgb, var\(--[\w-]+\) \d+%, black\))$/);
  });

  test('ids stay unique when a page holds two of them', () => {
    const ids = [...`${picture('en')}${picture('en')}`.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
