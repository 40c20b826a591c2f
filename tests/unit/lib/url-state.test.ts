import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flag, freezeState, listOf, numberIn, oneOf, wholeNumberIn, parseState, safeText, serializeState, type StateCodec } from '../../../src/lib/url-state';

interface Demo {
  mode: 'a' | 'b' | 'c';
  items: ('x' | 'y' | 'z')[];
  size: number;
  table: boolean;
  custom: string;
}
const codec: StateCodec<Demo> = {
  defaults: { mode: 'a', items: ['x'], size: 10, table: false, custom: '' },
  params: { mode: oneOf(['a', 'b', 'c'] as const), items: listOf(['x', 'y', 'z'] as const, 3), size: numberIn(1, 100), table: flag, custom: safeText(20) },
};

describe('parseState', () => {
  it('reads valid parameters', () => {
    const { state, notices } = parseState(codec, '?mode=b&items=y,z&size=42.5&table=1&custom=12%20TB');
    expect(state).toEqual({ mode: 'b', items: ['y', 'z'], size: 42.5, table: true, custom: '12 TB' });
    expect(notices).toEqual([]);
  });
  it('falls back to the default with a notice for invalid, unknown and repeated parameters', () => {
    const { state, notices } = parseState(codec, 'mode=<script>&size=1e308&nope=1&items=x&items=y&custom=<b>');
    expect(state).toEqual(codec.defaults);
    expect(notices.map((n) => `${n.param}:${n.reason}`).sort()).toEqual(['custom:invalid', 'items:repeated', 'mode:invalid', 'nope:unknown', 'size:invalid'].sort());
  });
  it('ignores reserved page parameters and, with a prefix, other widgets’ parameters', () => {
    expect(parseState(codec, 'theme=dark&lang=ja').notices).toEqual([]);
    const { state, notices } = parseState(codec, 'dt.mode=c&other.mode=b&theme=dark', 'dt.');
    expect(state.mode).toBe('c');
    expect(notices).toEqual([]);
  });
});

describe('serializeState', () => {
  it('writes only values that differ from the defaults', () => {
    expect(serializeState(codec, codec.defaults).toString()).toBe('');
    expect(serializeState(codec, { ...codec.defaults, size: 20 }).toString()).toBe('size=20');
  });
  it('freezeState writes every value', () => {
    expect([...freezeState(codec, codec.defaults).keys()].sort()).toEqual(['custom', 'items', 'mode', 'size', 'table']);
  });
  it('round-trips any valid state', () => {
    const demo = fc.record({
      mode: fc.constantFrom('a', 'b', 'c'),
      items: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { minLength: 1, maxLength: 3 }),
      size: fc.double({ min: 1, max: 100, noNaN: true }),
      table: fc.boolean(),
      custom: fc.stringMatching(/^[a-z0-9 .]{0,20}$/),
    }) as fc.Arbitrary<Demo>;
    fc.assert(
      fc.property(demo, fc.constantFrom('', 'dt.'), (state, prefix) => {
        const back = parseState(codec, serializeState(codec, state, prefix), prefix);
        expect(back.notices).toEqual([]);
        expect(back.state).toEqual(state);
      }),
    );
  });
});

describe('wholeNumberIn', () => {
  const lap = wholeNumberIn(1, 19);
  it('reads a plainly written whole number within its range', () => {
    expect(lap.parse('1')).toBe(1);
    expect(lap.parse('19')).toBe(19);
  });
  it('rejects decimals, signs, exponents, padding and values out of range', () => {
    for (const raw of ['7.0', '+7', '7e0', ' 7', '0', '20', '', '12345', '-1']) expect(lap.parse(raw), raw).toBeUndefined();
  });
  it('writes back what it reads', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 19 }), (n) => lap.parse(lap.serialize(n)) === n));
  });
});
