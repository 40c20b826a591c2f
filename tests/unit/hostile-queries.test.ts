/**
 * The hostile-query helper itself: its queries cover every promised kind of hostility, a robust
 * parser passes, and fragile parsers (NaN leaking through, decodeURIComponent throwing, raw
 * markup kept in state) are caught — so a green widget test means something.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hostileQuery, expectCodecSurvivesHostileQueries } from './hostile-queries';

const UNITS = ['Mb/s', 'Gb/s', 'Tb/s'] as const;
type Unit = (typeof UNITS)[number];
interface ExampleState {
  rate: number;
  unit: Unit;
  label: string;
}
const DEFAULTS: ExampleState = { rate: 100, unit: 'Mb/s', label: 'home' };

/** What a widget parser should look like: every field validated, defaults otherwise. */
function robustParse(search: string): ExampleState {
  const params = new URLSearchParams(search);
  const rate = Number(params.get('rate') ?? '');
  const unit = params.get('unit');
  const label = params.get('label') ?? '';
  return {
    rate: Number.isFinite(rate) && rate > 0 && rate <= 1e18 ? rate : DEFAULTS.rate,
    unit: UNITS.find((u) => u === unit) ?? DEFAULTS.unit,
    label: /^[\p{L}\p{N} ]{1,40}$/u.test(label) ? label : DEFAULTS.label,
  };
}
function isExampleState(state: unknown): boolean {
  if (typeof state !== 'object' || state === null) return false;
  const s = state as Partial<ExampleState>;
  return typeof s.rate === 'number' && s.rate > 0 && s.rate <= 1e18 && UNITS.some((u) => u === s.unit) && typeof s.label === 'string' && !/[<>"']/.test(s.label);
}

const KEYS = { keys: ['rate', 'unit', 'label'] } as const;

describe('hostileQuery()', () => {
  const samples = fc.sample(hostileQuery(KEYS), { numRuns: 4000, seed: 42 });
  const decoded = samples.map((q) => {
    try {
      return decodeURIComponent(q);
    } catch {
      return q;
    }
  });
  const some = (test: (q: string) => boolean) => samples.some(test) || decoded.some(test);

  it.each([
    ['a <script> payload', (q: string) => /<script>/i.test(q)],
    ['an HTML event-handler payload', (q: string) => /onerror=|onload=/.test(q)],
    ['a javascript: URL', (q: string) => /javascript:/i.test(q)],
    ['1e308 and -1e308', (q: string) => q.includes('=1e308') && samples.join('|').includes('-1e308')],
    ['9999999999999999999', (q: string) => q.includes('9999999999999999999')],
    ['NaN / Infinity words', (q: string) => /=(NaN|Infinity|-Infinity)(&|$)/.test(q)],
    ['right-to-left text', (q: string) => /[\u0590-\u08FF\u202E]/.test(q)],
    ['emoji', (q: string) => /\p{Extended_Pictographic}/u.test(q)],
    ['broken percent-encoding %E0%A4%A', (q: string) => q.includes('%E0%A4%A')],
    ['an empty value', (q: string) => /=(&|$)/.test(q)],
    ['a value over 5,000 characters', (q: string) => q.length > 5000],
    ['the empty query', (q: string) => q === ''],
    ['one of the given keys', (q: string) => /[?&]label=/.test(q)],
  ])('produces %s', (_name, test) => {
    expect(some(test)).toBe(true);
  });

  it('produces repeated keys', () => {
    const repeated = samples.filter((q) => {
      const keys = q
        .replace(/^\?/, '')
        .split('&')
        .map((p) => p.split('=')[0])
        .filter(Boolean);
      return new Set(keys).size < keys.length;
    });
    expect(repeated.length).toBeGreaterThan(samples.length / 10);
  });

  it('always looks like location.search ("" or "?…")', () => {
    expect(samples.every((q) => q === '' || q.startsWith('?'))).toBe(true);
  });
});

describe('expectCodecSurvivesHostileQueries()', () => {
  it('passes a parser that validates every field', () => {
    expectCodecSurvivesHostileQueries(robustParse, isExampleState, 10_000, KEYS);
  });

  it('catches a parser that lets NaN / Infinity through', () => {
    const fragile = (search: string) => ({ ...robustParse(search), rate: Number(new URLSearchParams(search).get('rate')) });
    expect(() => expectCodecSurvivesHostileQueries(fragile, isExampleState, 2_000, KEYS)).toThrow(/non-finite|invalid state/);
  });

  it('catches a parser that throws on broken percent-encoding', () => {
    const fragile = (search: string) => {
      const raw = search
        .replace(/^\?/, '')
        .split('&')
        .map((pair) => pair.split('=').map(decodeURIComponent));
      return robustParse(`?${new URLSearchParams(raw.map(([k = '', v = '']) => [k, v])).toString()}`);
    };
    expect(() => expectCodecSurvivesHostileQueries(fragile, isExampleState, 2_000, KEYS)).toThrow(/parse threw/);
  });

  it('catches a parser that keeps raw markup in its state', () => {
    const fragile = (search: string) => ({ ...robustParse(search), label: new URLSearchParams(search).get('label') ?? 'home' });
    expect(() => expectCodecSurvivesHostileQueries(fragile, isExampleState, 2_000, KEYS)).toThrow(/invalid state/);
  });
});
