/**
 * Each widget's headline figure for its social card: the result the widget shows in its
 * default state (its codec's defaults), computed by the widget's own pure core from the same
 * options its island receives, and formatted with the same formatters the widget uses. So a
 * card never retypes a number and changes when the data (or a widget's default) does. The
 * islands' options carry the data's English labels; a card names a payload, line or stream in
 * its own edition's words, from dataIn(locale) by the option's id.
 */
import { dataIn } from '../../data';
import { toLocale, type Translate } from '../../i18n';
import { formatCount, formatDistance, formatDuration, formatRatio, formatYears } from '../../lib/format';
import { formatRate } from '../../lib/units';
import { formatAmount } from '../../lib/render-steps';
import { VERDICT_TONE, verdictText, type VerdictTone } from '../../lib/verdict';
import { optionLabel } from '../widgets/option-label';
import type { WidgetDefinition } from '../widgets/types';
import { arithmeticPair, downloadTimeCodecFor, downloadTimes, recordLinkId, type DownloadTimeOptions } from '../widgets/download-time/core';
import { compareConnection, lineBitsPerSecond, yourConnectionCodecFor, type YourConnectionOptions } from '../widgets/your-connection/core';
import { countStreams, streamBitsPerSecond, streamChoice, streamsCodecFor, type StreamsOptions } from '../widgets/streams/core';
import { audioBitsPerSecond, musicYears, musicYearsCodecFor, type MusicYearsOptions } from '../widgets/music-years/core';
import { bitsBytesTrap, formatReadable, unitsCodecFor, unitsTable, type UnitsOptions } from '../widgets/units/core';
import { claimCheckCodecFor, type ClaimCheckOptions } from '../widgets/claim-check/core';
import { highlightRow, type RecordsChartOptions } from '../widgets/records-chart/core';
import { recordText } from '../widgets/records-chart/record-text';
import { perChannelRate, type FiberCrossSectionOptions } from '../widgets/fiber-cross-section/core';
import { lapProgress, type LoopOptions } from '../widgets/loop/core';

/** A card's headline: the figure in large type and, under it, what the figure is (without repeating it). */
export interface CardFigure {
  figure: string;
  caption: string;
  /** Set for a verdict, so the figure takes its colour (a claim that holds is not drawn in the record's red). */
  tone?: VerdictTone;
}

type FigureOf<O> = (options: O, locale: string, t: Translate) => CardFigure;

/** The label of the data entry with this id in the locale's words; an option with no entry keeps its own. */
function labelIn(locale: string, dataset: 'payloads' | 'links' | 'streams', option: { id: string; label?: string | undefined }): string {
  const entries: readonly { id: string; label: string }[] = dataIn(toLocale(locale))[dataset];
  return entries.find((entry) => entry.id === option.id)?.label ?? option.label ?? option.id;
}

function downloadTime(options: DownloadTimeOptions, locale: string, t: Translate): CardFigure {
  const state = downloadTimeCodecFor(options).defaults;
  const pair = arithmeticPair(state, recordLinkId(options));
  const times = downloadTimes(state, 0, 0, options);
  const cell = times.cells.find((c) => c.payloadId === pair.payloadId && c.linkId === pair.linkId);
  const payload = options.payloads.find((p) => p.id === pair.payloadId);
  const link = options.links.find((l) => l.id === pair.linkId);
  if (!cell || !payload || !link) throw new Error('Social card: the download-time default pair is not among its options');
  return {
    figure: formatDuration(cell.seconds, locale),
    caption: t('site.card.download-time', { payload: labelIn(locale, 'payloads', payload), link: labelIn(locale, 'links', link) }),
  };
}

function yourConnection(options: YourConnectionOptions, locale: string, t: Translate): CardFigure {
  const state = yourConnectionCodecFor(options).defaults;
  const line = options.lines.find((l) => l.id === state.line);
  if (!line) throw new Error('Social card: the your-connection default line is not among its lines');
  const result = compareConnection(options.recordBitsPerSecond, lineBitsPerSecond(state, options.lines));
  return {
    figure: formatRatio(result.ratio, locale),
    caption: t('site.card.your-connection', { line: optionLabel({ ...line, label: labelIn(locale, 'links', line) }, locale, t) }),
  };
}

