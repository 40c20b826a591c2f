/**
 * Every localised entry must carry its Japanese texts: the loader, fed copies of the shipped
 * files with one `ja` text broken, fails and names the file and the field. The `ja` object holds
 * exactly the text fields the English entry has: no fewer, no more, none blank.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DATASET_NAMES, loadData, type DataFiles } from '../../../src/data';
import { TEXT_FIELDS, type LocalisedDatasetName } from '../../../src/data/ja-schema';

type Entry = Record<string, unknown> & { id: string; ja: Record<string, unknown> };
const FILES = [...DATASET_NAMES, 'glossary'] as const;
const LOCALISED = Object.keys(TEXT_FIELDS) as LocalisedDatasetName[];

/** Fresh copies of the shipped JSON files, as the loader receives them. */
function rawFiles(): Record<(typeof FILES)[number], Entry[]> {
  return Object.fromEntries(FILES.map((name) => [name, JSON.parse(readFileSync(`src/data/${name}.json`, 'utf8'))])) as Record<(typeof FILES)[number], Entry[]>;
}

/** The first entry of `dataset` that satisfies `test`, in `files` (to be altered in place). */
function entryWhere(files: Record<string, Entry[]>, dataset: string, test: (entry: Entry) => boolean): Entry {
  const found = files[dataset]?.find(test);
  if (!found) throw new Error(`no ${dataset} entry fits the fixture`);
  return found;
}

/** Loading the altered files fails with a message naming the file, the `ja` object and the field. */
function expectLoadError(files: Record<string, Entry[]>, dataset: string, field: string): void {
  let message = '';
  try {
    loadData(files as DataFiles);
  } catch (error) {
    message = String(error);
  }
  expect(message).toContain(`src/data/${dataset}.json does not match its schema`);
  expect(message).toMatch(/\.ja\b|\bja\./);
  expect(message).toMatch(new RegExp(`\\b${field}\\b`));
}

describe('the shipped files', () => {
  it('load with their Japanese texts', () => {
    const loaded = loadData(rawFiles() as DataFiles);
    for (const dataset of LOCALISED) expect(loaded.ja[dataset].size, dataset).toBe(loaded[dataset].length);
  });
});

describe('a missing Japanese text fails loading', () => {
  it.each(LOCALISED)('%s: an entry without `ja`', (dataset) => {
    const files = rawFiles();
    const entry = entryWhere(files, dataset, () => true);
    delete (entry as Partial<Entry>).ja;
    expect(() => loadData(files as DataFiles)).toThrow(new RegExp(`src/data/${dataset}\\.json[\\s\\S]*\\bja\\b`));
  });

  it.each(LOCALISED)('%s: a `ja` object without its first text field', (dataset) => {
    const files = rawFiles();
    const field = TEXT_FIELDS[dataset][0];
    delete entryWhere(files, dataset, () => true).ja[field];
    expectLoadError(files, dataset, field);
  });

  it('an English note without ja.note', () => {
    const files = rawFiles();
    delete entryWhere(files, 'links', (link) => link['note'] !== undefined).ja['note'];
    expectLoadError(files, 'links', 'note');
  });

  it("a text fact's value without ja.value", () => {
    const files = rawFiles();
    delete entryWhere(files, 'facts', (fact) => fact['unit'] === 'text').ja['value'];
    expectLoadError(files, 'facts', 'value');
  });

  it('a claim without its quote translated', () => {
    const files = rawFiles();
    delete entryWhere(files, 'claims', () => true).ja['quoteGloss'];
    expectLoadError(files, 'claims', 'quoteGloss');
  });

  it('a glossary term with aliases but no ja.aliases', () => {
    const files = rawFiles();
    delete entryWhere(files, 'glossary', (term) => Array.isArray(term['aliases']) && term['aliases'].length > 0).ja['aliases'];
    expectLoadError(files, 'glossary', 'aliases');
  });

  it('a Japanese glossary definition shorter than its bound', () => {
    const files = rawFiles();
    entryWhere(files, 'glossary', () => true).ja['definition'] = '短すぎる定義。';
    expectLoadError(files, 'glossary', 'definition');
  });

  it('a Japanese glossary term with kanji but no reading to sort it by', () => {
    const files = rawFiles();
    delete entryWhere(files, 'glossary', (term) => term['id'] === 'optical-fiber').ja['reading'];
    expectLoadError(files, 'glossary', 'reading');
  });

  it('a reading that is not hiragana', () => {
    const files = rawFiles();
    entryWhere(files, 'glossary', (term) => term['id'] === 'optical-fiber').ja['reading'] = 'ヒカリファイバ';
    expectLoadError(files, 'glossary', 'reading');
  });

  it('a blank Japanese label', () => {
    const files = rawFiles();
    entryWhere(files, 'streams', () => true).ja['label'] = '  ';
    expectLoadError(files, 'streams', 'label');
  });
});

describe('Japanese texts without English fail loading', () => {
  it('ja.note on an entry with no English note', () => {
    const files = rawFiles();
    entryWhere(files, 'links', (link) => link['note'] === undefined).ja['note'] = '注記';
    expectLoadError(files, 'links', 'note');
  });

  it('ja.value on a numeric fact (numbers are not translated)', () => {
    const files = rawFiles();
    entryWhere(files, 'facts', (fact) => typeof fact['value'] === 'number').ja['value'] = '値';
    expectLoadError(files, 'facts', 'value');
  });

  it('ja.aliases on a glossary term with no aliases', () => {
    const files = rawFiles();
    entryWhere(files, 'glossary', (term) => Array.isArray(term['aliases']) && term['aliases'].length === 0).ja['aliases'] = ['別名'];
    expectLoadError(files, 'glossary', 'aliases');
  });

  it('a field that is not a text field of the dataset', () => {
    const files = rawFiles();
    entryWhere(files, 'records', () => true).ja['label'] = 'ラベル';
    expectLoadError(files, 'records', 'label');
  });
});
