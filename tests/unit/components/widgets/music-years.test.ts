import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import {
  CUSTOM_MB,
  CUSTOM_RATE,
  audioBitsPerSecond as audioBitsPerSecondFor,
  chosenMegabytesPerMinute as chosenMegabytesPerMinuteFor,
  mbPerMinuteToBitsPerSecond,
  musicYears,
  type MusicYearsState,
} from '../../../../src/components/widgets/music-years/core';
import { BITRATE_PRESETS, MUSIC_YEARS_OPTIONS, RECORD_LINK, musicYearsCodec, viralMusicClaim } from '../../../../src/components/widgets/music-years/options';
import { claim, payload, stream } from '../../../../src/data';
import { InputError } from '../../../../src/lib/input';
import { formatYears } from '../../../../src/lib/format';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import { expectStateCodecSurvivesHostileQueries } from '../../hostile-queries';

const recordBps = RECORD_LINK.rate.value * 1e15; // "1.02 Pb/s"
const YEAR_SECONDS = 365.25 * 24 * 3600;
const defaults = musicYearsCodec.defaults;
// The island's own presets, as Island.astro passes them.
const audioBitsPerSecond = (state: Pick<MusicYearsState, 'b' | 'rate' | 'mb'>) => audioBitsPerSecondFor(state, MUSIC_YEARS_OPTIONS.presets);
const chosenMegabytesPerMinute = (state: Pick<MusicYearsState, 'b' | 'mb'>) => chosenMegabytesPerMinuteFor(state, MUSIC_YEARS_OPTIONS.presets);