function streams(options: StreamsOptions, locale: string, t: Translate): CardFigure {
  const state = streamsCodecFor(options).defaults;
  const result = countStreams(options.recordBitsPerSecond, streamBitsPerSecond(state, options.streams), options);
  const stream = streamChoice(state.s, options.streams);
  return {
    figure: formatCount(result.streams, locale),
    caption: t('site.card.streams', { stream: labelIn(locale, 'streams', stream), rate: formatRate(result.streamBitsPerSecond, locale) }),
  };
}

function music(options: MusicYearsOptions, locale: string, t: Translate): CardFigure {
  const state = musicYearsCodecFor(options).defaults;
  const result = musicYears(options.recordBitsPerSecond, audioBitsPerSecond(state, options.presets), state.len);
  return { figure: formatYears(result.years, locale), caption: t('site.card.music-years', { rate: formatRate(result.audioBitsPerSecond, locale) }) };
}

function units(options: UnitsOptions, locale: string, t: Translate): CardFigure {
  const { quantity } = unitsTable(unitsCodecFor(options).defaults.value);
  const trap = bitsBytesTrap(quantity);
  return { figure: formatAmount(trap.bytes, locale), caption: t('site.card.units', { typed: `${formatReadable(quantity.value, locale)} ${quantity.unit}` }) };
}

function claimCheck(options: ClaimCheckOptions, locale: string, t: Translate): CardFigure {
  const id = claimCheckCodecFor(options).defaults.claim;
  const view = options.views.find((v) => v.id === id);
  if (!view) throw new Error('Social card: the claim-check default claim is not among its views');
  return { figure: verdictText(view.verdict, view.factorOff, locale, t), caption: t('site.card.claim-check', { quote: view.quote }), tone: VERDICT_TONE[view.verdict] };
}

function recordsChart(options: RecordsChartOptions, locale: string, t: Translate): CardFigure {
  // The default state selects the highlighted record (recordsChartCodecFor).
  const row = highlightRow(options.rows);
  const text = recordText(locale, t, options.standardCladdingUm);
  return { figure: text.product(row), caption: t('site.card.records-chart', { year: text.year(row.year) }) };
}

function fiberCrossSection(options: FiberCrossSectionOptions, locale: string, t: Translate): CardFigure {
  const average = perChannelRate(options.recordBitsPerSecond, options.cores, options.channels);
  return {
    figure: formatRate(average.bitsPerSecond, locale, { maximumSignificantDigits: 3 }),
    caption: t('site.card.fiber-cross-section', {
      rate: formatRate(options.recordBitsPerSecond, locale),
      signals: formatCount(average.signals, locale),
      cores: formatCount(options.cores, locale),
      channels: formatCount(options.channels, locale),
    }),
  };
}

/**
 * The loop opens at lap 0 (the light just launched, nothing travelled yet), so its card shows
 * where the laps end instead: the widget's last lap, computed by the same lapProgress.
 */
function loop(options: LoopOptions, locale: string, t: Translate): CardFigure {
  const last = lapProgress(options.laps, options);
  return {
    figure: formatDistance(last.distanceKm, locale),
    caption: t('site.card.loop', { laps: options.laps, span: formatDistance(options.spanKm, locale), time: formatDuration(last.seconds, locale) }),
  };
}

/** One entry per widget in the registry; registry.test-style unit tests check none is missing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry takes its own widget's options type
const FIGURES: Record<string, FigureOf<any>> = {
  'download-time': downloadTime,
  'your-connection': yourConnection,
  streams,
  'music-years': music,
  units,
  'claim-check': claimCheck,
  'records-chart': recordsChart,
  'fiber-cross-section': fiberCrossSection,
  loop,
};

/** Ids of the widgets that have a card figure (the unit test compares it with the registry). */
export const WIDGETS_WITH_FIGURES: readonly string[] = Object.keys(FIGURES);

/** The widget's headline figure in its default state; throws for a widget with none, so a new widget cannot ship without its card. */
export function widgetFigure(def: Pick<WidgetDefinition, 'id' | 'options'>, locale: string, t: Translate): CardFigure {
  const figureOf = FIGURES[def.id];
  if (!figureOf) throw new Error(`Social card: no headline figure for widget "${def.id}" (add one in src/components/social/widget-figures.ts)`);
  return figureOf(def.options, locale, t);
}
