/**
 * "Music years", the part the browser needs: how many years of continuous music, and how many
 * songs, the record moves in one second, for a bitrate (a preset, a typed bitrate, or megabytes
 * per minute) and a song length. Pure, and no data imports: the island receives its presets
 * as plain options from the server (options.ts), so no dataset ships to the browser.
 */
import type { UiKey } from '../../../i18n/en';
import { audioYearsSteps } from '../../../lib/link-steps';
import { amount, divide, multiply, type ArithmeticStep } from '../../../lib/steps';
import { BITS_PER_BYTE_AMOUNT, audioYearsPerSecond, simultaneousStreams, songsPerSecond } from '../../../lib/transfer';
import { requirePositive } from '../../../lib/input';
import { parseQuantity, type RateUnit } from '../../../lib/units';
import { numberIn, oneOf, safeText, type StateCodec } from '../../../lib/url-state';
import { formatAtLeastShown, formatCount, formatYears } from '../../../lib/format';

export interface BitratePreset {
  id: string;
  labelKey: UiKey;
  bitsPerSecond: number;
  /** Set when the data gives the preset as a size per minute, so the steps start there. */
  megabytesPerMinute?: number;
}

/** Everything the island needs from the data (built by options.ts). */
export interface MusicYearsOptions {
  recordBitsPerSecond: number;
  /** The first is the default. */
  presets: BitratePreset[];
  /** The typical song the data uses, in minutes: the default length. */
  songMinutes: number;
  /** The viral "years of music" claim, checked on the server (it needs every dataset). */
  viral?: ViralMusicClaim | undefined;
}

export const SECONDS_PER_MINUTE = 60;
export const BYTES_PER_MB = 1e6;

/** "Type a bitrate" (uses `rate`) and "type megabytes per minute" (uses `mb`). */
export const CUSTOM_RATE = 'rate';
export const CUSTOM_MB = 'mb';

/** A bare number in the bitrate field is kb/s, the unit music bitrates are quoted in ("256" → 256 kb/s), not the Mb/s of a speed test. */
export const BARE_BITRATE_UNIT: RateUnit = 'kb/s';

export const SONG_MINUTES = { min: 1, max: 10, step: 0.1 } as const;
export const MB_PER_MINUTE = { min: 0.1, max: 20, step: 0.1 } as const;

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

/** The codec for these presets (the same options give the same codec on the server and in the browser). */
export function musicYearsCodecFor(options: Pick<MusicYearsOptions, 'presets' | 'songMinutes'>): StateCodec<MusicYearsState> {
  const first = options.presets[0];
  if (!first) throw new Error('Music years: no bitrate presets');
  return {
    defaults: { b: first.id, rate: '256 kb/s', mb: 1, len: options.songMinutes },
    params: {
      b: oneOf([...options.presets.map((p) => p.id), CUSTOM_RATE, CUSTOM_MB]),
      rate: safeText(40),
      mb: numberIn(MB_PER_MINUTE.min, MB_PER_MINUTE.max),
      len: numberIn(SONG_MINUTES.min, SONG_MINUTES.max),
    },
  };
}

/** Megabytes a minute as bits per second: MB × 10⁶ × 8 ÷ 60. */
export function mbPerMinuteToBitsPerSecond(megabytes: number): number {
  return (requirePositive(megabytes, 'megabytes per minute') * BYTES_PER_MB * BITS_PER_BYTE_AMOUNT.value) / SECONDS_PER_MINUTE;
}

/** The bitrate in use; throws InputError when the typed bitrate does not parse. */
export function audioBitsPerSecond(state: Pick<MusicYearsState, 'b' | 'rate' | 'mb'>, presets: readonly BitratePreset[]): number {
  if (state.b === CUSTOM_RATE) return parseQuantity(state.rate, 'rate', { bareRateUnit: BARE_BITRATE_UNIT }).base;
  if (state.b === CUSTOM_MB) return mbPerMinuteToBitsPerSecond(state.mb);
  const preset = presets.find((p) => p.id === state.b);
  if (!preset) throw new Error(`Unknown bitrate preset "${state.b}"`);
  return preset.bitsPerSecond;
}

/** Megabytes per minute when the reader's choice is given that way (for the first step), else undefined. */
export function chosenMegabytesPerMinute(state: Pick<MusicYearsState, 'b' | 'mb'>, presets: readonly BitratePreset[]): number | undefined {
  if (state.b === CUSTOM_MB) return state.mb;
  return presets.find((p) => p.id === state.b)?.megabytesPerMinute;
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
    const bits = multiply('engine.step.bytesToBits', amount('size', megabytesPerMinute * BYTES_PER_MB), BITS_PER_BYTE_AMOUNT, 'bits');
    steps.push(bits, divide('widget.music-years.step.mbToRate', bits.result, amount('duration', SECONDS_PER_MINUTE), 'rate'));
  }
  const yearSteps = audioYearsSteps(linkBitsPerSecond, bitsPerSecond);
  steps.push(...yearSteps, divide('widget.music-years.step.songs', yearSteps[1].result, amount('duration', songSeconds), 'count'));
  return { audioBitsPerSecond: bitsPerSecond, audioSeconds, years, songs, steps };
}

/** Years and songs as the widget prints them: "< 0.001 years" for a bitrate above the record's, never a run of zeros. */
export function musicTexts(result: MusicYears, locale: string): { years: string; songs: string } {
  return {
    years: formatAtLeastShown(result.years, (y) => formatYears(y, locale)),
    songs: formatAtLeastShown(result.songs, (n) => formatCount(n, locale)),
  };
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
