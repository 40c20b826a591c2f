/**
 * Keyboard use, checked on every page by pages.spec.ts (sitemap pages, built embeds and the
 * 404 page): pressing Tab reaches every visible interactive element exactly in DOM order, and
 * each one shows a visible focus indicator (an outline or a box-shadow) at the moment it
 * receives focus.
 */
import { expect, type Page } from '@playwright/test';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

export interface Stop {
  index: number;
  label: string;
  indicator: string | null;
}

/**
 * Marks every visible, enabled focusable element with data-kbd (its DOM-order index) and
 * returns their labels. Radio groups count once (Tab enters a group once), and any element
 * with a positive tabindex is returned as a problem: it breaks DOM order.
 */
export async function markFocusables(page: Page): Promise<{ labels: string[]; positiveTabindex: string[] }> {
  return page.evaluate((selector) => {
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}"`;
    };
    const labels: string[] = [];
    const positiveTabindex: string[] = [];
    const radioGroups = new Set<string>();
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const tabindex = el.getAttribute('tabindex');
      if (tabindex !== null && Number(tabindex) < 0) continue;
      if (tabindex !== null && Number(tabindex) > 0) positiveTabindex.push(describe(el));
      if ((el as HTMLButtonElement).disabled || el.closest('[inert], fieldset:disabled')) continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (el.tagName === 'SUMMARY' && el.parentElement?.tagName !== 'DETAILS') continue;
      if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const key = `${el.form?.id ?? ''}/${el.name}`;
        if (radioGroups.has(key)) continue;
        radioGroups.add(key);
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
        const stop = group.find((r) => r.checked) ?? el;
        stop.dataset['kbd'] = String(labels.length);
        labels.push(describe(stop));
        continue;
      }
      el.dataset['kbd'] = String(labels.length);
      labels.push(describe(el));
    }
    return { labels, positiveTabindex };
  }, FOCUSABLE);
}

/** The focused element's data-kbd index and whether it shows a focus indicator right now. */
export async function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    // SVG controls (the cross-section's cores) are SVGElements: they take focus too.
    if (!(el instanceof HTMLElement || el instanceof SVGElement) || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    // An SVG shape shows focus with a stroke (outlines on SVG shapes are not drawn everywhere).
    const stroke = el instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0;
    const indicator = outline ? `outline ${style.outlineWidth} ${style.outlineStyle}` : shadow ? `box-shadow ${style.boxShadow}` : stroke ? `stroke ${style.strokeWidth}` : null;
    const label = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    return { index: el.dataset['kbd'] === undefined ? -1 : Number(el.dataset['kbd']), label, indicator };
  });
}

/**
 * Presses Tab through the page from its start and checks that it reaches every visible,
 * enabled control exactly in DOM order, that none has tabindex > 0, and that each shows a
 * visible focus indicator (an outline, a box-shadow, or a stroke on SVG) when it gets focus.
 * Call on a settled page (islands hydrated) with focus still at the start of the document.
 */
export async function expectKeyboardReachesEveryControl(page: Page): Promise<void> {
  const { labels, positiveTabindex } = await markFocusables(page);
  expect(positiveTabindex, 'elements with tabindex > 0 (they break DOM order)').toEqual([]);

  const visited: Stop[] = [];
  for (let press = 0; press < labels.length + 5; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (!stop) continue; // focus left the document (browser chrome) before wrapping around
    if (visited.length > 0 && stop.index === visited[0]?.index) break; // wrapped around
    visited.push(stop);
  }

  const order = visited.map((s) => (s.index >= 0 ? labels[s.index] : `unexpected stop ${s.label}`));
  expect(order, 'Tab order (must be every visible control, in DOM order)').toEqual(labels);
  const invisible = visited.filter((s) => !s.indicator).map((s) => s.label);
  expect(invisible, 'focused elements without a visible outline or box-shadow').toEqual([]);
}
