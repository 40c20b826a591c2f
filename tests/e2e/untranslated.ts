/**
 * Untranslated English on a Japanese page, as a reader sees it after the islands hydrated: the
 * text of every element and its accessible names (aria-label, title, alt, placeholder).
 *
 * What counts: English UI text always has lowercase words ("joint release with", "Show the
 * arithmetic"), so a run of Latin-script words is reported when it holds a lowercase word that
 * is not a unit or a term Japanese writing uses as is (ALLOWED below). Capitalised names and
 * acronyms (NICT, Netflix, The Witness Times) pass, as Japanese text writes them in Latin script.
 * Skipped: text the page marks as another language (lang="en" on a quote or a published title)
 * or as not to translate (translate="no": addresses), code, keyboard keys, addresses and file
 * names (anything with a dot or a slash).
 */
import type { Page } from '@playwright/test';

/** Lowercase words Japanese text uses as they are: units and symbols, and a few terms. */
const ALLOWED = ['b', 'kb', 'bps', 'bit', 'ms', 'ns', 'px', 'km', 'mm', 'nm', 'µm', 'mb', 'gb', 'tb', 'pb', 'eb', 'kbps', 'mbps', 'gbps', 'e', 'x', 'dB', 'ja', 'en'];

export async function findUntranslated(page: Page): Promise<string[]> {
  return page.evaluate((allowed) => {
    const allowedWords = new Set(allowed);
    const SKIP = 'script, style, code, kbd, samp, pre, [translate="no"], [hidden], template, noscript';
    const foreign = (element: Element) => {
      const tagged = element.closest('[lang]');
      return tagged !== null && !tagged.getAttribute('lang')!.startsWith('ja');
    };
    const found = new Set<string>();
    const check = (text: string) => {
      for (const match of text.matchAll(/[A-Za-z][\w'’./:-]*(?:[ \u00a0]+[A-Za-z][\w'’./:-]*)*/g)) {
        const words = match[0].split(/[ \u00a0]+/).filter((word) => !/[./:]/.test(word));
        if (words.some((word) => /^[a-z]/.test(word) && word.length > 1 && !allowedWords.has(word.replace(/[’'-].*$/, '')))) found.add(match[0]);
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
