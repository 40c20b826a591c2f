/**
 * The articles as a set: the seven fixed slugs in reading order, each within the word limits,
 * glossary links that use only the promised term ids (each linked once, at first use), every
 * headline claim checked in the headlines article, and any figure typed in a title, summary,
 * caption or alt text agreeing with the data.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { countWords } from '../../src/lib/article-text';
import { termIdsIn } from '../../src/lib/glossary-terms';
import { claims, facts, glossary, records } from '../../src/data';

const GLOSSARY_IDS = glossary.map((term) => term.id);
import { formatNumber } from '../../src/lib/format';

const DIR = 'src/content/articles';
const SLUGS = [
  'the-record',
  'inside-a-19-core-fiber',
  '1808-km-in-a-lab',
  'what-it-means-for-you',
  'checking-the-headlines',
  'history-of-fiber-records',
  'bits-bytes-and-petabits',
];
const read = (slug: string) => readFileSync(`${DIR}/${slug}.mdx`, 'utf8');
const frontmatter = (mdx: string) => /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';

describe('the seven articles', () => {
  it('are exactly the fixed slugs, numbered 1–7 in reading order', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, ''))
        .sort(),
    ).toEqual([...SLUGS].sort());
    for (const [index, slug] of SLUGS.entries()) expect(frontmatter(read(slug)), slug).toMatch(new RegExp(`^order: ${index + 1}$`, 'm'));
  });

  for (const slug of SLUGS) {
    it(`${slug} has 600–1,500 words`, () => {
      const words = countWords(read(slug));
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(1500);
    });

    it(`${slug} links each glossary term once, with a promised id`, () => {
      const used = termIdsIn(read(slug));
      for (const id of used) expect(GLOSSARY_IDS, id).toContain(id);
      expect(
        used.filter((id, i) => used.indexOf(id) !== i),
        'terms linked twice',
      ).toEqual([]);
      expect(used.length).toBeGreaterThan(0);
    });

    it(`${slug} has a hero image file`, () => {
      const src = /^\s+src: (\S+)$/m.exec(frontmatter(read(slug)))?.[1] ?? '';
      expect(src).toBe(`/images/${slug}.svg`);
      expect(readFileSync(`public${src}`, 'utf8')).toMatch(/^<svg[\s\S]*<title[\s\S]*<\/svg>\s*$/);
    });

    it(`${slug}'s Japanese translation has its own hero, labelled in Japanese`, () => {
      const japanese = readFileSync(`src/content/articles/ja/${slug}.mdx`, 'utf8');
      const src = /^\s+src: (\S+)$/m.exec(frontmatter(japanese))?.[1] ?? '';
      expect(src).toBe(`/images/ja/${slug}.svg`);
      const svg = readFileSync(`public${src}`, 'utf8');
      const english = readFileSync(`public/images/${slug}.svg`, 'utf8');
      // The same picture: every shape and number as in the English; only the words differ.
      const shapes = (text: string) => text.replace(/>[^<]*</g, '><').replace(/ xml:lang="ja"/, '');
      expect(shapes(svg)).toBe(shapes(english));
      const words = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1] ?? '');
      for (const text of words) expect(text, `${slug}: "${text}"`).not.toMatch(/\b[a-z]{2,}\b/);
    });
  }

  it('the articles link at least twenty different glossary entries', () => {
    const used = new Set(SLUGS.flatMap((slug) => termIdsIn(read(slug))));
    expect(used.size).toBeGreaterThanOrEqual(20);
  });

  it('the headlines article checks every claim in the data, once each', () => {
    const ids = [...read('checking-the-headlines').matchAll(/<ClaimCard id="([^"]+)"/g)].map((m) => m[1]);
    expect([...ids].sort()).toEqual(claims.map((c) => c.id).sort());
  });

  it('numbers typed in titles, summaries, captions and alt texts are figures the data holds', () => {
    const known = new Set<string>();
    for (const f of facts) if (typeof f.value === 'number') known.add(formatNumber(f.value, 'en', { maximumFractionDigits: 4 }));
    for (const r of records) known.add(formatNumber(r.capacity.value, 'en', { maximumFractionDigits: 4 }));
    for (const slug of SLUGS) {
      const fields = frontmatter(read(slug))
        .split('\n')
        .filter((line) => /^\s*(title|summary|alt|caption):/.test(line));
      // Years (19xx, 20xx) are dates of history; digits inside names (TAT-8, 8K) are not figures.
      const numbers = fields.flatMap((line) => [...line.matchAll(/(?<![\w-])(?:\d[\d,.]*\d|\d)(?![A-Za-z])/g)].map((m) => m[0]));
      const unknown = numbers.filter((n) => !known.has(n) && !/^(19|20)\d\d$/.test(n) && !['0', '1'].includes(n));
      expect(unknown, slug).toEqual([]);
    }
  });
});
