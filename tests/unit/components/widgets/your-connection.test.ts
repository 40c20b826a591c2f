import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareConnection, lineBitsPerSecond } from '../../../../src/components/widgets/your-connection/core';
import { CONNECTION_PRESETS, RECORD_LINK, YOUR_CONNECTION_OPTIONS, yourConnectionCodec } from '../../../../src/components/widgets/your-connection/options';
import { link, links } from '../../../../src/data';
import { InputError } from '../../../../src/lib/input';
import { rateToBitsPerSecond } from '../../../../src/lib/units';
import { parseState, serializeState } from '../../../../src/lib/url-state';

const recordBps = rateToBitsPerSecond(RECORD_LINK.rate);
const lines = YOUR_CONNECTION_OPTIONS.lines;

describe('your-connection', () => {
  it('the record is ≈3.42 million times the US median (Oct 2025)', () => {
    const us = link('us-fixed-median-2025-10');
    const { ratio } = compareConnection(recordBps, rateToBitsPerSecond(us.rate));
    expect(ratio).toBeCloseTo((RECORD_LINK.rate.value * 1e15) / (us.rate.value * 1e6), 6);
    expect(ratio / 1e6).toBeCloseTo(3.42, 2);
  });

  it('one second of the record is 127.5 TB, which a 100 Mb/s line needs ~118 days for', () => {
    const result = compareConnection(recordBps, 100e6);
    expect(result.recordSecondBytes).toBeCloseTo(recordBps / 8, 0);
    expect(result.lineSeconds).toBeCloseTo(((recordBps / 8) * 8) / 100e6, 6);
    expect(result.steps.at(-1)?.result.value).toBe(result.lineSeconds);
  });

  it('reads presets from the data and typed speeds through the engine', () => {
    expect(CONNECTION_PRESETS.every((l) => l.kind !== 'record' && l.kind !== 'submarine')).toBe(true);
    expect(lineBitsPerSecond({ line: 'custom', speed: '300 Mbit/s' }, lines)).toBe(300e6);
    expect(() => lineBitsPerSecond({ line: 'custom', speed: '100 GB' }, lines)).toThrow(InputError);
    expect(() => lineBitsPerSecond({ line: 'custom', speed: '' }, lines)).toThrow(InputError);
    expect(() => lineBitsPerSecond({ line: 'marea', speed: '' }, lines)).toThrow('Unknown line');
  });

  it('the island gets each preset’s id, label, month and speed from the data, and the record’s speed', () => {
    const MEGA = { 'Mb/s': 1e6, 'Gb/s': 1e9 } as Record<string, number>;
    expect(YOUR_CONNECTION_OPTIONS.recordBitsPerSecond).toBe(links.find((l) => l.kind === 'record')!.rate.value * 1e15);
    expect(lines.map((l) => l.id)).toEqual(CONNECTION_PRESETS.map((l) => l.id));
    for (const option of lines) {
      const entry = link(option.id);
      const month = /^\d{4}-\d{2}/.test(entry.asOf ?? '') ? entry.asOf!.slice(0, 7) : undefined;
      expect(Object.keys(option).sort()).toEqual(month === undefined ? ['bitsPerSecond', 'id', 'label'] : ['bitsPerSecond', 'id', 'label', 'month']);
      expect(option.label).toBe(entry.label);
      expect(option.month).toBe(month);
      expect(option.bitsPerSecond).toBeCloseTo(entry.rate.value * MEGA[entry.rate.unit]!, 6);
      expect(lineBitsPerSecond({ line: option.id, speed: '' }, lines)).toBe(option.bitsPerSecond);
    }
  });

  it('a faster line always gives a smaller ratio', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e3, max: 1e14, noNaN: true }), fc.double({ min: 1.0001, max: 1000, noNaN: true }), (slow, factor) => {
        expect(compareConnection(recordBps, slow * factor).ratio).toBeLessThan(compareConnection(recordBps, slow).ratio);
      }),
    );
  });

  it('URL state round-trips and rejects unknown presets', () => {
    const state = { line: 'custom', speed: '2.5 Gb/s' };
    expect(parseState(yourConnectionCodec, serializeState(yourConnectionCodec, state)).state).toEqual(state);
    const bad = parseState(yourConnectionCodec, 'line=<img src=x>&speed=1e999999');
    expect(bad.state.line).toBe(yourConnectionCodec.defaults.line);
    expect(bad.notices.map((n) => n.param)).toContain('line');
  });
});
