/**
 * "Music years": how many years of continuous music, and how many songs, the record moves in
 * one second, for a bitrate (a preset from the data, a typed bitrate, or megabytes per minute)
 * and a song length. Pure: state codec, presets, results and their steps.
 */
import { claims, facts, links, payload, payloads, records, stream, streams } from '../../data';
import type { Link, Payload } from '../../data/schema';
import type { UiKey } from '../../i18n/en';
import { checkClaim, payloadBitsPerSecond } from '../claims';
import type { ArithmeticStep } from '../steps';
import { BITS_PER_BYTE, SECONDS_PER_YEAR, audioYearsPerSecond, requirePositive, simultaneousStreams, songsPerSecond } from '../transfer';
import { parseQuantity, rateToBitsPerSecond, sizeToBytes } from '../units';
import { numberIn, oneOf, safeText, type StateCodec } from '../url-state';

const RECORD = links.find((l) => l.kind === 'record');
if (!RECORD) throw new Error('links.json has no record entry');
export const RECORD_LINK: Link = RECORD;

export interface BitratePreset {
  id: string;
  labelKey: UiKey;
  bitsPerSecond: number;
  /** Set when the data gives the preset as a size per minute, so the steps start there. */
  megabytesPerMinute?: number;
}

const SECONDS_PER_MINUTE = 60;
const BYTES_PER_MB = 1e6;

/** A stored size with a playing time, as megabytes per minute ("1 MB a minute"). */
function perMinute(entry: Payload): number {
  if (!entry.size || entry.playSeconds === undefined) throw new Error(`Payload "${entry.id}" is not a size per playing time`);
  return sizeToBytes(entry.size) / BYTES_PER_MB / (entry.playSeconds / SECONDS_PER_MINUTE);
}

const mbMinute = payload('audio-minute-1mb');

/** Audio bitrates the data holds: the viral "1 MB a minute", a streaming service's top setting, and the CD. */
export const BITRATE_PRESETS: readonly BitratePreset[] = [
  { id: 'mb-minute', labelKey: 'widget.music-years.preset.mb-minute', bitsPerSecond: payloadBitsPerSecond(mbMinute), megabytesPerMinute: perMinute(mbMinute) },
  { id: 'spotify', labelKey: 'widget.music-years.preset.spotify', bitsPerSecond: rateToBitsPerSecond(stream('audio').rate) },
  { id: 'cd', labelKey: 'widget.music-years.preset.cd', bitsPerSecond: payloadBitsPerSecond(payload('audio-cd-74min')) },
];
/** "Type a bitrate" (uses `rate`) and "type megabytes per minute" (uses `mb`). */
export const CUSTOM_RATE = 'rate';
export const CUSTOM_MB = 'mb';

export const SONG_MINUTES = { min: 1, max: 10, step: 0.1 } as const;
export const MB_PER_MINUTE = { min: 0.1, max: 20, step: 0.1 } as const;

/** The typical song the data uses (3.5 minutes), as the default length. */
const typicalSong = payload('song-3-5min-320k').stream;
if (!typicalSong) throw new Error('payload "song-3-5min-320k" is not a stream');
export interface MusicYearsState {
  /** A preset id, or "rate" / "mb" for the typed values. */
  b: string;
  /** Typed bitrate ("256 kb/s"). */
  rate: string;
  /** Typed megabytes per minute. */
  mb: number;
  /** Song length in minutes. */
  len: number;
}

export const musicYearsCodec: StateCodec<MusicYearsState> = {
  defaults: { b: 'mb-minute', rate: '256 kb/s', mb: 1, len: typicalSong.seconds / SECONDS_PER_MINUTE },
  params: {
    b: oneOf([...BITRATE_PRESETS.map((p) => p.id), CUSTOM_RATE, CUSTOM_MB]),
    rate: safeText(40),
    mb: numberIn(MB_PER_MINUTE.min, MB_PER_MINUTE.max),
    len: numberIn(SONG_MINUTES.min, SONG_MINUTES.max),
  },
};

/** Megabytes a minute as bits per second: MB × 10⁶ × 8 ÷ 60. */
export function mbPerMinuteToBitsPerSecond(megabytes: number): number {
  return (requirePositive(megabytes, 'megabytes per minute') * BYTES_PER_MB * BITS_PER_BYTE) / SECONDS_PER_MINUTE;
}

