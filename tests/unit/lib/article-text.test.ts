import { describe, expect, it } from 'vitest';
import { citationOrder, countWords, readingMinutes } from '../../../src/lib/article-text';

describe('countWords', () => {
  it('counts prose words and ignores imports, tags and frontmatter', () => {
    const mdx = `---\ntitle: X\n---\nimport A from './a';\n\nThe fiber carried <Value fact="record-rate" /> over a loop.\n\n<WidgetFrame id="loop" />`;
    expect(countWords(mdx)).toBe(7);
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
