/**
 * A translation cannot change a figure: every number in an English text field appears in its
 * Japanese version and the Japanese adds none (numbers compared as values, grouping commas
 * dropped, so "10 million" matches "1,000万"). Digits are half-width, as the site writes them.
 */
import { describe, expect, it } from 'vitest';
import { dataIn, DATASET_NAMES } from '../../../src/data';
import { TEXT_FIELDS, hasEnglishText, type LocalisedDatasetName } from '../../../src/data/ja-schema';
import { englishFigures, figureMismatch, japaneseFigures } from './figures';

const en = dataIn('en');
const ja = dataIn('ja');
const LOCALISED = Object.keys(TEXT_FIELDS) as LocalisedDatasetName[];

/** Text of a field as one string (glossary aliases are a list). */
function text(value: unknown): string {
  return Array.isArray(value) ? value.join(' / ') : String(value);
}

/** Every (English, Japanese) text pair of every localised entry, claims' quote and gloss included. */
function pairs(): { where: string; english: string; japanese: string }[] {
  const found: { where: string; english: string; japanese: string }[] = [];
  for (const dataset of LOCALISED) {
    const english = en[dataset] as readonly Record<string, unknown>[];
    const japanese = ja[dataset] as readonly Record<string, unknown>[];
    for (const [index, entry] of english.entries()) {
      const translated = japanese[index] ?? {};
      for (const field of TEXT_FIELDS[dataset]) {
        if (hasEnglishText(entry, field)) found.push({ where: `${dataset}/${String(entry['id'])}.${field}`, english: text(entry[field]), japanese: text(translated[field]) });
      }
    }
  }
  for (const [index, claim] of en.claims.entries()) found.push({ where: `claims/${claim.id}.quote`, english: claim.quote, japanese: ja.claims[index]?.quoteGloss ?? '' });
  return found;
}

describe('figures survive translation', () => {
  it('covers every localised dataset', () => {
    expect(LOCALISED.filter((name) => name !== 'glossary').every((name) => (DATASET_NAMES as string[]).includes(name))).toBe(true);
    expect(new Set(pairs().map((pair) => pair.where.split('/')[0]))).toEqual(new Set([...LOCALISED]));
  });

  it.each(pairs())('$where', ({ english, japanese }) => {
    expect(figureMismatch(english, japanese), `${english}\n${japanese}`).toEqual({ missing: [], added: [] });
  });

  it('Japanese texts write digits half-width', () => {
    for (const { where, japanese } of pairs()) expect(japanese, where).not.toMatch(/[０-９]/);
  });
});

describe('the figure comparison itself', () => {
  it('reads English figures with scale words, shared range scales, grouping and months', () => {
    expect(englishFigures('1.02 Pb/s × 1,808 km')).toEqual([1.02, 1808]);
    expect(englishFigures('Surpassed 340 million')).toEqual([3.4e8]);
    expect(englishFigures('it would be 20–51 million')).toEqual([2e7, 5.1e7]);
    expect(englishFigures('Increased by 10 000 times')).toEqual([1e4]);
    expect(englishFigures('for Nov 2024')).toEqual([2024, 11]);
  });
  it('reads Japanese figures with 万, 億 and 兆, compounds included', () => {
    expect(japaneseFigures('1.02 Pb/s × 1,808 km')).toEqual([1.02, 1808]);
    expect(japaneseFigures('3億4,000万人を突破')).toEqual([3.4e8]);
    expect(japaneseFigures('約4億274万テラバイト')).toEqual([402_740_000]);
    expect(japaneseFigures('15兆トークン、2,000万～5,100万本')).toEqual([1.5e13, 2e7, 5.1e7]);
    expect(japaneseFigures('「10 million 8K videos」（1,000万本）')).toEqual([1e7, 8, 1e7]);
  });
  it('accepts the same figures written the Japanese way', () => {
    expect(figureMismatch('8K TV for 10 million people', '1,000万人分の8Kテレビ')).toEqual({ missing: [], added: [] });
    expect(figureMismatch('Nearly 8.2 billion by mid-2024', '2024年半ばまでに82億人近く')).toEqual({ missing: [], added: [] });
    expect(figureMismatch('one-to-one', '1対1')).toEqual({ missing: [], added: [] });
  });
  it('catches a changed, dropped or added figure', () => {
    expect(figureMismatch('1.02 Pb/s × 1,808 km', '1.2 Pb/s × 1,808 km')).toEqual({ missing: [1.02], added: [1.2] });
    expect(figureMismatch('Surpassed 340 million', '3億4,000人を突破')).toEqual({ missing: [3.4e8], added: [300_004_000] });
    expect(figureMismatch('6,600 km', '約6,000 km')).toEqual({ missing: [6600], added: [6000] });
    expect(figureMismatch('Per fiber', '光ファイバ1本あたり')).toEqual({ missing: [], added: [1] });
    expect(figureMismatch('in Dec 2025', '2025年')).toEqual({ missing: [12], added: [] });
  });
});
