import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { countStreams as countStreamsFor, shareOf, streamBitsPerSecond as streamBitsPerSecondFor, type StreamsState } from '../../../../src/components/widgets/streams/core';
import { AUDIENCES, RECORD_LINK, STREAMS_OPTIONS, STREAM_CHOICES, WORLD, streamRateText, streamsCodec } from '../../../../src/components/widgets/streams/options';
import { audience, audiences, stream, streams } from '../../../../src/data';
import { InputError } from '../../../../src/lib/input';
import { formatCount, formatPercent } from '../../../../src/lib/format';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import { expectStateCodecSurvivesHostileQueries } from '../../hostile-queries';

const PREFIXES: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };
const bpsOf = (rate: { value: number; unit: string }) => rate.value * (PREFIXES[rate.unit[0]!] ?? 1) * (rate.unit.includes('B') ? 8 : 1);
const recordBps = bpsOf(RECORD_LINK.rate);
// The island's own options, as Island.astro passes them.
const countStreams = (linkBps: number, streamBps: number) => countStreamsFor(linkBps, streamBps, STREAMS_OPTIONS);
const streamBitsPerSecond = (state: StreamsState) => streamBitsPerSecondFor(state, STREAMS_OPTIONS.streams);

describe('streams', () => {
  it('the record carries about 10.2 million 8K streams: 0.12 % of the world', () => {
    const eightK = stream('8k');
    const result = countStreams(recordBps, bpsOf(eightK.rate));
    expect(result.streams).toBeCloseTo(recordBps / bpsOf(eightK.rate), 6);
    expect(formatCount(result.streams, 'en')).toBe('10.2 million');
    expect(result.world.percent).toBeCloseTo((result.streams / audience('world').people) * 100, 12);
    expect(formatPercent(result.world.percent, 'en')).toBe('0.124%');
    expect(result.steps[0]!.result.value).toBe(result.streams);
    expect(result.steps.at(-1)!.result).toEqual({ kind: 'percent', value: result.world.percent });
  });

  it('HD streams cover everyone in Japan more than once, and the steps say "×" then', () => {
    const hd = countStreams(recordBps, bpsOf(stream('hd').rate));
    const japan = hd.shares.find((s) => s.audience.id === 'japan')!;
    expect(japan.perPerson).toBeCloseTo(hd.streams / audience('japan').people, 12);
    expect(japan.perPerson).toBeGreaterThan(1);
    const tiny = countStreams(recordBps, 1e3); // 1 kb/s: a trillion streams, 124 per person on Earth
    expect(tiny.steps.at(-1)!.result).toEqual({ kind: 'ratio', value: tiny.world.perPerson });
  });

  it('lists every audience from the data, smallest first, and the world for the summary', () => {
    expect(AUDIENCES.map((a) => a.id).sort()).toEqual(audiences.map((a) => a.id).sort());
    for (let i = 1; i < AUDIENCES.length; i += 1) expect(AUDIENCES[i]!.people).toBeGreaterThanOrEqual(AUDIENCES[i - 1]!.people);
    expect(WORLD.people).toBe(Math.max(...audiences.map((a) => a.people)));
    expect(STREAM_CHOICES).toBe(streams);
  });

  it('gives the island each stream’s label, note and bitrate and each audience’s size, and nothing more', () => {
    expect(STREAMS_OPTIONS.recordBitsPerSecond).toBeCloseTo(recordBps, 0);
    expect(STREAMS_OPTIONS.streams.map((s) => s.id)).toEqual(streams.map((s) => s.id));
    for (const option of STREAMS_OPTIONS.streams) {
      const entry = stream(option.id);
      expect(Object.keys(option).every((key) => ['id', 'label', 'note', 'bitsPerSecond', 'rateText'].includes(key))).toBe(true);
      expect([option.label, option.note, option.rateText]).toEqual([entry.label, entry.note, streamRateText(entry)]);
      expect(option.bitsPerSecond / bpsOf(entry.rate)).toBeCloseTo(1, 12);
    }
    expect(STREAMS_OPTIONS.audiences).toEqual(AUDIENCES.map((a) => ({ id: a.id, label: a.label, people: a.people })));
    expect(STREAMS_OPTIONS.world).toEqual({ id: 'world', label: WORLD.label, people: WORLD.people });
  });

  it('prefills each stream’s bitrate as text that parses back to the data value', () => {
    for (const choice of STREAM_CHOICES) {
      expect(streamBitsPerSecond({ s: choice.id, rate: streamRateText(choice) })).toBeCloseTo(bpsOf(choice.rate), 6);
      expect(streamBitsPerSecond({ s: choice.id, rate: STREAMS_OPTIONS.streams.find((s) => s.id === choice.id)!.rateText })).toBeCloseTo(bpsOf(choice.rate), 6);
      expect(streamBitsPerSecond({ s: choice.id, rate: '' })).toBeCloseTo(bpsOf(choice.rate), 6);
    }
    expect(streamBitsPerSecond({ s: '4k', rate: '25 Mb/s' })).toBe(25e6);
    expect(() => streamBitsPerSecond({ s: '4k', rate: '25 GB' })).toThrow(InputError);
    expect(() => streamBitsPerSecond({ s: '4k', rate: 'fast' })).toThrow(InputError);
    expect(() => streamBitsPerSecond({ s: '4k', rate: '0 Mb/s' })).toThrow(InputError);
  });

  it('quotient × bitrate gives back the link; whole streams are the quotient rounded down; a faster stream means fewer', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e15, noNaN: true }), fc.double({ min: 1.001, max: 100, noNaN: true }), (bps, factor) => {
        const result = countStreams(recordBps, bps);
        expect((result.quotient * bps) / recordBps).toBeCloseTo(1, 9);
        expect(Number.isInteger(result.streams)).toBe(true);
        expect(result.streams).toBeLessThanOrEqual(result.quotient);
        expect(result.quotient - result.streams).toBeLessThan(1);
        expect(countStreams(recordBps, bps * factor).quotient).toBeLessThan(result.quotient);
        for (const share of result.shares) expect(share.percent).toBeCloseTo(shareOf(result.streams, share.audience).perPerson * 100, 9);
      }),
    );
  });

  it('URL state round-trips; an unknown stream or unsafe text falls back with a notice', () => {
    const state = { s: 'hd', rate: '8 Mb/s' };
    expect(parseState(streamsCodec, serializeState(streamsCodec, state)).state).toEqual(state);
    expect(serializeState(streamsCodec, streamsCodec.defaults).toString()).toBe('');
    const bad = parseState(streamsCodec, 'st.s=16k&st.rate=<script>', 'st.');
    expect(bad.state).toEqual(streamsCodec.defaults);
    expect(bad.notices.map((n) => n.param).sort()).toEqual(['st.rate', 'st.s']);
  });

  it('survives 10,000 hostile queries, and every parsed state gives a finite count or an input error', () => {
    expectStateCodecSurvivesHostileQueries(streamsCodec, 'st.', 10_000, (state) => {
      let bps: number;
      try {
        bps = streamBitsPerSecond(state);
      } catch (error) {
        assert.ok(error instanceof InputError, String(error));
        return;
      }
      const result = countStreams(recordBps, bps);
      assert.ok(Number.isInteger(result.streams) && result.streams >= 0 && Number.isFinite(result.quotient) && result.quotient > 0, 'finite count');
    });
  }, 60_000);
});
