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

/**
 * Records every focus stop in the page as it happens: a `focusin` listener (added before any
 * Tab press) stores the element's data-kbd index, a label and its focus indicator, read from
 * the computed style at the moment the element receives focus (:focus-visible already applies
 * then; the site has no focus transitions). Read the record with readStops.
 */
async function recordStops(page: Page): Promise<void> {
  await page.evaluate(() => {
    const stops: Stop[] = [];
    Object.defineProperty(window, '__kbdStops', { value: stops, configurable: true });
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target;
        // SVG controls (the cross-section's cores) are SVGElements: they take focus too.
        if (!(el instanceof HTMLElement || el instanceof SVGElement) || el === document.body) return;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
        // An SVG shape shows focus with a stroke (outlines on SVG shapes are not drawn everywhere).
        const stroke = el instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0;
        const indicator = outline
          ? `outline ${style.outlineWidth} ${style.outlineStyle}`
          : shadow
            ? `box-shadow ${style.boxShadow}`
            : stroke
              ? `stroke ${style.strokeWidth}`
              : null;
        const label = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        stops.push({ index: el.dataset['kbd'] === undefined ? -1 : Number(el.dataset['kbd']), label, indicator });
      },
      true,
    );
  });
}

const readStops = (page: Page) => page.evaluate(() => [...(window as unknown as { __kbdStops: Stop[] }).__kbdStops]);

/**
 * Presses Tab `count` times. The key events go down one DevTools session without waiting for
 * each to be handled before sending the next (the renderer still handles them one by one, in
 * order, and every send resolves once its event was handled), so a page with 100 controls
 * takes a fraction of a second instead of 100 round trips.
 */
async function pressTab(page: Page, count: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
    const sent: Promise<unknown>[] = [];
    for (let press = 0; press < count; press += 1) {
      sent.push(session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }));
      sent.push(session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
    }
    await Promise.all(sent);
  } finally {
    await session.detach();
  }
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

  // Enough presses to pass every control and wrap around to the first (focus may visit the
  // browser's own UI once on the way, which the page does not see), plus a margin.
  await recordStops(page);
  await pressTab(page, labels.length + 5);
  const record = await readStops(page);
  const visited: Stop[] = [];
  for (const stop of record) {
    if (visited.length > 0 && stop.index === visited[0]?.index) break; // wrapped around
    visited.push(stop);
  }

  const order = visited.map((s) => (s.index >= 0 ? labels[s.index] : `unexpected stop ${s.label}`));
  expect(order, 'Tab order (must be every visible control, in DOM order)').toEqual(labels);
  const invisible = visited.filter((s) => !s.indicator).map((s) => s.label);
  expect(invisible, 'focused elements without a visible outline or box-shadow').toEqual([]);
}
