/**
 * Local stand-in for tests/unit/hostile-queries.ts (written on another branch): feeds random
 * and hostile query strings to a widget's URL parser and asserts it never throws and always
 * returns a state that passes `isValid`. Same signature, plus the widget's own parameter names
 * so the fuzzer hits real keys with hostile values. Replace with the shared helper on merge.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

const HOSTILE_VALUES = [
  '',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '%',
  '%%',
  '%zz',
  '%00',
  '%E0%A4%A',
  '&',
  '=',
  '==',
  '__proto__',
  'constructor',
  'prototype',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e999 Pb/s',
  '-0',
  '0',
  '1.02 Pb/s',
  '１２ ＴＢ',
  '1,,000 GB',
  '1.2.3 GB',
  'a'.repeat(500),
  '\u202e1 GB',
  '\u0000',
  '\ud800',
];

const key = (keys: readonly string[]) =>
  fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor', 'theme', 'un.', 'cc.', ''), fc.string({ maxLength: 12 }));
const value = fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));

/** encodeURIComponent, or the raw text when it holds a lone surrogate (which cannot be encoded). */
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A raw query: pairs joined by & or ;, sometimes with a leading "?", sometimes URL-encoded. */
const query = (keys: readonly string[]) =>
  fc
    .tuple(
      fc.array(fc.tuple(key(keys), value, fc.boolean()), { maxLength: 6 }),
      fc.boolean(),
      fc.string({ unit: 'binary', maxLength: 30 }),
    )
    .map(([pairs, questionMark, noise]) => {
      const body = pairs.map(([k, v, encode]) => (encode ? `${encoded(k)}=${encoded(v)}` : `${k}=${v}`)).join('&');
      return `${questionMark ? '?' : ''}${body}${noise.length % 3 === 0 ? noise : ''}`;
    });

export function expectCodecSurvivesHostileQueries<S>(
  parse: (query: string) => S,
  isValid: (state: S) => boolean,
  runs: number,
  keys: readonly string[] = [],
): void {
  fc.assert(
    fc.property(query(keys), (q) => {
      const state = parse(q);
      expect(isValid(state)).toBe(true);
    }),
    { numRuns: runs },
  );
}