/** The bitrate in use; throws InputError when the typed bitrate does not parse. */
export function audioBitsPerSecond(state: Pick<MusicYearsState, 'b' | 'rate' | 'mb'>): number {
  if (state.b === CUSTOM_RATE) return parseQuantity(state.rate, 'rate').base;
  if (state.b === CUSTOM_MB) return mbPerMinuteToBitsPerSecond(state.mb);
  const preset = BITRATE_PRESETS.find((p) => p.id === state.b);
  if (!preset) throw new Error(`Unknown bitrate preset "${state.b}"`);
  return preset.bitsPerSecond;
}

/** Megabytes per minute when the reader's choice is given that way (for the first step), else undefined. */
export function chosenMegabytesPerMinute(state: Pick<MusicYearsState, 'b' | 'mb'>): number | undefined {
  if (state.b === CUSTOM_MB) return state.mb;
  return BITRATE_PRESETS.find((p) => p.id === state.b)?.megabytesPerMinute;
}

export interface MusicYears {
  audioBitsPerSecond: number;
  /** Seconds of music the record moves in one second. */
  audioSeconds: number;
  years: number;
  songs: number;
  steps: ArithmeticStep[];
}

/**
 * Years and songs per second of the record. `megabytesPerMinute`, when given, adds the step
 * that turns it into a bitrate, so the arithmetic starts where the reader did.
 */
export function musicYears(linkBitsPerSecond: number, bitsPerSecond: number, songMinutes: number, megabytesPerMinute?: number): MusicYears {
  const songSeconds = songMinutes * SECONDS_PER_MINUTE;
  const audioSeconds = simultaneousStreams(linkBitsPerSecond, bitsPerSecond);
  const years = audioYearsPerSecond(linkBitsPerSecond, bitsPerSecond);
  const songs = songsPerSecond(linkBitsPerSecond, bitsPerSecond, songSeconds);
  const steps: ArithmeticStep[] = [];
  if (megabytesPerMinute !== undefined) {
    steps.push({
      label: 'widget.music-years.step.mbToRate',
      inputs: [
        { kind: 'bits', value: megabytesPerMinute * BYTES_PER_MB * BITS_PER_BYTE },
        { kind: 'duration', value: SECONDS_PER_MINUTE },
      ],
      operator: '÷',
      result: { kind: 'rate', value: bitsPerSecond },
    });
  }
  steps.push(
    {
      label: 'widget.music-years.step.audioSeconds',
      inputs: [
        { kind: 'rate', value: linkBitsPerSecond },
        { kind: 'rate', value: bitsPerSecond },
      ],
      operator: '÷',
      result: { kind: 'count', value: audioSeconds },
    },
    {
      label: 'widget.music-years.step.years',
      inputs: [
        { kind: 'count', value: audioSeconds },
        { kind: 'plain', value: SECONDS_PER_YEAR },
      ],
      operator: '÷',
      result: { kind: 'years', value: years },
    },
    {
      label: 'widget.music-years.step.songs',
      inputs: [
        { kind: 'count', value: audioSeconds },
        { kind: 'plain', value: songSeconds },
      ],
      operator: '÷',
      result: { kind: 'count', value: songs },
    },
  );
  return { audioBitsPerSecond: bitsPerSecond, audioSeconds, years, songs, steps };
}

/** The viral "years of music" claim, checked: plain numbers, so a page can pass them to the island. */
export interface ViralMusicClaim {
  /** The claim's id, for a link to the claim-check widget. */
  id: string;
  claimedYears: number;
  /** Years of music per second at the claim's own bitrate, from the claim check. */
  computedYears: number;
  /** How many times the claim is off (src/lib/claims.ts). */
  factorOff: number;
}

/**
 * The claim check for the viral "years of music" headline. Called at build time by the
 * island's .astro file (it needs every dataset; the client bundle should not carry them).
 */
export function viralMusicClaim(): ViralMusicClaim | undefined {
  const claim = claims.find((c) => c.check.kind === 'audio-years');
  if (!claim || claim.check.kind !== 'audio-years') return undefined;
  const check = checkClaim(claim, { facts, links, payloads, streams, records });
  return { id: claim.id, claimedYears: check.claimed.value, computedYears: check.computed.value, factorOff: check.factorOff };
}
