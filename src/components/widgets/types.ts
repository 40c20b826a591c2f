/**
 * The widget registry's entry type. Each widget folder (src/components/widgets/<id>/) has a
 * definition.ts default-exporting one of these, and an Island.astro that renders its Svelte
 * component with the right client directive (Astro needs the import to be static there).
 */
import type { UiKey } from '../../i18n/en';
import type { Locale } from '../../i18n';
import type { StateCodec } from '../../lib/url-state';

/** Props every widget's Island.astro accepts. */
export interface IslandProps {
  locale: Locale;
  /** Prefix of this widget's URL parameters on the page ('' inside embeds). */
  urlPrefix: string;
  /** True on /embed/ pages. */
  embed: boolean;
  /** When to hydrate: 'idle' above the fold, 'visible' below it. Islands pass 'idle' with a
   * 500 ms timeout: a cross-origin (embedded) frame may see no idle period for a long time. */
  load: 'visible' | 'idle';
}

export interface WidgetDefinition {
  id: string;
  /** Position in the gallery. */
  order: number;
  titleKey: UiKey;
  descriptionKey: UiKey;
  /** Dictionary key prefixes the island needs as messages. */
  messagePrefixes: readonly string[];
  /** Short prefix for the widget's URL parameters on ordinary pages, e.g. "dt.". */
  urlPrefix: string;
  /** Recommended iframe height in px at a 375 px wide phone, so embeds never scroll. */
  embedHeight: number;
  /** Slug of the article that explains the widget (the embed's "read more" link). */
  articleSlug: string;
  hasChart: boolean;
  /** A non-default state as a query string without the prefix (e.g. "lap=10"): the gallery's
   * "See an example" link, and the state the embed tests choose before copying a snippet. */
  example: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds codecs of different state types
  codec: StateCodec<any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an Astro component
  Island: (props: IslandProps) => any;
}
