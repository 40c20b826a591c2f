/**
 * Hostile query strings for widget codecs: random text, malformed percent-escapes, and
 * well-formed queries that use the codec's own parameter names with hostile values (markup,
 * huge numbers, prototype keys, repeated and over-long lists). A local stand-in for
 * tests/unit/hostile-queries.ts (being written on another branch): same property, so the lead
 * can swap the import when both are merged.
 */
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { parseState, type ParamSpec, type StateCodec } from '../../../../src/lib/url-state';

const HOSTILE_VALUES = [
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '1e999999',
  '1e308',
  '-1',
  '0',
  '-0',
  'NaN',
  'Infinity',
  '0x10',
  '1_000',
  '١٢٣',
  '１００ ＧＢ',
  '100 GB',
  '1.02 Pb/s',
  ',',
  ',,,',
  '__proto__',
  'constructor',
  'toString',
  'custom',
  'a'.repeat(201),
  '9'.repeat(400),
  '%',
  '%E0%A4%A',
  '\u0000',
  '\u202e',
];

/** One query string: random text, or key=value pairs built from the codec's names and hostile values. */
export function hostileQuery(codec: StateCodec<object>, prefix = ''): fc.Arbitrary<string> {
  const params = codec.params as Record<string, ParamSpec<unknown>>;
  const defaults = codec.defaults as Record<string, unknown>;
  const names = Object.keys(params);
  const allowedValues = names.flatMap((name) => {
    const raw = params[name]!.serialize(defaults[name]);
    return [raw, raw.split(',').reverse().join(','), `${raw},${raw}`];
  });
  const key = fc.oneof(
    fc.constantFrom(...names.map((n) => prefix + n), ...names, '__proto__', 'constructor', `${prefix}__proto__`),
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(
    fc.constantFrom(...HOSTILE_VALUES, ...allowedValues),
    fc.string({ maxLength: 60 }),
    fc.array(fc.constantFrom(...allowedValues.flatMap((v) => v.split(',')), 'custom', 'x'), { maxLength: 9 }).map((items) => items.join(',')),
    fc.double().map(String),
  );
  const structured = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) params.append(k, v);
    return params.toString();
  });
  const raw = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
  return fc.oneof(structured, raw, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }));
}

/**
 * At least `runs` hostile queries: parseState never throws, and every field of the state it
 * returns is one the codec's own parser accepts (serialise → parse gives the same value back).
 */
export function expectCodecSurvivesHostileQueries<S extends object>(codec: StateCodec<S>, prefix: string, runs = 10_000, isValid?: (state: S) => void): void {
  fc.assert(
    fc.property(hostileQuery(codec as StateCodec<object>, prefix), (query) => {
      const { state } = parseState(codec, query, prefix);
      // Plain asserts: expect() in a 10,000-run loop costs seconds.
      for (const name of Object.keys(codec.params) as (keyof S & string)[]) {
        const spec = codec.params[name];
        assert.deepStrictEqual(spec.parse(spec.serialize(state[name])), state[name], `${name} is not a value its parser accepts`);
      }
      assert.deepStrictEqual(Object.keys(state).sort(), Object.keys(codec.defaults).sort());
      isValid?.(state);
    }),
    { numRuns: runs },
  );
}
