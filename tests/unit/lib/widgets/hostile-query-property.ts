/**
 * Local stand-in for tests/unit/hostile-queries.ts (being written elsewhere): thousands of
 * random and hostile query strings through parseState. It must never throw, and every field
 * of the state it returns must be a value the codec itself accepts (parse ∘ serialize = id).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseState, type StateCodec } from '../../../../src/lib/url-state';

const nasty = fc.constantFrom(
  '',
  '__proto__',
  'constructor',
  'prototype',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '%00',
  '%',
  '%E0%A4%A',
  '1e999',
  '-1',
  '-0',
  'NaN',
  'Infinity',
  '0x10',
  ' 7',
  '7 ',
  '7.0',
  '+7',
  '9'.repeat(400),
  '\u202e\u0000\uffff',
  '🙂',
);

export function expectCodecSurvivesHostileQueries<S extends object>(codec: StateCodec<S>, prefix = '', runs = 10_000): void {
  const keys = Object.keys(codec.params);
  const key = fc.oneof(fc.constantFrom(...keys.map((k) => prefix + k)), fc.constantFrom(...keys), fc.string({ maxLength: 12 }), nasty);
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }), nasty, fc.integer().map(String), fc.double().map(String));
  const pair = fc.tuple(key, value).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  const query = fc.oneof(
    fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join('&')),
    fc.string({ maxLength: 200 }),
    fc.array(fc.oneof(pair, nasty, fc.string({ maxLength: 20 })), { maxLength: 8 }).map((parts) => parts.join('&')),
  );
  fc.assert(
    fc.property(query, (q) => {
      const { state, notices } = parseState(codec, q, prefix);
      expect(Array.isArray(notices)).toBe(true);
      for (const k of keys as (keyof S & string)[]) {
        const spec = codec.params[k];
        expect(spec.parse(spec.serialize(state[k]))).toEqual(state[k]);
      }
    }),
    { numRuns: runs },
  );
}
