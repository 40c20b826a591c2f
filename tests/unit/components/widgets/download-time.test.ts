import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import {
  CUSTOM,
  MAX_LINKS,
  MAX_PAYLOADS,
  arithmeticPair as arithmeticPairFor,
  chartRows,
  customBitsPerSecond,
  customBytes,
  downloadChartConfig,
  downloadTimes as downloadTimesFor,
  pairSteps,
  type DownloadTimeState,
} from '../../../../src/components/widgets/download-time/core';
import { DOWNLOAD_TIME_OPTIONS, LINK_CHOICES, PAYLOAD_CHOICES, RECORD_LINK, downloadTimeCodec } from '../../../../src/components/widgets/download-time/options';
import { link, payload, payloads } from '../../../../src/data';
import { InputError } from '../../../../src/lib/input';
import { formatDuration } from '../../../../src/lib/format';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import type { ThemeColors } from '../../../../src/lib/charts';
import { expectStateCodecSurvivesHostileQueries } from '../../hostile-queries';

const PREFIXES: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
/** Independent of the engine: "123 TB" → bytes, "1.02 Pb/s" → bits per second. */
const bytesOf = (size: { value: number; unit: string }) => (size.value * (PREFIXES[size.unit[0]!] ?? 1)) / (size.unit.includes('B') ? 1 : 8);
const bpsOf = (rate: { value: number; unit: string }) => rate.value * (PREFIXES[rate.unit[0]!] ?? 1) * (rate.unit.includes('B') ? 8 : 1);
const recordBps = bpsOf(RECORD_LINK.rate);
const colors: ThemeColors = { text: '#111', muted: '#555', border: '#ccc', surface: '#fff', series: ['#00f', '#888', '#f00'], record: '#f00' };
const defaults = downloadTimeCodec.defaults;
// The island's own options, as Island.astro passes them.
const downloadTimes = (state: Pick<DownloadTimeState, 'p' | 'l'>, bytes: number, bps: number) => downloadTimesFor(state, bytes, bps, DOWNLOAD_TIME_OPTIONS);
const arithmeticPair = (state: Pick<DownloadTimeState, 'p' | 'l' | 'ap' | 'al'>) => arithmeticPairFor(state, RECORD_LINK.id);

