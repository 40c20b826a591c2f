/**
 * The types that tie a widget's parts together: the props every widget component takes (the
 * one Island.astro passes them), and the registry's entry (registry.ts builds one per widget).
 */
import type { Locale } from '../../i18n';
import type { UiKey } from '../../i18n/en';
import type { Messages } from '../../i18n/translate';
import type { StateCodec } from '../../lib/url-state';

/** When to hydrate: 'idle' above the fold, 'visible' below it. Islands pass 'idle' with a
 * 500 ms timeout: a cross-origin (embedded) frame may see no idle period for a long time. */
export type IslandLoad = 'visible' | 'idle';

/** The props of every widget's Svelte component. `O` is the widget's options type (core.ts). */
export interface WidgetProps<O> {
  locale: string;
  /** The messages under the widget's messagePrefixes, for its translate function. */
  messages: Messages;
  /** Prefix of this widget's URL parameters on the page ('' inside embeds). */
  urlPrefix: string;
  /** True on /embed/ pages. */
  embed: boolean;
  /** What the widget shows and computes with, read from the data on the server (its
   * options.ts): plain values, never a dataset. */
  options: O;
}

/**
 * A widget's server side, from its options.ts: the options its island receives and the
 * function (from its core.ts) that builds its URL codec from them. The island calls the same
 * function on the same options in the browser, so the two codecs are equal by construction.
 */
export interface WidgetIsland<O, S extends object> {
  /** The options in English: what the codec, the tests and the social cards read. */
  options: O;
  /** The same options with their labels in `locale` (same ids and numbers, so the same codec).
   * Absent when the options hold no text. */
  optionsIn?: (locale: Locale) => O;
  codecFor: (options: O) => StateCodec<S>;
}

/** What a registry line says about a widget; everything else is derived from its id. */
export interface WidgetSettings {
  /** Short prefix for the widget's URL parameters on ordinary pages, e.g. "dt.". */
  urlPrefix: string;
  /** Recommended iframe height in px at a 375 px wide phone, so embeds never scroll. */
  embedHeight: number;
  /** Slug of the article that explains the widget (the embed's "read more" link). */
  articleSlug: string;
  /** A non-default state as a query string without the prefix (e.g. "lap=10"): the gallery's
   * "See an example" link, and the state the embed tests choose before copying a snippet. */
  example: string;
  /** True when the widget draws a chart (the gallery says so). */
  hasChart?: boolean;
  /** Message-key prefixes the island needs beyond its own ("shell.", "engine.", "widget.<id>."). */
  moreMessages?: readonly string[];
}

// The registry holds widgets of different option and state types side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export interface WidgetDefinition<O = any, S extends object = any> extends Required<Omit<WidgetSettings, 'moreMessages'>> {
  id: string;
  titleKey: UiKey;
  descriptionKey: UiKey;
  /** Dictionary key prefixes the island gets as messages (Island.astro reads them). */
  messagePrefixes: readonly string[];
  options: O;
  /** The options an island in `locale` receives (built once per locale). */
  optionsIn: (locale: Locale) => O;
  codecFor: (options: O) => StateCodec<S>;
  /** codecFor(options): the codec pages, embed snippets and oEmbed files use. */
  codec: StateCodec<S>;
}
