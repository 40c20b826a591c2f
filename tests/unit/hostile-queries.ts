/**
 * Hostile URL query strings for property tests of every widget's URL-state parser (design:
 * "invalid params fall back to defaults with a notice, never a crash, never injected as HTML").
 *
 *   import { expectCodecSurvivesHostileQueries } from '../hostile-queries';
 *   it('survives hostile queries', () => {
 *     expectCodecSurvivesHostileQueries((search) => parseDownloadTimeState(search), isDownloadTimeState, 10_000, { keys: ['payload', 'link', 'size'] });
 *   });
 *
 * Pass your widget's real parameter names as `keys` so the hostile values land on them.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseState, type StateCodec } from '../../src/lib/url-state';
import fc from 'fast-check';

const MARKUP = [
  '<script>alert(1)</script>',
  '<ScRiPt src=//evil.example/x.js></sCrIpT>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '</textarea></title><script>alert(1)</script>',
  '<!--',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '&lt;b&gt;',
];
const SCRIPT_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'java\tscript:alert(1)',
  ' javascript:void(0)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example',
  'https://evil.example/',
];
const NUMBERS = [
  '1e308',
  '-1e308',
  '1e309',
  '-1e309',
  '9999999999999999999',
  '-9999999999999999999',
  '1.7976931348623157e308',
  '5e-324',
  '1e-400',
  '0',
  '-0',
  '0.0',
  '0x10',
  '0b11',
  '1_000',
  ' 42 ',
  '4.2.1',
  '1e',
  '.',
  '-',
  '+',
  '00001',
  '1,000',
  '١٢٣',
  '12abc',
  '--1',
];
const SPECIAL_WORDS = [
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'infinity',
  '∞',
  'undefined',
  'null',
  'true',
  'false',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];
const UNICODE = ['\u202Egnp.exe', 'مرحبا بالعالم', 'שלום', '\u200F\u200E', '🚀💾', '👨‍👩‍👧‍👦', '🏳️‍🌈', 'e\u0301', 'Z̷̢̛a̶l̸g̵o', '\u0000', '\uFFFF', '\uFEFF', '　', '\u2028\u2029', '𝟙𝟘𝟘'];
const PERCENT_GARBAGE = ['%', '%%', '%E0%A4%A', '%ZZ', '%00', '%C0%AF', '%u0041', '%2', '%252F', '%ED%A0%80', '%FF%FE', '%3Cscript%3E', '%26%3D', '+%2B+'];
const SEPARATORS = ['&', '=', '?', '#', ';', '+', ' ', '&&', '=='];

/** Keys seen in widget URLs, so random queries often hit real-looking names. */
const COMMON_KEYS = ['rate', 'unit', 'size', 'payload', 'link', 'speed', 'theme', 'lang', 'state', 'id', 'v', 'q'];

/** One hostile parameter value (already in URL form: some raw, some percent-encoded). */
export function hostileValue(): fc.Arbitrary<string> {
  const plain = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...MARKUP, ...SCRIPT_URLS) },
    { weight: 3, arbitrary: fc.constantFrom(...NUMBERS, ...SPECIAL_WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
    { weight: 2, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) }, // may hold lone surrogates
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', '9', '<', '%', '🚀'), fc.integer({ min: 1000, max: 12_000 })).map(([s, n]) => s.repeat(n)) },
  );
  const encoded = plain.map((value) => {
    try {
      return encodeURIComponent(value);
    } catch {
      return value; // lone surrogates cannot be encoded: send them raw
    }
  });
  return fc.oneof(
    { weight: 3, arbitrary: plain }, // raw, as a hand-edited or mangled URL would carry it
    { weight: 3, arbitrary: encoded },
    { weight: 2, arbitrary: fc.constantFrom(...PERCENT_GARBAGE) },
    { weight: 1, arbitrary: fc.array(fc.oneof(plain, fc.constantFrom(...SEPARATORS, ...PERCENT_GARBAGE)), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')) },
  );
}

export interface HostileQueryOptions {
  /** The parser's real parameter names; they are used for most keys. */
  keys?: readonly string[];
}

/**
 * A hostile `location.search` string: "" or "?" followed by random key/value pairs with markup,
 * javascript: URLs, huge and non-finite numbers, RTL/emoji text, broken percent-encoding,
 * repeated keys, keys without "=", empty values and very long values.
 */
export function hostileQuery(options: HostileQueryOptions = {}): fc.Arbitrary<string> {
  const known = [...(options.keys ?? []), ...COMMON_KEYS];
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom('', '__proto__', 'constructor', '<script>', 'a[]', 'a[b]', '%E0%A4%A', 'RATE', ' rate') },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, ''))) },
  );
  const pair = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(key, hostileValue()).map(([k, v]) => `${k}=${v}`) },
    { weight: 1, arbitrary: key }, // a key with no "="
    { weight: 1, arbitrary: key.map((k) => `${k}=`) }, // an empty value
  );
  const pairs = fc.array(pair, { maxLength: 10 });
  // Repeat one pair's key with another value, as a copied-and-edited URL often does.
  const withRepeats = fc.tuple(pairs, key, hostileValue(), hostileValue()).map(([list, k, a, b]) => [...list, `${k}=${a}`, `${k}=${b}`]);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('', '?', '??', '?&', '?&&&', '?=', '?==&=') },
    { weight: 6, arbitrary: pairs.map((list) => (list.length ? `?${list.join('&')}` : '')) },
    { weight: 3, arbitrary: withRepeats.map((list) => `?${list.join('&')}`) },
  );
}