describe('download-time', () => {
  it('the press estimate of the Netflix library takes just under a second over the record', () => {
    const netflix = payload('netflix-library-press');
    const times = downloadTimes({ p: [netflix.id], l: [RECORD_LINK.id] }, 1, 1);
    const expected = (bytesOf(netflix.size!) * 8) / recordBps;
    expect(times.cells[0]!.seconds).toBeCloseTo(expected, 12);
    expect(expected).toBeGreaterThan(0.9);
    expect(expected).toBeLessThan(1);
  });

  it('computes every pair, payload by payload, from the data', () => {
    const state: Pick<DownloadTimeState, 'p' | 'l'> = { p: ['wikipedia-en-compressed', 'fineweb'], l: ['us-fixed-median-2025-10', 'nuro-10g', RECORD_LINK.id] };
    const times = downloadTimes(state, 1, 1);
    expect(times.cells).toHaveLength(6);
    expect(times.cells.map((c) => `${c.payloadId}>${c.linkId}`)).toEqual(state.p.flatMap((p) => state.l.map((l) => `${p}>${l}`)));
    for (const cell of times.cells) {
      const expected = (bytesOf(payload(cell.payloadId).size!) * 8) / bpsOf(link(cell.linkId).rate);
      expect(cell.seconds / expected).toBeCloseTo(1, 12);
    }
    expect(times.links.filter((l) => l.isRecord).map((l) => l.id)).toEqual([RECORD_LINK.id]);
  });

  it('a streamed film is its bitrate held for its length, and its steps end on the table value', () => {
    const film = payload('film-8k-2h');
    const times = downloadTimes({ p: [film.id], l: ['nuro-10g'] }, 1, 1);
    const row = times.payloads[0]!;
    expect(row.sizeBytes).toBeCloseTo((bpsOf(film.stream!.rate) * film.stream!.seconds) / 8, 3);
    const steps = pairSteps(row, times.links[0]!);
    expect(steps[0]!.result).toEqual({ kind: 'bits', value: row.sizeBytes * 8 });
    expect(steps.at(-1)!.result).toEqual({ kind: 'duration', value: times.cells[0]!.seconds });
    expect(steps).toHaveLength(2); // bitrate × duration is already bits: no bytes step
    // A stored size has no stream step: bytes × 8, then ÷ speed.
    const wiki = downloadTimes({ p: ['wikipedia-en-compressed'], l: [RECORD_LINK.id] }, 1, 1);
    expect(pairSteps(wiki.payloads[0]!, wiki.links[0]!)).toHaveLength(2);
  });

  it('offers every thing to send (viral ones included) but not per-minute rates, and the links asked for', () => {
    expect(PAYLOAD_CHOICES.map((p) => p.id)).toEqual(payloads.filter((p) => p.playSeconds === undefined).map((p) => p.id));
    expect(PAYLOAD_CHOICES.some((p) => p.viral)).toBe(true);
    expect(PAYLOAD_CHOICES.find((p) => p.id === 'audio-minute-1mb')).toBeUndefined();
    const kinds = new Set(LINK_CHOICES.map((l) => l.kind));
    for (const kind of ['record', 'fixed', 'mobile', 'consumer-plan', 'backbone', 'submarine'] as const) expect(kinds).toContain(kind);
    expect(LINK_CHOICES[0]).toBe(RECORD_LINK);
  });

  it('gives the island each choice’s label, size or speed and the viral caveats, and nothing more', () => {
    expect(DOWNLOAD_TIME_OPTIONS.payloads.map((p) => p.id)).toEqual(PAYLOAD_CHOICES.map((p) => p.id));
    expect(DOWNLOAD_TIME_OPTIONS.links.map((l) => l.id)).toEqual(LINK_CHOICES.map((l) => l.id));
    for (const option of DOWNLOAD_TIME_OPTIONS.payloads) {
      const entry = payload(option.id);
      expect(option.label).toBe(entry.label);
      expect(option.viral).toBe(entry.viral);
      expect(option.caveat).toBe(entry.viral ? entry.caveat : undefined);
      const bytes = entry.size ? bytesOf(entry.size) : (bpsOf(entry.stream!.rate) * entry.stream!.seconds) / 8;
      expect(option.sizeBytes / bytes).toBeCloseTo(1, 12);
      expect(option.stream).toEqual(entry.stream ? { bitsPerSecond: bpsOf(entry.stream.rate), seconds: entry.stream.seconds } : undefined);
      expect(Object.keys(option).every((key) => ['id', 'label', 'sizeBytes', 'viral', 'caveat', 'stream'].includes(key))).toBe(true);
    }
    for (const option of DOWNLOAD_TIME_OPTIONS.links) {
      const entry = link(option.id);
      expect(Object.keys(option).sort()).toEqual(['bitsPerSecond', 'id', 'isRecord', 'label']);
      expect([option.label, option.isRecord]).toEqual([entry.label, entry.kind === 'record']);
      expect(option.bitsPerSecond / bpsOf(entry.rate)).toBeCloseTo(1, 12);
    }
    expect(DOWNLOAD_TIME_OPTIONS.links.filter((l) => l.isRecord).map((l) => l.id)).toEqual([RECORD_LINK.id]);
  });

  it('reads custom sizes and speeds through the engine', () => {
    expect(customBytes({ size: '2 TB' })).toBe(2e12);
    expect(customBitsPerSecond({ speed: '300 Mbit/s' })).toBe(300e6);
    expect(() => customBytes({ size: '10 Gb/s' })).toThrow(InputError);
    expect(() => customBytes({ size: '' })).toThrow(InputError);
    expect(() => customBitsPerSecond({ speed: '-5 Mb/s' })).toThrow(InputError);
    expect(() => customBitsPerSecond({ speed: '1e308 Eb/s' })).toThrow(InputError);
    const times = downloadTimes({ p: [CUSTOM], l: [CUSTOM] }, 1e12, 1e9);
    expect(times.cells[0]!.seconds).toBe(8000);
  });

  it('shows the arithmetic for the pair asked for, else the first payload over the record', () => {
    expect(arithmeticPair(defaults)).toEqual({ payloadId: defaults.p[0], linkId: RECORD_LINK.id });
    expect(arithmeticPair({ ...defaults, ap: 'wikipedia-en-compressed', al: 'nuro-10g' })).toEqual({ payloadId: 'wikipedia-en-compressed', linkId: 'nuro-10g' });
    // Asked-for pair no longer selected: fall back.
    expect(arithmeticPair({ ...defaults, ap: 'fineweb', al: 'nuro-10g' })).toEqual({ payloadId: defaults.p[0], linkId: RECORD_LINK.id });
    expect(arithmeticPair({ ...defaults, l: ['nuro-10g', 'marea'], al: RECORD_LINK.id })).toEqual({ payloadId: defaults.p[0], linkId: 'nuro-10g' });
  });

  it('charts one bar per pair, the record highlighted, whole labels, every bar inside the axis', () => {
    const times = downloadTimes(defaults, 1, 1);
    const rows = chartRows(
      times,
      (r) => r.payload?.label ?? 'custom',
      (c) => c.link?.label ?? 'custom',
      (s) => formatDuration(s, 'en'),
    );
    expect(rows.map((r) => r.value)).toEqual(times.cells.map((c) => c.seconds));
    expect(rows.filter((r) => r.highlight)).toHaveLength(defaults.p.length);
    // Whole labels: the payload's and the line's names from the data, uncut.
    const first = payloads.find((p) => p.id === defaults.p[0])!;
    expect(rows[0]!.label).toBe(`${first.label} · ${RECORD_LINK.label}`);
    expect(rows[0]!.valueLabel).toBe(formatDuration(times.cells[0]!.seconds, 'en'));
    const config = downloadChartConfig(rows, colors, { axisTitle: 'Time', locale: 'en', measure: (text) => text.length * 7, labelLines: 2 });
    expect(config.data.datasets[0]?.data).toEqual(rows.map((r, i) => ({ x: r.value, y: i })));
    const x = config.options?.scales?.['x'] as { min: number; max: number };
    expect(Math.min(...rows.map((r) => r.value))).toBeGreaterThanOrEqual(x.min);
    expect(Math.max(...rows.map((r) => r.value))).toBeLessThanOrEqual(x.max);
  });

  it('time grows with size and shrinks with speed; every value formats without NaN, Infinity or e+', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e29, noNaN: true }),
        fc.double({ min: 1, max: 1e18, noNaN: true }),
        fc.double({ min: 1.001, max: 10, noNaN: true }),
        (bytes, bps, factor) => {
          const base = downloadTimes({ p: [CUSTOM, 'world-data-per-day'], l: [CUSTOM, RECORD_LINK.id] }, bytes, bps);
          const bigger = downloadTimes({ p: [CUSTOM], l: [CUSTOM] }, bytes * factor, bps);
          const faster = downloadTimes({ p: [CUSTOM], l: [CUSTOM] }, bytes, bps * factor);
          expect(bigger.cells[0]!.seconds).toBeGreaterThan(base.cells[0]!.seconds);
          expect(faster.cells[0]!.seconds).toBeLessThan(base.cells[0]!.seconds);
          for (const cell of base.cells) {
            expect(Number.isFinite(cell.seconds) && cell.seconds > 0).toBe(true);
            expect(formatDuration(cell.seconds, 'en')).not.toMatch(/NaN|Infinity|e\+/);
          }
        },
      ),
    );
  });

  it('URL state round-trips, caps the lists and rejects unknown ids', () => {
    const state: DownloadTimeState = { p: ['fineweb', CUSTOM], size: '3 PB', l: ['marea', CUSTOM], speed: '40 Tb/s', ap: 'fineweb', al: 'marea' };
    expect(parseState(downloadTimeCodec, serializeState(downloadTimeCodec, state)).state).toEqual(state);
    expect(serializeState(downloadTimeCodec, defaults).toString()).toBe('');
    const seven = PAYLOAD_CHOICES.slice(0, MAX_PAYLOADS + 1)
      .map((p) => p.id)
      .join(',');
    const tooMany = parseState(
      downloadTimeCodec,
      `p=${seven}&l=${LINK_CHOICES.slice(0, MAX_LINKS + 1)
        .map((l) => l.id)
        .join(',')}`,
    );
    expect(tooMany.state.p).toEqual(defaults.p);
    expect(tooMany.state.l).toEqual(defaults.l);
    expect(tooMany.notices.map((n) => n.param).sort()).toEqual(['l', 'p']);
    expect(parseState(downloadTimeCodec, 'p=fineweb,fineweb').state.p).toEqual(['fineweb']);
    const bad = parseState(downloadTimeCodec, 'p=<img src=x>&l=&size=<b>', 'dt.');
    expect(bad.state).toEqual(defaults); // unprefixed parameters belong to someone else
    const badPrefixed = parseState(downloadTimeCodec, 'dt.p=<img src=x>&dt.l=&dt.size=<b>', 'dt.');
    expect(badPrefixed.state).toEqual(defaults);
    expect(badPrefixed.notices.map((n) => n.param).sort()).toEqual(['dt.l', 'dt.p', 'dt.size']);
  });

  it('survives 10,000 hostile queries, and every parsed state gives finite times', () => {
    expectStateCodecSurvivesHostileQueries(downloadTimeCodec, 'dt.', 10_000, (state) => {
      assert.ok(state.p.length >= 1 && state.p.length <= MAX_PAYLOADS, 'payload count');
      assert.ok(state.l.length >= 1 && state.l.length <= MAX_LINKS, 'link count');
      const bytes = orInputError(() => customBytes(state), 1);
      const bps = orInputError(() => customBitsPerSecond(state), 1);
      for (const cell of downloadTimes(state, bytes, bps).cells) assert.ok(Number.isFinite(cell.seconds) && cell.seconds > 0, 'finite time');
      const pair = arithmeticPair(state);
      assert.ok(state.p.includes(pair.payloadId) && state.l.includes(pair.linkId), 'arithmetic pair is selected');
    });
  }, 60_000);
});

/** The value, or `fallback` when `read` throws an InputError (any other error fails the test). */
function orInputError(read: () => number, fallback: number): number {
  try {
    return read();
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return fallback;
  }
}
