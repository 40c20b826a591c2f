import { describe, expect, it } from 'vitest';
import { PUBLISHED_LOCALES, alternates, inEveryLocale, langParam, pathIn, pathWithoutEdition } from '../../../src/i18n/routing';

describe('editions and their paths', () => {
  it('puts English at the root and Japanese under /ja/, under any base path', () => {
    expect(pathIn('en', 'articles/the-record/', '/')).toBe('/articles/the-record/');
    expect(pathIn('ja', 'articles/the-record/', '/')).toBe('/ja/articles/the-record/');
    expect(pathIn('ja', '/glossary/#bit', '/petabit-explained/')).toBe('/petabit-explained/ja/glossary/#bit');
    expect(pathIn('en', '', '/petabit-explained')).toBe('/petabit-explained/');
  });

  it('finds the page behind either edition’s address', () => {
    expect(pathWithoutEdition('/ja/articles/the-record/', '/')).toBe('articles/the-record/');
    expect(pathWithoutEdition('/articles/the-record/', '/')).toBe('articles/the-record/');
    expect(pathWithoutEdition('/petabit-explained/ja/', '/petabit-explained/')).toBe('');
    // A page whose own name starts with "ja" is not mistaken for the Japanese edition.
    expect(pathWithoutEdition('/japan-notes/', '/')).toBe('japan-notes/');
  });

  it('builds each page once per published edition, English without a lang parameter', () => {
    expect(langParam('en')).toBeUndefined();
    expect(langParam('ja')).toBe('ja');
    const paths = inEveryLocale(() => [{ params: { slug: 'a' } }, { params: { slug: 'b' } }]);
    expect(paths).toHaveLength(2 * PUBLISHED_LOCALES.length);
    expect(paths.filter((p) => p.params.lang === undefined).map((p) => p.params.slug)).toEqual(['a', 'b']);
  });

  it('lists hreflang alternates only when a page has a twin', () => {
    const links = alternates('/articles/the-record/', '/');
    if (PUBLISHED_LOCALES.length < 2) expect(links).toEqual([]);
    else {
      expect(links).toContainEqual({ hreflang: 'ja', path: '/ja/articles/the-record/' });
      expect(links).toContainEqual({ hreflang: 'x-default', path: '/articles/the-record/' });
    }
  });
});