/** Paths to numbers in `value` that are NaN or ±Infinity (states must never hold them). */
function nonFiniteNumbers(value: unknown, path = 'state', seen = new Set<unknown>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`, seen));
}

/**
 * Property test for a URL-state parser: for `runs` hostile query strings, `parse(search)` must
 * not throw, must return the same state when called twice, must hold no NaN/Infinity, and its
 * result must pass `isValid`. Throws (failing the calling test) with the shrunk counterexample.
 */
export function expectCodecSurvivesHostileQueries<S>(parse: (search: string) => S, isValid: (state: S) => boolean, runs = 10_000, options: HostileQueryOptions = {}): void {
  const result = fc.check(
    fc.property(hostileQuery(options), (search) => {
      let state: S;
      try {
        state = parse(search);
      } catch (error) {
        throw new Error(`parse threw for ${JSON.stringify(search)}: ${String(error)}`, { cause: error });
      }
      const bad = nonFiniteNumbers(state);
      if (bad.length) throw new Error(`parse(${JSON.stringify(search)}) holds non-finite numbers: ${bad.join(', ')}`);
      if (!isValid(state)) throw new Error(`parse(${JSON.stringify(search)}) returned an invalid state: ${JSON.stringify(state)}`);
      const again = JSON.stringify(parse(search));
      if (again !== JSON.stringify(state)) throw new Error(`parse(${JSON.stringify(search)}) is not deterministic`);
    }),
    { numRuns: runs },
  );
  if (result.failed) {
    const reason = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    // The shrunk counterexample's own message, plus what reproduces it: fc.assert(..., { seed, path }).
    throw new Error(`${reason}\n(after ${result.numRuns} runs; reproduce with seed ${result.seed}, path "${result.counterexamplePath}")`);
  }
}

/**
 * The same property for a widget's StateCodec: besides surviving, every field of the parsed
 * state must be a value the codec's own parser accepts (serialise → parse gives it back), the
 * state has exactly the codec's fields, and `check` (assertions on the widget's maths) passes.
 */
export function expectStateCodecSurvivesHostileQueries<S extends object>(codec: StateCodec<S>, prefix: string, runs = 10_000, check?: (state: S) => void): void {
  const names = Object.keys(codec.params) as (keyof S & string)[];
  expectCodecSurvivesHostileQueries(
    (search) => parseState(codec, search, prefix).state,
    (state) => {
      const fieldsHold = names.every((name) => {
        const spec = codec.params[name];
        return isDeepStrictEqual(spec.parse(spec.serialize(state[name])), state[name]);
      });
      if (!fieldsHold || !isDeepStrictEqual(Object.keys(state).sort(), Object.keys(codec.defaults).sort())) return false;
      try {
        check?.(state);
        return true;
      } catch {
        return false;
      }
    },
    runs,
    { keys: names.flatMap((name) => [prefix + name, name]) },
  );
}
