/**
 * What every widget component does first, once: read its props (Astro passes an island's props
 * once; they never change after hydration), make its translate function, build its URL codec
 * from its options with the codecFor of its core.ts (the registry builds the server's codec
 * with the same function from the same options, so the two are equal by construction), and
 * start keeping its state in step with the page URL.
 */
import { untrack } from 'svelte';
import { makeTranslate } from '../../i18n/translate';
import type { StateCodec } from '../../lib/url-state';
import type { WidgetProps } from './types';
import { UrlState } from './url-state.svelte';

/**
 * True only while Astro renders an island on the server (in Node, where there is no window).
 * An `{#if}` that reads it renders for readers without JavaScript and drops that copy at
 * hydration: see LazyFold.svelte.
 */
export const onServer = typeof window === 'undefined';

/** `props` is a getter (`() => props`): the props are read here, on purpose, once. */
export function widgetIsland<O, S extends object>(props: () => WidgetProps<O>, codecFor: (options: O) => StateCodec<S>) {
  const { locale, messages, urlPrefix, embed, options } = untrack(() => ({ ...props() }));
  const codec = codecFor(options);
  return { locale, embed, options, codec, t: makeTranslate(messages), url: new UrlState(codec, urlPrefix) };
}

/**
 * A result computed from what the reader is typing. `now` is undefined while the text does not
 * parse; `shown` keeps the last value that did, so a half-typed value never blanks the result.
 */
export function lastParsed<T>(compute: () => T, fallback: T): { readonly now: T | undefined; readonly shown: T } {
  let last = fallback;
  const now = $derived.by(() => {
    try {
      return compute();
    } catch {
      return undefined;
    }
  });
  return {
    get now() {
      return now;
    },
    get shown() {
      if (now !== undefined) last = now;
      return last;
    },
  };
}
