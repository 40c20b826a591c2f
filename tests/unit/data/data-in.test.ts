/**
 * dataIn(locale): the same datasets in English or Japanese. Between the two only the text fields
 * differ; ids, numbers, units, dates, sources' titles and the claims' printed quotes are the same.
 */
import { describe, expect, it } from 'vitest';
import { citationsBySource, dataIn, datasets, glossary } from '../../../src/data';
import { TEXT_FIELDS, hasEnglishText, type LocalisedDatasetName } from '../../../src/data/ja-schema';

const en = dataIn('en');
const ja = dataIn('ja');
const LOCALISED = Object.keys(TEXT_FIELDS) as LocalisedDatasetName[];
/** Hiragana, katakana or kanji. */
const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/;

/** The entry without its text fields (a fact's value only when it is words): what must not change. */
function withoutText(dataset: LocalisedDatasetName, entry: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...entry };
  for (const field of TEXT_FIELDS[dataset]) if (field !== 'value' || entry['unit'] === 'text') delete rest[field];
  delete rest['quoteGloss'];
  // A Japanese term's reading, which only the Japanese glossary has (and sorts by).
  delete rest['reading'];
  // A source's publisher is translated only where the English adds our words to the name.
  if (dataset === 'sources') delete rest['publisher'];
  return rest;
}

describe('dataIn', () => {
  it("'en' is the site's English exports, unchanged", () => {
    for (const [name, entries] of Object.entries(datasets)) expect(en[name as keyof typeof datasets], name).toBe(entries);
    expect(en.glossary).toBe(glossary);
    for (const entries of [...Object.values(datasets), glossary]) for (const entry of entries) expect('ja' in entry).toBe(false);
    expect(en.claims.every((claim) => claim.quoteGloss === undefined)).toBe(true);
  });

  it('builds each locale once', () => {
    expect(dataIn('ja')).toBe(ja);
    expect(dataIn('en')).toBe(en);
  });

  it('keeps sources as published: title and address; the publisher keeps its name', () => {
    expect(ja.sources.map((s) => [s.title, s.url])).toEqual(en.sources.map((s) => [s.title, s.url]));
    for (const [index, source] of en.sources.entries()) {
      const publisher = ja.sources[index]!.publisher;
      // Changed only where the English holds words beside the name, in brackets or after a comma.
      if (publisher !== source.publisher) expect(source.publisher, source.id).toMatch(/[(,]|\b(?:blog|mirror|notes?)\b/i);
    }
  });

  it.each(LOCALISED)('%s: same entries, same ids, numbers and sources; only text fields differ', (dataset) => {
    const english = en[dataset] as readonly Record<string, unknown>[];
    const japanese = ja[dataset] as readonly Record<string, unknown>[];
    expect(japanese.map((entry) => entry['id'])).toEqual(english.map((entry) => entry['id']));
    for (const [index, entry] of english.entries()) {
      const translated = japanese[index] ?? {};
      expect(withoutText(dataset, translated), String(entry['id'])).toEqual(withoutText(dataset, entry));
      for (const field of TEXT_FIELDS[dataset]) expect(hasEnglishText(translated, field), `${String(entry['id'])}.${field}`).toBe(hasEnglishText(entry, field));
    }
  });

  it.each(LOCALISED)('%s: every Japanese text is non-empty Japanese (or a name or code kept as is)', (dataset) => {
    const english = en[dataset] as readonly Record<string, unknown>[];
    const japanese = ja[dataset] as readonly Record<string, unknown>[];
    for (const [index, entry] of english.entries()) {
      for (const field of TEXT_FIELDS[dataset]) {
        if (!hasEnglishText(entry, field) || field === 'aliases') continue;
        const where = `${String(entry['id'])}.${field}`;
        const text = japanese[index]?.[field];
        expect(typeof text === 'string' && text.trim().length > 0, where).toBe(true);
        // Without kana or kanji only figures, names and codes ("OFC 2020", "MIMO"): no English words.
        if (!JAPANESE_SCRIPT.test(String(text))) expect(text, where).not.toMatch(/[a-z]{3,}/);
      }
    }
  });

  it('glossary aliases are non-empty lists wherever the English has aliases', () => {
    for (const [index, term] of en.glossary.entries()) {
      const aliases = ja.glossary[index]?.aliases ?? [];
      expect(aliases.length > 0, term.id).toBe(term.aliases.length > 0);
      for (const alias of aliases) expect(alias.trim(), term.id).not.toBe('');
    }
  });

  it('claims keep the printed quote and add a Japanese translation of it', () => {
    for (const [index, claim] of en.claims.entries()) {
      const translated = ja.claims[index];
      expect(translated?.quote, claim.id).toBe(claim.quote);
      expect(translated?.quoteGloss, claim.id).toMatch(JAPANESE_SCRIPT);
    }
  });

  it('labels citations on /sources/ in the locale', () => {
    const english = citationsBySource('en');
    const japanese = citationsBySource('ja');
    expect(citationsBySource()).toEqual(english);
    expect([...japanese.keys()]).toEqual([...english.keys()]);
    for (const [sourceId, citations] of english) {
      const translated = japanese.get(sourceId) ?? [];
      expect(
        translated.map((c) => `${c.dataset}/${c.id}`),
        sourceId,
      ).toEqual(citations.map((c) => `${c.dataset}/${c.id}`));
      for (const citation of translated) if (citation.dataset !== 'claims') expect(citation.label, `${citation.dataset}/${citation.id}`).toMatch(JAPANESE_SCRIPT);
    }
  });
});
