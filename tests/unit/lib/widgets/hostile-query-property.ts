/**
 * Local stand-in for tests/unit/hostile-queries.ts (being written elsewhere): thousands of
 * random and hostile query strings through parseState. It must never throw, and every field
 * of the state it returns must be a value the codec itself accepts (parse ∘ serialize = id).
 * Call it from a test with a generous timeout: 10,000 runs take a few seconds on a busy machine.
 */
import fc from 'fast-check';
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
      if (!Array.isArray(notices)) return false;
      // Plain comparisons (not expect) keep 10,000 runs fast; a failure is re-checked below.
      return (keys as (keyof S & string)[]).every((k) => {
        const spec = codec.params[k];
        return JSON.stringify(spec.parse(spec.serialize(state[k]))) === JSON.stringify(state[k]);
      });
    }),
    { numRuns: runs },
  );
}
