/**
 * "Streams": how many streams of one kind (8K, 4K, HD, music, a video call) the record carries
 * at once, set against real audiences (Tokyo, Japan, the United States, the world). Pure:
 * state codec, the choices from src/data, the counts and their steps.
 */
import { audience, audiences, links, streams } from '../../data';
import type { Audience, Link, Stream } from '../../data/schema';
import type { ArithmeticStep } from '../steps';
import { simultaneousStreams, streamsSteps } from '../transfer';
import { parseQuantity, rateToBitsPerSecond } from '../units';
import { oneOf, safeText, type StateCodec } from '../url-state';

export const STREAM_CHOICES: readonly Stream[] = streams;
/** Audiences from the smallest group to the largest, the order the table reads best in. */
export const AUDIENCES: readonly Audience[] = [...audiences].sort((a, b) => a.people - b.people);
/** The audience the one-line summary uses: everyone. */
export const WORLD: Audience = audience('world');

const RECORD = links.find((l) => l.kind === 'record');
if (!RECORD) throw new Error('links.json has no record entry');
export const RECORD_LINK: Link = RECORD;

export interface StreamsState {
  /** A stream id from the data. */
  s: string;
  /** The bitrate as typed; empty means the stream's own bitrate from the data. */
  rate: string;
}

export const streamsCodec: StateCodec<StreamsState> = {
  defaults: { s: '8k', rate: '' },
  params: { s: oneOf(STREAM_CHOICES.map((s) => s.id)), rate: safeText(40) },
};

export function streamChoice(id: string): Stream {
  const found = STREAM_CHOICES.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown stream "${id}"`);
  return found;
}

/** The data's bitrate as text the rate field parses back exactly ("100 Mb/s", "320 kb/s"). */
export function streamRateText(stream: Stream): string {
  return `${stream.rate.value} ${stream.rate.unit}`;
}

/** The bitrate in use: the typed one, or the data's when nothing was typed. Throws InputError. */
export function streamBitsPerSecond(state: StreamsState): number {
  if (state.rate.trim() === '') return rateToBitsPerSecond(streamChoice(state.s).rate);
  return parseQuantity(state.rate, 'rate').base;
}

export interface AudienceShare {
  audience: Audience;
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

export function shareOf(streamCount: number, group: Audience): AudienceShare {
  const perPerson = streamCount / group.people;
  return { audience: group, perPerson, percent: perPerson * 100 };
}

export function countStreams(linkBitsPerSecond: number, streamBitsPerSecond: number): StreamsResult {
  const count = simultaneousStreams(linkBitsPerSecond, streamBitsPerSecond);
  const world = shareOf(count, WORLD);
  return {
    linkBitsPerSecond,
    streamBitsPerSecond,
    streams: count,
    shares: AUDIENCES.map((group) => shareOf(count, group)),
    world,
    steps: [
      ...streamsSteps(linkBitsPerSecond, streamBitsPerSecond),
      {
        label: 'widget.streams.step.world',
        inputs: [
          { kind: 'count', value: count },
          { kind: 'count', value: WORLD.people },
        ],
        operator: '÷',
        result: world.perPerson >= 1 ? { kind: 'ratio', value: world.perPerson } : { kind: 'percent', value: world.percent },
      },
    ],
  };
}
