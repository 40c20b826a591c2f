/**
 * "Streams", the part that reads the data (server, definition and tests only): the streams and
 * audiences as the plain options the island receives, and the codec built from their ids.
 */
import { audience, audiences, lookupIn, streams } from '../../../data';
import type { Audience, Stream } from '../../../data/schema';
import { rateToBitsPerSecond } from '../../../lib/units';
import { RECORD_BITS_PER_SECOND, RECORD_LINK } from '../record-link.server';
import { streamsCodecFor, type AudienceOption, type StreamOption, type StreamsOptions, type StreamsState } from './core';
import type { Locale } from '../../../i18n';
import type { WidgetIsland } from '../types';

export { RECORD_LINK };

export const STREAM_CHOICES: readonly Stream[] = streams;
/** Audiences from the smallest group to the largest, the order the table reads best in. */
export const AUDIENCES: readonly Audience[] = [...audiences].sort((a, b) => a.people - b.people);
/** The audience the one-line summary uses: everyone. */
export const WORLD: Audience = audience('world');

/** The data's bitrate as text the rate field parses back exactly ("100 Mb/s", "320 kb/s"). */
export function streamRateText(stream: Stream): string {
  return `${stream.rate.value} ${stream.rate.unit}`;
}

export function streamOption(stream: Stream): StreamOption {
  const option: StreamOption = { id: stream.id, label: stream.label, bitsPerSecond: rateToBitsPerSecond(stream.rate), rateText: streamRateText(stream) };
  if (stream.note !== undefined) option.note = stream.note;
  return option;
}

export function audienceOption(group: Audience): AudienceOption {
  return { id: group.id, label: group.label, people: group.people };
}

/** The island's props: the record's speed, each stream and audience reduced to what the widget shows, labelled in `locale`. */
export function streamsOptions(locale: Locale = 'en'): StreamsOptions {
  const inLocale = lookupIn(locale);
  return {
    recordBitsPerSecond: RECORD_BITS_PER_SECOND,
    streams: STREAM_CHOICES.map((s) => streamOption(inLocale.stream(s.id))),
    audiences: AUDIENCES.map((a) => audienceOption(inLocale.audience(a.id))),
    world: audienceOption(inLocale.audience(WORLD.id)),
  };
}

export const STREAMS_OPTIONS: StreamsOptions = streamsOptions();
export const island: WidgetIsland<StreamsOptions, StreamsState> = { options: STREAMS_OPTIONS, optionsIn: streamsOptions, codecFor: streamsCodecFor };
export const streamsCodec = streamsCodecFor(STREAMS_OPTIONS);
