/**
 * The data loader: it parses every file with its schema (so defaults apply), runs the
 * integrity checks, and names the file that fails. Fed copies of the real files, altered.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DATASET_NAMES, datasets, glossary, loadData, payloads, type DataFiles } from '../../../src/data';

const FILES = [...DATASET_NAMES, 'glossary'] as const;
/** Fresh copies of the shipped JSON files, as the loader receives them. */
function rawFiles(): Record<(typeof FILES)[number], Record<string, unknown>[]> {
  return Object.fromEntries(FILES.map((name) => [name, JSON.parse(readFileSync(`src/data/${name}.json`, 'utf8'))])) as Record<(typeof FILES)[number], Record<string, unknown>[]>;
}
const first = (entries: Record<string, unknown>[]): Record<string, unknown> => {
  const entry = entries[0];
  if (!entry) throw new Error('empty file');
  return entry;
};

describe('loadData', () => {
  it('loads the shipped files into what the site exports', () => {
    const loaded = loadData(rawFiles() as DataFiles);
    for (const name of DATASET_NAMES) expect(loaded[name], name).toEqual(datasets[name]);
    expect(loaded.glossary).toEqual(glossary);
    expect(payloads.length).toBeGreaterThan(0);
  });

  it('applies schema defaults to fields a file leaves out', () => {
    const files = rawFiles();
    const payload = first(files.payloads);
    const record = first(files.records);
    const term = first(files.glossary);
    delete payload['viral'];
    delete record['highlight'];
    delete term['aliases'];
    delete (term['ja'] as Record<string, unknown>)['aliases'];
    const loaded = loadData(files as DataFiles);
    expect(loaded.payloads[0]?.viral).toBe(false);
    expect(loaded.records[0]?.highlight).toBe(false);
    expect(loaded.glossary[0]?.aliases).toEqual([]);
  });

  it.each(FILES)('names %s.json and the failing field when an entry breaks its schema', (name) => {
    const files = rawFiles();
    first(files[name])['id'] = 'Not An Id';
    expect(() => loadData(files as DataFiles)).toThrow(new RegExp(`src/data/${name}\\.json[\\s\\S]*\\bid\\b`));
  });

  it('throws with the integrity problems when the files disagree with each other', () => {
    const files = rawFiles();
    const fact = first(files.facts);
    fact['sourceIds'] = ['no-such-source'];
    expect(() => loadData(files as DataFiles)).toThrow(`facts/${String(fact['id'])}: cites unknown source "no-such-source"`);
  });
});
