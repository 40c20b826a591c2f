/**
 * "Streams", the part the browser needs: how many streams of one kind (8K, 4K, HD, music, a
 * video call) the record carries at once, set against real audiences (Tokyo, Japan, the United
 * States, the world). Pure, and no data imports: the island receives its streams and audiences
 * as plain options from the server (options.ts), so no dataset ships to the browser for it.
 */
import { amount, divide, type ArithmeticStep } from '../../../lib/steps';
import { simultaneousStreams, streamsSteps } from '../../../lib/transfer';
import { parseQuantity } from '../../../lib/units';
import { oneOf, safeText, type StateCodec } from '../../../lib/url-state';
import { formatAtLeastShown, formatCount, formatPercent, formatRatio, formatWholeCount } from '../../../lib/format';
import { formatRate } from '../../../lib/units';
import { plurals } from '../../../lib/intl';
import type { Translate } from '../../../i18n/translate';

/** One kind of stream: only what the widget shows and computes with. */
export interface StreamOption {
  id: string;
  label: string;
  note?: string;
  bitsPerSecond: number;
  /** The bitrate as the data write it, as text the rate field parses back exactly ("100 Mb/s"). */
  rateText: string;
}
/** One group of people. */
export interface AudienceOption {
  id: string;
  label: string;
  people: number;
}
/** Everything the island needs from the data (built by options.ts). */
export interface StreamsOptions {
  recordBitsPerSecond: number;
  streams: StreamOption[];
  /** From the smallest group to the largest, the order the table reads best in. */
  audiences: AudienceOption[];
  /** The audience the one-line summary uses: everyone. */
  world: AudienceOption;
}

/** The stream the widget opens with. */
export const DEFAULT_STREAM = '8k';
/** The select's value while the bitrate field holds a bitrate of the reader's own (not a URL value: `s` keeps the kind). */
export const CUSTOM_STREAM = 'custom';

export interface StreamsState {
  /** A stream id from the data. */
  s: string;
  /** The bitrate as typed; empty means the stream's own bitrate from the data. */
  rate: string;
}

/** The codec for these streams (the same ids give the same codec on the server and in the browser). */
export function streamsCodecFor(options: Pick<StreamsOptions, 'streams'>): StateCodec<StreamsState> {
  const ids = options.streams.map((s) => s.id);
  if (!ids.includes(DEFAULT_STREAM)) throw new Error(`Streams: default stream "${DEFAULT_STREAM}" is not among the streams`);
  return { defaults: { s: DEFAULT_STREAM, rate: '' }, params: { s: oneOf(ids), rate: safeText(40) } };
}

export function streamChoice(id: string, streams: readonly StreamOption[]): StreamOption {
  const found = streams.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown stream "${id}"`);
  return found;
}

/** The bitrate in use: the typed one, or the data's when nothing was typed. Throws InputError. */
export function streamBitsPerSecond(state: StreamsState, streams: readonly StreamOption[]): number {
  if (state.rate.trim() === '') return streamChoice(state.s, streams).bitsPerSecond;
  return parseQuantity(state.rate, 'rate').base;
}

export interface AudienceShare {
  audience: AudienceOption;
  /** Streams per person: 1.65 means everyone gets one, 1.65 times over; 0.72 means 72 %. */
  perPerson: number;
  /** The same as a percent of the audience (72 for 0.72). */
  percent: number;
}

export interface StreamsResult {
  linkBitsPerSecond: number;
  streamBitsPerSecond: number;
  /** Whole streams: link ÷ stream, rounded down (0 when one stream needs more than the link). */
  streams: number;
  /** link ÷ stream before rounding, as the arithmetic shows it. */
  quotient: number;
  shares: AudienceShare[];
  world: AudienceShare;
  steps: ArithmeticStep[];
}

export function shareOf(streamCount: number, group: AudienceOption): AudienceShare {
  const perPerson = streamCount / group.people;
  return { audience: group, perPerson, percent: perPerson * 100 };
}

export function countStreams(linkBitsPerSecond: number, streamBitsPerSecond: number, groups: Pick<StreamsOptions, 'audiences' | 'world'>): StreamsResult {
  const quotient = simultaneousStreams(linkBitsPerSecond, streamBitsPerSecond);
  // Rounded down: no one can watch part of a stream, so capacity for 2.9 streams carries two.
  const count = Math.floor(quotient);
  const world = shareOf(count, groups.world);
  return {
    linkBitsPerSecond,
    streamBitsPerSecond,
    streams: count,
    quotient,
    shares: groups.audiences.map((group) => shareOf(count, group)),
    world,
    steps: [
      ...streamsSteps(linkBitsPerSecond, streamBitsPerSecond),
      divide('widget.streams.step.world', amount('count', count), amount('count', groups.world.people), world.perPerson >= 1 ? 'ratio' : 'percent'),
    ],
  };
}

/** The result as the widget prints it: whole streams, shares that never print a run of zeros. */
export interface StreamsTexts {
  rate: string;
  /** "10,200,000", "2", or "fewer than one". */
  count: string;
  /** "stream" or "streams", agreeing with `count`. */
  noun: string;
  world: string;
  /** One cell per audience, in the options' order. */
  shares: { id: string; text: string; covered: boolean }[];
  summary: string;
}

/** A share of people: "72%", "< 0.001%" (one stream each for 20 of 8 billion people), never "0.00000025%". */
function percentText(percent: number, locale: string): string {
  return formatAtLeastShown(percent, (p) => formatPercent(p, locale));
}

export function shareText(share: AudienceShare, locale: string, t: Translate): string {
  return share.perPerson >= 1 ? t('widget.streams.cell.over', { ratio: formatRatio(share.perPerson, locale) }) : percentText(share.percent, locale);
}

export function streamsTexts(result: StreamsResult, locale: string, t: Translate): StreamsTexts {
  const rate = formatRate(result.streamBitsPerSecond, locale);
  const count = formatWholeCount(result.streams, locale, t('widget.streams.fewerThanOne'));
  // "fewer than one stream" and "1 stream" are singular; plural rules pick for the rest.
  const one = result.streams < 1 || plurals(locale).select(result.streams) === 'one';
  const noun = t(one ? 'widget.streams.stream.one' : 'widget.streams.stream.other');
  const people = formatCount(result.world.audience.people, locale);
  const world =
    result.streams < 1
      ? t('widget.streams.world.none', { record: formatRate(result.linkBitsPerSecond, locale) })
      : result.world.perPerson >= 1
        ? t('widget.streams.world.over', { people, ratio: formatRatio(result.world.perPerson, locale) })
        : t('widget.streams.world.share', { people, share: percentText(result.world.percent, locale) });
  const shares = result.shares.map((share) => ({ id: share.audience.id, text: shareText(share, locale, t), covered: share.perPerson >= 1 }));
  return { rate, count, noun, world, shares, summary: t('widget.streams.summary', { count, streams: noun, rate, world }) };
}
