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
  streams: number;
  shares: AudienceShare[];
  world: AudienceShare;
  steps: ArithmeticStep[];
}

export function shareOf(streamCount: number, group: AudienceOption): AudienceShare {
  const perPerson = streamCount / group.people;
  return { audience: group, perPerson, percent: perPerson * 100 };
}

export function countStreams(linkBitsPerSecond: number, streamBitsPerSecond: number, groups: Pick<StreamsOptions, 'audiences' | 'world'>): StreamsResult {
  const count = simultaneousStreams(linkBitsPerSecond, streamBitsPerSecond);
  const world = shareOf(count, groups.world);
  return {
    linkBitsPerSecond,
    streamBitsPerSecond,
    streams: count,
    shares: groups.audiences.map((group) => shareOf(count, group)),
    world,
    steps: [
      ...streamsSteps(linkBitsPerSecond, streamBitsPerSecond),
      divide('widget.streams.step.world', amount('count', count), amount('count', groups.world.people), world.perPerson >= 1 ? 'ratio' : 'percent'),
    ],
  };
}
