/**
 * The widget registry: one line per widget, in gallery order. The gallery, the widget and
 * embed pages, the oEmbed files, Island.astro and the tests all iterate this list.
 *
 * Adding a widget means:
 * 1. one folder, src/components/widgets/<id>/: core.ts (pure: options type, codec, compute,
 *    steps), options.ts (server only: reads src/data, exports `island = { options, codecFor }`,
 *    plus `optionsIn(locale)` when the options hold labels, read from dataIn(locale)),
 *    and its Svelte component, which starts with `widgetIsland(props, codecFor)`;
 * 2. one line here (and its import), plus its branch in Island.astro (Astro needs a static
 *    import for a `client:` directive);
 * 3. its messages in src/i18n/en.ts: widget.<id>.title, widget.<id>.description, widget.<id>.…;
 * 4. its spec, tests/e2e/widgets/<id>.spec.ts. The unit tests over the registry cover its
 *    codec, its example and its options without being told about it.
 */
import type { Locale } from '../../i18n';
import type { UiKey } from '../../i18n/en';
import type { StateCodec } from '../../lib/url-state';
import type { WidgetDefinition, WidgetIsland, WidgetSettings } from './types';
import { island as claimCheck } from './claim-check/options';
import { island as downloadTime } from './download-time/options';
import { island as fiberCrossSection } from './fiber-cross-section/options';
import { island as loop } from './loop/options';
import { island as musicYears } from './music-years/options';
import { island as recordsChart } from './records-chart/options';
import { island as streams } from './streams/options';
import { island as units } from './units/options';
import { island as yourConnection } from './your-connection/options';

/** The messages every island gets, before its own "widget.<id>." keys. */
const SHARED_MESSAGES = ['shell.', 'engine.'];

function defineWidget<O, S extends object>(id: string, server: WidgetIsland<O, S>, settings: WidgetSettings): WidgetDefinition<O, S> {
  const { moreMessages = [], hasChart = false, ...rest } = settings;
  const codec: StateCodec<S> = server.codecFor(server.options);
  const byLocale = new Map<Locale, O>();
  const optionsIn = (locale: Locale): O => {
    const built = byLocale.get(locale) ?? (locale === 'en' || server.optionsIn === undefined ? server.options : server.optionsIn(locale));
    byLocale.set(locale, built);
    return built;
  };
  return {
    id,
    titleKey: `widget.${id}.title` as UiKey,
    descriptionKey: `widget.${id}.description` as UiKey,
    messagePrefixes: [...SHARED_MESSAGES, ...moreMessages, `widget.${id}.`],
    hasChart,
    ...rest,
    options: server.options,
    codecFor: server.codecFor,
    optionsIn,
    codec,
  };
}

// Embed heights are measured at a 375 px phone (the island at 343 px wide) in the default
// state, plus 120 px for the embed's title and credit line where noted (or the whole embed
// page, title and credit included, where the note says so), so no embed scrolls. WordPress
// clamps an embed's frame to 200–1,000 px, so a height above 1,000 means the embed is cut off
// there.
// One line per widget, kept on one line each as a table (Prettier would fold the long ones).
// prettier-ignore
export const widgets: readonly WidgetDefinition[] = [
  // The whole embed page: 909 px tall (its compact layout); plus margin.
  defineWidget('download-time', downloadTime, { urlPrefix: 'dt.', embedHeight: 940, articleSlug: 'what-it-means-for-you', hasChart: true, example: 'p=fineweb,common-crawl-monthly&l=record-2025,marea', moreMessages: ['site.name'] }),
  defineWidget('your-connection', yourConnection, { urlPrefix: 'yc.', embedHeight: 440, articleSlug: 'what-it-means-for-you', example: 'line=us-fixed-median-2025-10' }),
  // The compact embed page: 910 px at 375 px (every kind of stream within 4 px of it); plus margin.
  defineWidget('streams', streams, { urlPrefix: 'st.', embedHeight: 940, articleSlug: 'what-it-means-for-you', example: 's=hd' }),
  // The island: 488 px tall; plus 120 px.
  defineWidget('music-years', musicYears, { urlPrefix: 'mu.', embedHeight: 710, articleSlug: 'what-it-means-for-you', example: 'b=cd' }),
  // The compact embed page: 632 px at 375 px, 657 px in a 343 px frame (a 375 px phone's column); plus margin.
  defineWidget('units', units, { urlPrefix: 'un.', embedHeight: 680, articleSlug: 'bits-bytes-and-petabits', example: 'value=100+GB' }),
  // The compact embed page: the default claim 793 px at 375 px, the tallest (127500-years-of-music) 882 px; plus margin, so no claim scrolls at 375 px.
  defineWidget('claim-check', claimCheck, { urlPrefix: 'cc.', embedHeight: 900, articleSlug: 'checking-the-headlines', example: 'claim=wikipedia-10000-times', moreMessages: ['claim.'] }),
  // The whole embed page: 916 px tall (its compact layout); plus margin.
  defineWidget('records-chart', recordsChart, { urlPrefix: 'rc.', embedHeight: 950, articleSlug: 'history-of-fiber-records', hasChart: true, example: 'view=year&record=nict-2023-1-7pb', moreMessages: ['site.name'] }),
  // The whole embed page: 905 px tall (its compact layout); plus margin.
  defineWidget('fiber-cross-section', fiberCrossSection, { urlPrefix: 'fx.', embedHeight: 940, articleSlug: 'inside-a-19-core-fiber', example: 'core=7', moreMessages: ['site.name'] }),
  defineWidget('loop', loop, { urlPrefix: 'lp.', embedHeight: 870, articleSlug: '1808-km-in-a-lab', example: 'lap=10' }),
];

export function widget(id: string): WidgetDefinition {
  const found = widgets.find((w) => w.id === id);
  if (!found) throw new Error(`Unknown widget "${id}"`);
  return found;
}
