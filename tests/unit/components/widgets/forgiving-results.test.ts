/**
 * Issue 16: whatever a reader types into a custom field, no widget result shows a fraction of a
 * stream or a run of zeros after the decimal point ("0.00000000622%"). Fuzzed custom inputs go
 * through each widget's own parse → compute → format path (the functions its island calls).
 * The units widget's prefix table is left out on purpose: it prints every digit of the typed
 * quantity at each prefix (down to a millionth, then powers of ten), which is its lesson.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../../../src/lib/input';
import { formatRate, formatSize } from '../../../../src/lib/units';
import { formatResultDuration } from '../../../../src/lib/format';
import { makeTranslate } from '../../../../src/i18n/translate';
import { en } from '../../../../src/i18n/en';
import { countStreams, streamBitsPerSecond, streamsTexts } from '../../../../src/components/widgets/streams/core';
import { STREAMS_OPTIONS } from '../../../../src/components/widgets/streams/options';
import { CUSTOM as CUSTOM_LINE, compareConnection, connectionTexts, lineBitsPerSecond } from '../../../../src/components/widgets/your-connection/core';
import { YOUR_CONNECTION_OPTIONS } from '../../../../src/components/widgets/your-connection/options';
import { CUSTOM_RATE, audioBitsPerSecond, musicTexts, musicYears } from '../../../../src/components/widgets/music-years/core';
import { MUSIC_YEARS_OPTIONS } from '../../../../src/components/widgets/music-years/options';
import { CUSTOM, customBitsPerSecond, customBytes, downloadTimes, recordLinkId } from '../../../../src/components/widgets/download-time/core';
import { DOWNLOAD_TIME_OPTIONS } from '../../../../src/components/widgets/download-time/options';

const t = makeTranslate(en);
const ZERO_RUN = /\d\.\d*0{4,}/;
/** A whole count as formatCount prints one: "7", "1,234", "10 million", "10.2 million", or the words for below one. */
const WHOLE_COUNT = /^(\d{1,3}(,\d{3})*|[\d,]+(\.\d+)? (million|billion|trillion)|fewer than one)$/;
const RUNS = { numRuns: 400 };

const RATE_UNITS = ['', 'b/s', 'kb/s', 'Mb/s', 'Gb/s', 'Tb/s', 'Pb/s', 'Eb/s', 'B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s', 'PB/s', 'Mbps', 'gbps'];
const SIZE_UNITS = ['b', 'B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'KiB', 'GiB', 'Mb', 'Tb'];

/** Numbers as readers type them: plain decimals of any size, "2e15", and a few with many digits. */
const typedNumber = fc.oneof(
  fc.double({ min: 1e-9, max: 1e33, noNaN: true, noDefaultInfinity: true }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: -12, max: 32 })).map(([m, e]) => `${m}e${e}`),
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
);
const typedRate = fc.tuple(typedNumber, fc.constantFrom(...RATE_UNITS)).map(([n, unit]) => `${n} ${unit}`.trim());
const typedSize = fc.tuple(typedNumber, fc.constantFrom(...SIZE_UNITS)).map(([n, unit]) => `${n} ${unit}`);

/** Runs `parse`; an InputError (the field's message) means nothing new is computed, so nothing to check. */
function parsed<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function expectReadable(texts: readonly string[]): void {
  for (const text of texts) expect(text, text).not.toMatch(ZERO_RUN);
}

describe('no fraction of a stream and no run of zeros, under fuzzed custom input', () => {
  it('streams: a typed bitrate', () => {
    fc.assert(
      fc.property(typedRate, (rate) => {
        const bps = parsed(() => streamBitsPerSecond({ s: '8k', rate }, STREAMS_OPTIONS.streams));
        if (bps === undefined) return;
        const result = countStreams(STREAMS_OPTIONS.recordBitsPerSecond, bps, STREAMS_OPTIONS);
        const texts = streamsTexts(result, 'en', t);
        expect(Number.isInteger(result.streams)).toBe(true);
        expect(texts.count).toMatch(WHOLE_COUNT);
        expectReadable([texts.count, texts.rate, texts.world, texts.summary, ...texts.shares.map((s) => s.text)]);
      }),
      RUNS,
    );
  });

  it('streams: a bitrate above the record’s says "fewer than one", never 0.51', () => {
    const result = countStreams(STREAMS_OPTIONS.recordBitsPerSecond, 2e15, STREAMS_OPTIONS);
    const texts = streamsTexts(result, 'en', t);
    expect(texts.count).toBe('fewer than one');
    expect(texts.noun).toBe('stream');
    expect(texts.summary).not.toMatch(/0\.5/);
  });

  it('your connection: a typed speed', () => {
    fc.assert(
      fc.property(typedRate, (speed) => {
        const bps = parsed(() => lineBitsPerSecond({ line: CUSTOM_LINE, speed }, YOUR_CONNECTION_OPTIONS.lines));
        if (bps === undefined) return;
        const texts = connectionTexts(compareConnection(YOUR_CONNECTION_OPTIONS.recordBitsPerSecond, bps), 'en', t);
        expectReadable([texts.ratio, texts.lineTime, texts.oneSecond, texts.summary]);
      }),
      RUNS,
    );
  });

  it('music years: a typed bitrate', () => {
    fc.assert(
      fc.property(typedRate, fc.double({ min: 1, max: 10, noNaN: true }), (rate, minutes) => {
        const bps = parsed(() => audioBitsPerSecond({ b: CUSTOM_RATE, rate, mb: 1 }, MUSIC_YEARS_OPTIONS.presets));
        if (bps === undefined) return;
        const texts = musicTexts(musicYears(MUSIC_YEARS_OPTIONS.recordBitsPerSecond, bps, minutes), 'en');
        expectReadable([texts.years, texts.songs, formatRate(bps, 'en')]);
      }),
      RUNS,
    );
  });

  it('download time: a typed size over a typed speed, and both against every line', () => {
    const record = recordLinkId(DOWNLOAD_TIME_OPTIONS);
    fc.assert(
      fc.property(typedSize, typedRate, (size, speed) => {
        const bytes = parsed(() => customBytes({ size }));
        const bps = parsed(() => customBitsPerSecond({ speed }));
        if (bytes === undefined || bps === undefined) return;
        const times = downloadTimes({ p: [CUSTOM, DOWNLOAD_TIME_OPTIONS.payloads[0]!.id], l: [record, CUSTOM] }, bytes, bps, DOWNLOAD_TIME_OPTIONS);
        // What the results table prints for each pair, and for the typed amounts (DownloadTime.svelte).
        expectReadable([...times.cells.map((cell) => formatResultDuration(cell.seconds, 'en')), formatSize(bytes, 'en'), formatRate(bps, 'en')]);
      }),
      RUNS,
    );
  });
});
