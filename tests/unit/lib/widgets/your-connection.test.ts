import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONNECTION_PRESETS, RECORD_LINK, compareConnection, lineBitsPerSecond, yourConnectionCodec } from '../../../../src/lib/widgets/your-connection';
import { link } from '../../../../src/data';
import { InputError } from '../../../../src/lib/transfer';
import { rateToBitsPerSecond } from '../../../../src/lib/units';
import { parseState, serializeState } from '../../../../src/lib/url-state';

const recordBps = rateToBitsPerSecond(RECORD_LINK.rate);

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
    expect(result.lineSeconds).toBeCloseTo((recordBps / 8) * 8 / 100e6, 6);
    expect(result.steps.at(-1)?.result.value).toBe(result.lineSeconds);
  });

  it('reads presets from the data and typed speeds through the engine', () => {
    expect(CONNECTION_PRESETS.every((l) => l.kind !== 'record' && l.kind !== 'submarine')).toBe(true);
    expect(lineBitsPerSecond({ line: 'custom', speed: '300 Mbit/s' })).toBe(300e6);
    expect(() => lineBitsPerSecond({ line: 'custom', speed: '100 GB' })).toThrow(InputError);
    expect(() => lineBitsPerSecond({ line: 'custom', speed: '' })).toThrow(InputError);
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
