/**
 * `client:interaction`: hydrates an island when the reader first reaches for it (a pointer over
 * it or pressed on it, a touch, focus, a key), or at once when the page's URL asks for another
 * state than the one the server rendered. Until then the island is its server HTML, which for
 * the records chart includes the chart itself (records-chart/picture.server.ts). Why: on the
 * records chart embed, hydration and the first Chart.js drawing were two tasks of ≈50 and
 * ≈30 ms on this machine, ≈110–160 ms of Lighthouse's total blocking time, for a chart most
 * readers only look at. The first interaction pays for them instead.
 *
 * A click that lands before hydration has finished (a quick tap) is held and replayed on the
 * hydrated element, so it is not lost, and a radio or a fold does not change under a widget
 * that does not know it yet.
 */
import type { ClientDirective } from 'astro';

export interface InteractionOptions {
  /** The state the server rendered, as URL parameters: another value for one of them in the page's URL hydrates at once. */
  rendered: Record<string, string>;
}

const REACH = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
const ACTIONABLE = 'a[href], button, input, select, textarea, summary, label';

const hydrateOnInteraction: ClientDirective = (load, options, island) => {
  // Astro types the value as a string; it is the object Island.astro gave, parsed.
  const rendered = (options.value as unknown as InteractionOptions | undefined)?.rendered ?? {};
  let started = false;
  let held: HTMLElement | undefined;
  const hold = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(ACTIONABLE) : null;
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    held = target;
  };
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of REACH) island.removeEventListener(type, start, true);
    try {
      const hydrate = await load();
      await hydrate();
    } finally {
      island.removeEventListener('click', hold, true);
    }
    if (held?.isConnected) held.click();
  };
  island.addEventListener('click', hold, true);
  for (const type of REACH) island.addEventListener(type, start, { capture: true, passive: true });
  const query = new URLSearchParams(window.location.search);
  if ([...query].some(([key, value]) => Object.hasOwn(rendered, key) && rendered[key] !== value)) void start();
};

export default hydrateOnInteraction;
