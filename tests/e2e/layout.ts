/**
 * Phone layout checks, run by pages.spec.ts on every sitemap page at 320 and 390 px (the page
 * is loaded once at 320 px and widened in place):
 *
 * - no word in a table cell, button, label, summary or other short UI text is split across
 *   two lines (the site once had `overflow-wrap: anywhere` on <body>, which printed
 *   "Peopl / e" and "Cl / os / e");
 * - every visible control offers a target of at least 44 × 44 CSS px.
 *
 * Both return a list of offenders (empty when the page passes), each naming its element, so a
 * failure reads as a to-do list.
 */
import type { Page } from '@playwright/test';

/**
 * Elements whose text is short UI text rather than running prose: a word broken inside one of
 * them is never a typographic choice. Prose paragraphs are left out on purpose: a long URL or
 * identifier in a sentence may need `overflow-wrap: break-word` to fit a phone, which is the
 * one kind of break the site allows.
 */
const SHORT_TEXT = 'td, th, caption, button, label, legend, summary, dt, dd, output, [role="button"], .button';

/**
 * Words of `text` that are on more than one line, with their start offsets. A word is a run of
 * characters between ordinary breaking spaces; a no-break space (U+00A0, U+202F) joins its
 * neighbours into one word, since the author asked for them to stay together ("14.54 Pb/s").
 *
 * Allowed break points inside a word: after a hyphen or a dash ("19-/core", the usual
 * typographic break, which a browser makes on its own under `overflow-wrap: normal`) and at an
 * explicit opportunity (U+200B or U+00AD). A slash is not one: the words that carry a slash
 * here are units ("Pb/s", "bit/s") and a unit cut at its slash reads as two words.
 *
 * Japanese is written without spaces and Japanese typesetting breaks a line between any two kana
 * or kanji (global.css): in a run holding them, only the Latin words and numbers inside it
 * ("Pb/s", "Netflix", "1,808") must stay on one line.
 */
export async function findSplitWords(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const WORD = /[^ \t\n\r\f]+/g;
    const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
    // Between Japanese characters (and their full-width punctuation) a line may break.
    const NOT_JAPANESE = /[^\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;
    const PIECE = /[^-\u2010-\u2014\u200B\u00AD]+[-\u2010-\u2014\u200B\u00AD]*/g;
    const describe = (el: Element) => {
      const classes = [...el.classList].slice(0, 2).join('.');
      return `<${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''}>`;
    };
    // Distinct line boxes a range covers: rects whose vertical middles differ by more than
    // half a line (a word split across elements or styles gives several rects on one line).
    const lineCount = (range: Range) => {
      const middles: number[] = [];
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 && rect.height === 0) continue;
        const middle = rect.top + rect.height / 2;
        if (!middles.some((m) => Math.abs(m - middle) < rect.height / 2)) middles.push(middle);
      }
      return middles.length;
    };
    // The width of the token laid out unbroken: the sum of its pieces on each line.
    const tokenWidth = (range: Range, node: Node, start: number, length: number) => {
      range.setStart(node, start);
      range.setEnd(node, start + length);
      return [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
    };
    // The widest line the text could have: the content box of the nearest block that is not a
    // table part or a button, whose width is shrink-to-fit and so no limit of its own.
    const columnWidth = (el: Element) => {
      let box: Element | null = el;
      while (box && (/^(inline|table)/.test(getComputedStyle(box).display) || box.matches('button, td, th, caption, [role="button"]'))) box = box.parentElement;
      if (!box) return Infinity;
      const style = getComputedStyle(box);
      return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    };
    const found: string[] = [];
    const seen = new Set<Node>();
    for (const el of document.querySelectorAll(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (seen.has(node)) continue; // a <button> inside a <td> is walked once
        seen.add(node);
        const text = node.textContent ?? '';
        const words = [...text.matchAll(WORD)].flatMap(({ 0: token, index }) =>
          JAPANESE.test(token)
            ? [...token.matchAll(NOT_JAPANESE)].filter((run) => run[0].length > 1).map((run) => ({ text: run[0], index: index + run.index }))
            : [{ text: token, index }],
        );
        for (const word of words) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word.text.length);
          if (lineCount(range) <= 1) continue;
          // On several lines: fine only if every piece between allowed break points is on one.
          const pieces = [...word.text.matchAll(PIECE)];
          const brokenInPiece = pieces.some((piece) => {
            const start = word.index + piece.index;
            range.setStart(node, start);
            range.setEnd(node, start + piece[0].length);
            return lineCount(range) > 1;
          });
          // A token wider than the whole column (a URL in the sources list) has to break
          // somewhere: that is the one break `overflow-wrap: break-word` is there for.
          if (brokenInPiece && tokenWidth(range, node, word.index, word.text.length) > columnWidth(el)) continue;
          if (brokenInPiece) found.push(`"${word.text}" in ${describe(node.parentElement ?? el)} of ${describe(el)}`);
        }
      }
    }
    return found;
  }, SHORT_TEXT);
}

/** Interactive controls whose target must be at least 44 × 44 CSS px (WCAG 2.5.5). */
const CONTROLS = 'button, a[role="button"], a.button, input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]';
const MIN_TARGET_PX = 44;
/**
 * Visible controls smaller than 44 × 44 px, as "description w×h".
 *
 * Exempt, as WCAG 2.5.5/2.5.8 allow: a control inside a sentence, whose height is set by the
 * line of text around it (the glossary-term and note-number buttons, display: inline); plain
 * text links in prose are not in the list at all for the same reason. A checkbox or radio is
 * measured by its label when it has one: clicking the label toggles it, so the label is the
 * target.
 */
export async function findSmallControls(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selector, minimum }) => {
      const describe = (el: Element) => {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
        const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
        return `<${el.tagName.toLowerCase()}${type}${el.id ? `#${el.id}` : ''}> "${name}"`;
      };
      // In a sentence: laid out inline, and the nearest block around it holds other text.
      const inSentence = (el: Element) => {
        if (!getComputedStyle(el).display.startsWith('inline')) return false;
        let block = el.parentElement;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        if (!block) return false;
        return (block.textContent ?? '').replace(el.textContent ?? '', '').trim().length > 0;
      };
      const found: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement | SVGElement>(selector)) {
        if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) continue;
        if (!(el instanceof HTMLInputElement) && inSentence(el)) continue;
        let target: Element = el;
        if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) target = el.labels?.[0] ?? el;
        const box = target.getBoundingClientRect();
        // Half a pixel of slack for sub-pixel rounding of rem sizes.
        if (box.width + 0.5 < minimum || box.height + 0.5 < minimum) found.push(`${describe(el)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      return found;
    },
    { selector: CONTROLS, minimum: MIN_TARGET_PX },
  );
}

/**
 * Opens what a reader can open, so the checks see it too: every closed <details> ("Show the
 * arithmetic"), every chart's data table ("Show as table": the records table is where years
 * once stacked as "2/0/2/2") and the first "Embed this" dialog ("Cl / os / e"). It leaves
 * them open (and focus in the dialog): call it after the checks that need the page as loaded.
 */
export async function revealForLayoutChecks(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  const tableToggles = page.getByRole('button', { name: 'Show as table', pressed: false });
  // Pressing one re-labels it "Show as chart", so the first remaining one is always the next.
  for (let left = await tableToggles.count(); left > 0; left--) await tableToggles.first().click();
  const embed = page.getByRole('button', { name: 'Embed this' }).first();
  if (await embed.isVisible()) {
    await embed.click();
    await page.locator('dialog[open]').waitFor();
  }
}
