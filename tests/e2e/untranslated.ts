/**
 * Untranslated English on a Japanese page, as a reader sees it after the islands hydrated: the
 * text of every element and its accessible names (aria-label, title, alt, placeholder).
 *
 * What counts: English UI text always has lowercase words ("joint release with", "Show the
 * arithmetic"), so a run of Latin-script words is reported when it holds a word written all in
 * lowercase letters that is not a unit (ALLOWED). Capitalised names, acronyms and brands (NICT,
 * Netflix, The Witness Times, arXiv, news24h) pass, as Japanese text writes them in Latin script,
 * and so do names in title case whose only lowercase words are short function words
 * (Engineering and Technology History Wiki, University of L'Aquila).
 * Skipped: text the page marks as another language (lang="en" on a quote, a published title or a
 * publisher's name) or as not to translate (translate="no": addresses); code and keyboard keys;
 * addresses and file names (a word with a dot or a slash); and English quoted as printed or
 * given beside its Japanese term, the way Japanese writing does it: Latin text alone inside
 * 「」, 『』, “” or （）, or followed by its Japanese in （） ("multiple-input multiple-output（多入力多出力）").
 */
import type { Page } from '@playwright/test';

/** Lowercase words Japanese text uses as they are: units and symbols. */
const ALLOWED = ['b', 'kb', 'bps', 'bit', 'ms', 'ns', 'px', 'km', 'mm', 'nm', 'µm', 'mb', 'gb', 'tb', 'pb', 'eb', 'kbps', 'mbps', 'gbps', 'e', 'x'];

export async function findUntranslated(page: Page): Promise<string[]> {
  return page.evaluate((allowed) => {
    const allowedWords = new Set(allowed);
    const SKIP = 'script, style, code, kbd, samp, pre, [translate="no"], [hidden], template, noscript';
    const foreign = (element: Element) => {
      const tagged = element.closest('[lang]');
      return tagged !== null && !tagged.getAttribute('lang')!.startsWith('ja');
    };
    const QUOTED_LATIN =
      /「[^「」\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*」|『[^『』\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*』|“[^“”\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*”|（[^（）\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*）/gu;
    const GLOSSED_LATIN = /\p{Script=Latin}[\p{Script=Latin}\p{N} ,'’.-]*(?=（[^）]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
    const LATIN_RUN = /\p{Script=Latin}[\p{Script=Latin}\p{N}'’./:-]*(?:[ \u00a0]+\p{Script=Latin}[\p{Script=Latin}\p{N}'’./:-]*)*/gu;
    const LOWERCASE_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
    const NAME_WORDS = new Set(['and', 'of', 'on', 'the', 'for', 'in', 'at', 'by', 'to', 'with', 'de']);
    const isTitleCaseName = (words: string[]) => /^\p{Lu}/u.test(words[0] ?? '') && words.every((word) => !LOWERCASE_WORD.test(word) || NAME_WORDS.has(word));
    const found = new Set<string>();
    const check = (text: string) => {
      for (const match of text.replace(QUOTED_LATIN, ' ').replace(GLOSSED_LATIN, ' ').matchAll(LATIN_RUN)) {
        const words = match[0].split(/[ \u00a0]+/).filter((word) => !/[./:]/.test(word));
        if (isTitleCaseName(words)) continue;
        if (words.some((word) => LOWERCASE_WORD.test(word) && word.length > 1 && !allowedWords.has(word))) found.add(match[0]);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node instanceof Element ? node : node.parentElement;
      if (element === null || element.closest(SKIP) !== null || foreign(element)) continue;
      if (node instanceof Text) check(node.data);
      else for (const name of ['aria-label', 'title', 'alt', 'placeholder']) check((node as Element).getAttribute(name) ?? '');
    }
    check(document.title);
    return [...found].sort();
  }, ALLOWED);
}