describe('music-years', () => {
  it('at 1 MB a minute the record moves about 242 years of music a second', () => {
    expect(RECORD_LINK.rate.unit).toBe('Pb/s');
    const oneMb = payload('audio-minute-1mb');
    expect(oneMb.size).toEqual({ value: 1, unit: 'MB' });
    const bps = (1e6 * 8) / oneMb.playSeconds!;
    const result = musicYears(recordBps, audioBitsPerSecond(defaults), defaults.len, chosenMegabytesPerMinute(defaults));
    expect(result.audioBitsPerSecond).toBeCloseTo(bps, 6);
    expect(result.years).toBeCloseTo(recordBps / bps / YEAR_SECONDS, 6);
    expect(result.years).toBeGreaterThan(240);
    expect(result.years).toBeLessThan(245);
    expect(formatYears(result.years, 'en')).toBe('242 years');
  });

  it('songs per second: seconds of music ÷ song length (3.5 minutes by default, from the data)', () => {
    expect(defaults.len).toBe(payload('song-3-5min-320k').stream!.seconds / 60);
    const spotify = stream('audio').rate.value * 1e3;
    const result = musicYears(recordBps, spotify, 3.5);
    expect(result.songs).toBeCloseTo(recordBps / spotify / 210, 3);
    expect(result.years).toBeCloseTo(recordBps / spotify / YEAR_SECONDS, 6);
    // Bits in one second, the seconds of audio they hold, in years, in songs.
    expect(result.steps.map((s) => s.result.kind)).toEqual(['bits', 'duration', 'years', 'count']);
    const values = result.steps.map((s) => s.result.value);
    [recordBps, recordBps / spotify, recordBps / spotify / YEAR_SECONDS, recordBps / spotify / 210].forEach((expected, i) => expect(values[i]).toBeCloseTo(expected, 3));
  });

  it('the viral "127,500 years" is about 500 times too high', () => {
    const viral = viralMusicClaim()!;
    const check = claim('127500-years-of-music').check;
    expect(check.kind === 'audio-years' && check.claimedYears).toBe(viral.claimedYears);
    const computed = recordBps / ((1e6 * 8) / 60) / YEAR_SECONDS;
    expect(viral.computedYears).toBeCloseTo(computed, 6);
    expect(viral.factorOff).toBeCloseTo(viral.claimedYears / computed, 6);
    expect(viral.factorOff).toBeGreaterThan(400);
    expect(viral.factorOff).toBeLessThan(600);
  });

  it('presets come from the data; typed bitrates and megabytes per minute go through the engine', () => {
    const byId = Object.fromEntries(BITRATE_PRESETS.map((p) => [p.id, p.bitsPerSecond]));
    expect(byId['spotify']).toBe(stream('audio').rate.value * 1e3);
    expect(byId['cd']).toBeCloseTo(payload('audio-cd-74min').stream!.rate.value * 1e3, 6);
    expect(audioBitsPerSecond({ b: CUSTOM_RATE, rate: '256 kb/s', mb: 1 })).toBe(256e3);
    expect(() => audioBitsPerSecond({ b: CUSTOM_RATE, rate: '5 MB', mb: 1 })).toThrow(InputError);
    expect(() => audioBitsPerSecond({ b: CUSTOM_RATE, rate: '', mb: 1 })).toThrow(InputError);
    expect(audioBitsPerSecond({ b: CUSTOM_MB, rate: '', mb: 2.4 })).toBeCloseTo((2.4e6 * 8) / 60, 6);
    expect(() => mbPerMinuteToBitsPerSecond(0)).toThrow(InputError);
    expect(chosenMegabytesPerMinute({ b: CUSTOM_MB, mb: 2.4 })).toBe(2.4);
    expect(chosenMegabytesPerMinute({ b: 'cd', mb: 2.4 })).toBeUndefined();
    expect(chosenMegabytesPerMinute({ b: 'mb-minute', mb: 2.4 })).toBeCloseTo(1, 12); // the data's "1 MB a minute"
  });

  it('gives the island the record’s speed, the presets (the first is the default) and the song length', () => {
    expect(MUSIC_YEARS_OPTIONS.recordBitsPerSecond).toBeCloseTo(recordBps, 0);
    expect(MUSIC_YEARS_OPTIONS.presets).toEqual(BITRATE_PRESETS);
    expect(defaults.b).toBe(MUSIC_YEARS_OPTIONS.presets[0]!.id);
    expect(MUSIC_YEARS_OPTIONS.songMinutes).toBe(payload('song-3-5min-320k').stream!.seconds / 60);
    expect(audioBitsPerSecond(defaults)).toBeCloseTo((1e6 * 8) / payload('audio-minute-1mb').playSeconds!, 6);
  });

  it('megabytes per minute start the arithmetic with their own step', () => {
    const bps = mbPerMinuteToBitsPerSecond(3);
    const result = musicYears(recordBps, bps, 4, 3);
    // 3 MB × 8 bits per byte = 24 Mb; 24 Mb ÷ 60 s = the bitrate; then the four steps above.
    expect(result.steps[0]!.inputs[0]).toEqual({ kind: 'size', value: 3e6 });
    expect(result.steps[0]!.result).toEqual({ kind: 'bits', value: 3e6 * 8 });
    expect(result.steps[1]!.inputs[1]).toEqual({ kind: 'duration', value: 60 });
    expect(result.steps[1]!.result.value).toBeCloseTo(bps, 9);
    expect(result.steps).toHaveLength(6);
  });

  it('years fall as the bitrate rises; songs × length always equals the seconds of music', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e3, max: 1e8, noNaN: true }),
        fc.double({ min: 1.001, max: 50, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (bps, factor, minutes) => {
          const result = musicYears(recordBps, bps, minutes);
          expect(musicYears(recordBps, bps * factor, minutes).years).toBeLessThan(result.years);
          expect((result.songs * minutes * 60) / result.audioSeconds).toBeCloseTo(1, 9);
          expect((result.years * YEAR_SECONDS * bps) / recordBps).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('URL state round-trips; out-of-range lengths and unknown presets fall back with a notice', () => {
    const state = { b: CUSTOM_MB, rate: '256 kb/s', mb: 2.5, len: 4.2 };
    expect(parseState(musicYearsCodec, serializeState(musicYearsCodec, state)).state).toEqual(state);
    expect(serializeState(musicYearsCodec, defaults).toString()).toBe('');
    const bad = parseState(musicYearsCodec, 'mu.len=0&mu.mb=1e999&mu.b=<img>', 'mu.');
    expect(bad.state).toEqual(defaults);
    expect(bad.notices.map((n) => n.param).sort()).toEqual(['mu.b', 'mu.len', 'mu.mb']);
    expect(parseState(musicYearsCodec, 'len=11').state.len).toBe(defaults.len);
  });

  it('survives 10,000 hostile queries, and every parsed state gives finite results or an input error', () => {
    expectStateCodecSurvivesHostileQueries(musicYearsCodec, 'mu.', 10_000, (state) => {
      let bps: number;
      try {
        bps = audioBitsPerSecond(state);
      } catch (error) {
        assert.ok(error instanceof InputError, String(error));
        return;
      }
      const result = musicYears(recordBps, bps, state.len, chosenMegabytesPerMinute(state));
      assert.ok(
        [result.years, result.songs, result.audioSeconds].every((v) => Number.isFinite(v) && v > 0),
        'finite results',
      );
    });
  }, 60_000);
});
