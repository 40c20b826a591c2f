/**
 * The helper behind Term, Cite, ClaimCard and AnswerKey: on a Japanese page the entry they show
 * is the Japanese one (read here straight from the JSON files, not through the loader), an
 * unknown id fails, and popover ids never repeat on a page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { entryOnPage, nextPopoverId, pageContext } from '../../../../src/components/article/page-context';

type FileEntry = { id: string; ja?: Record<string, unknown> } & Record<string, unknown>;
const file = (name: string): FileEntry[] => JSON.parse(readFileSync(`src/data/${name}.json`, 'utf8')) as FileEntry[];

describe('entryOnPage', () => {
  const term = file('glossary')[0]!;
  const claim = file('claims')[0]!;

  it('gives the glossary term in the page’s language', () => {
    expect(entryOnPage({ currentLocale: 'en', props: { id: term.id } }, 'glossary').entry.term).toBe(term['term']);
    expect(entryOnPage({ currentLocale: 'ja', props: { id: term.id } }, 'glossary').entry.term).toBe(term.ja?.['term']);
  });

  it('gives a claim’s cause in Japanese, its quote as printed and its translation beside it', () => {
    const { entry } = entryOnPage({ currentLocale: 'ja', props: { id: claim.id } }, 'claims');
    expect(entry.cause).toBe(claim.ja?.['cause']);
    expect(entry.quote).toBe(claim['quote']);
    expect(entry.quoteGloss).toBe(claim.ja?.['quoteGloss']);
  });

  it('has no translation of the quote on an English page', () => {
    expect(entryOnPage({ currentLocale: 'en', props: { id: claim.id } }, 'claims').entry.quoteGloss).toBeUndefined();
  });

  it('fails on an id the dataset does not have', () => {
    expect(() => entryOnPage({ currentLocale: 'en', props: { id: 'no-such-term' } }, 'glossary')).toThrow(/no-such-term/);
  });
});

describe('pageContext', () => {
  it('falls back to English for a locale without a dictionary', () => {
    expect(pageContext({ currentLocale: 'xx' }).locale).toBe('en');
  });
});

describe('nextPopoverId', () => {
  it('numbers popovers across components so no two share an id', () => {
    const locals: App.Locals = {};
    expect([nextPopoverId(locals, 'term'), nextPopoverId(locals, 'note-pop'), nextPopoverId(locals, 'term')]).toEqual(['term-1', 'note-pop-2', 'term-3']);
  });
});
