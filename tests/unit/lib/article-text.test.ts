import { describe, expect, it } from 'vitest';
import { articleReadingMinutes, citationCounts, citationOrder, countBlocks, countJapaneseCharacters, countWords, readingMinutes } from '../../../src/lib/article-text';

describe('countWords', () => {
  it('counts prose words and ignores imports, tags and frontmatter', () => {
    const mdx = `---\ntitle: X\n---\nimport A from './a';\n\nThe fiber carried <Value fact="record-rate" /> over a loop.\n\n<WidgetFrame id="loop" />`;
    expect(countWords(mdx)).toBe(7);
  });
});

describe('countJapaneseCharacters', () => {
  it('counts kanji and kana (and ー, 々), not the Latin words, digits or punctuation among them', () => {
    const mdx = `import A from './a';\n\n光ファイバで<Value fact="record-rate" />を伝送。人々のデータ、19コア。`;
    // 光ファイバで (6) を伝送 (3) 人々のデータ (6) コア (2); "x" for the Value and "19" are words.
    expect(countJapaneseCharacters(mdx)).toBe(17);
    expect(countWords(mdx)).toBe(2);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1000)).toBeGreaterThan(readingMinutes(400));
  });
});

describe('citationOrder', () => {
  it('lists sources in order of first citation, once each', () => {
    const mdx = 'A<Cite id="b" /> B<Cite id="a"/> C<Cite id="b" /> D<Cite  id=\'c\' />';
    expect(citationOrder(mdx)).toEqual(['b', 'a', 'c']);
  });
});

describe('countBlocks', () => {
  it('counts widgets and claim cards, self-closing or not, and nothing that merely starts alike', () => {
    const mdx = '<WidgetFrame id="a" />\n<ClaimCard id="x" />\n<ClaimCard id="y"></ClaimCard>\n<WidgetFrameless />\nClaimCard in prose';
    expect(countBlocks(mdx)).toEqual({ WidgetFrame: 1, ClaimCard: 2 });
  });
});

describe('articleReadingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it('is the prose alone when there are no blocks: 600 words at 200 a minute', () => {
    expect(articleReadingMinutes(words(600))).toBe(3);
  });
  it('reads Japanese at 500 characters a minute, alongside any Latin words', () => {
    // 1,000 characters = 2 min; 200 words = 1 min.
    expect(articleReadingMinutes(`${'光'.repeat(1000)} ${words(200)}`)).toBe(3);
  });
  it('adds a minute and a half per widget and 45 s per claim card', () => {
    // 600 words = 3 min; 2 widgets = 3 min; 4 claim cards = 3 min.
    const mdx = `${words(600)}\n<WidgetFrame id="a" />\n<WidgetFrame id="b" />\n${'<ClaimCard id="c" />\n'.repeat(4)}`;
    expect(articleReadingMinutes(mdx)).toBe(9);
  });
  it('says at least one minute, even for a page that is only a widget', () => {
    expect(articleReadingMinutes('')).toBe(1);
    expect(articleReadingMinutes('<WidgetFrame id="a" />')).toBe(2);
  });
});

describe('citationCounts', () => {
  it('counts every citation of each source', () => {
    const mdx = 'A<Cite id="b" /> B<Cite id="a"/> C<Cite id="b" /> D<Cite  id=\'b\' />';
    expect([...citationCounts(mdx)]).toEqual([
      ['b', 3],
      ['a', 1],
    ]);
  });
});
