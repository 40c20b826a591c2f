/**
 * "Music years", the part that reads the data (server, definition and tests only): the bitrate
 * presets and the typical song length as the plain options the island receives, the codec
 * built from them, and the viral "years of music" claim checked at build time.
 */
import { claims, facts, links, payload, payloads, records, stream, streams } from '../../../data';
import type { Payload } from '../../../data/schema';
import { checkClaim, payloadBitsPerSecond } from '../../../lib/claims';
import { rateToBitsPerSecond, sizeToBytes } from '../../../lib/units';
import { RECORD_BITS_PER_SECOND, RECORD_LINK } from '../record-link.server';
import { BYTES_PER_MB, SECONDS_PER_MINUTE, musicYearsCodecFor, type BitratePreset, type MusicYearsOptions, type MusicYearsState, type ViralMusicClaim } from './core';
import type { WidgetIsland } from '../types';

export { RECORD_LINK };

/** A stored size with a playing time, as megabytes per minute ("1 MB a minute"). */
function perMinute(entry: Payload): number {
  if (!entry.size || entry.playSeconds === undefined) throw new Error(`Payload "${entry.id}" is not a size per playing time`);
  return sizeToBytes(entry.size) / BYTES_PER_MB / (entry.playSeconds / SECONDS_PER_MINUTE);
}

const mbMinute = payload('audio-minute-1mb');

/** Audio bitrates the data holds: the viral "1 MB a minute" (the default), a streaming service's top setting, and the CD. */
export const BITRATE_PRESETS: readonly BitratePreset[] = [
  { id: 'mb-minute', labelKey: 'widget.music-years.preset.mb-minute', bitsPerSecond: payloadBitsPerSecond(mbMinute), megabytesPerMinute: perMinute(mbMinute) },
  { id: 'spotify', labelKey: 'widget.music-years.preset.spotify', bitsPerSecond: rateToBitsPerSecond(stream('audio').rate) },
  { id: 'cd', labelKey: 'widget.music-years.preset.cd', bitsPerSecond: payloadBitsPerSecond(payload('audio-cd-74min')) },
];

/** The typical song the data uses (3.5 minutes), as the default length. */
const typicalSong = payload('song-3-5min-320k').stream;
if (!typicalSong) throw new Error('payload "song-3-5min-320k" is not a stream');

/**
 * The claim check for the viral "years of music" headline. Checked here, at build time
 * (it needs every dataset; the client bundle should not carry them).
 */
export function viralMusicClaim(): ViralMusicClaim | undefined {
  const claim = claims.find((c) => c.check.kind === 'audio-years');
  if (!claim || claim.check.kind !== 'audio-years') return undefined;
  const check = checkClaim(claim, { facts, links, payloads, streams, records });
  return { id: claim.id, claimedYears: check.claimed.value, computedYears: check.computed.value, factorOff: check.factorOff };
}

/** The island's props: the record's speed, the presets, the default song length and the viral claim, checked. */
export function musicYearsOptions(): MusicYearsOptions {
  return { recordBitsPerSecond: RECORD_BITS_PER_SECOND, presets: [...BITRATE_PRESETS], songMinutes: typicalSong!.seconds / SECONDS_PER_MINUTE, viral: viralMusicClaim() };
}

export const MUSIC_YEARS_OPTIONS: MusicYearsOptions = musicYearsOptions();
export const island: WidgetIsland<MusicYearsOptions, MusicYearsState> = { options: MUSIC_YEARS_OPTIONS, codecFor: musicYearsCodecFor };
export const musicYearsCodec = musicYearsCodecFor(MUSIC_YEARS_OPTIONS);
