/**
 * URL state: each widget describes its state as a set of query parameters with a parser and
 * a serialiser. Parsing is allow-listed and clamped: unknown or invalid parameters are
 * dropped with a notice and the default is used. Serialising writes only non-default
 * values, so URLs stay short and a change of defaults shows in shared links only where the
 * reader did not choose (embed snippets freeze the full state instead, see freezeState).
 * Values are only ever returned as typed data, never as markup.
 */

export interface ParamSpec<T> {
  /** Turns the raw text into a value, or undefined when it is not acceptable. */
  parse(raw: string): T | undefined;
  serialize(value: T): string;
}

export type StateParams<S> = { [K in keyof S]-?: ParamSpec<S[K]> };

export interface StateCodec<S extends object> {
  defaults: Readonly<S>;
  params: StateParams<S>;
}

export interface StateNotice {
  /** The parameter as it appeared in the URL (already decoded, truncated). */
  param: string;
  reason: 'invalid' | 'unknown' | 'repeated';
}

/** Parameters that belong to the page or embed, not to any widget. */
export const RESERVED_PARAMS = new Set(['theme', 'lang', 'id']);

const MAX_PARAM_LENGTH = 200;
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function parseState<S extends object>(codec: StateCodec<S>, query: string | URLSearchParams, prefix = ''): { state: S; notices: StateNotice[] } {
  const search = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state = { ...codec.defaults } as S;
  const notices: StateNotice[] = [];
  const seen = new Set<string>();
  const keys = Object.keys(codec.params) as (keyof S & string)[];
  for (const [rawKey, raw] of search) {
    if (!rawKey.startsWith(prefix)) continue;
    const key = rawKey.slice(prefix.length);
    if (prefix === '' && RESERVED_PARAMS.has(key)) continue;
    const known = keys.find((k) => k === key);
    if (!known) {
      notices.push({ param: clip(rawKey), reason: 'unknown' });
      continue;
    }
    if (seen.has(known)) {
      notices.push({ param: clip(rawKey), reason: 'repeated' });
      continue;
    }
    seen.add(known);
    const value = raw.length <= MAX_PARAM_LENGTH ? codec.params[known].parse(raw) : undefined;
    if (value === undefined) notices.push({ param: clip(rawKey), reason: 'invalid' });
    else state[known] = value;
  }
  return { state, notices };
}

/** Query parameters for the values that differ from the defaults. */
export function serializeState<S extends object>(codec: StateCodec<S>, state: S, prefix = ''): URLSearchParams {
  return toParams(codec, state, prefix, false);
}

/** Query parameters for every value, defaults included: for embed snippets that must not
 * change when the site's defaults change later. */
export function freezeState<S extends object>(codec: StateCodec<S>, state: S, prefix = ''): URLSearchParams {
  return toParams(codec, state, prefix, true);
}

function toParams<S extends object>(codec: StateCodec<S>, state: S, prefix: string, all: boolean): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of Object.keys(codec.params) as (keyof S & string)[]) {
    const spec = codec.params[key];
    const value = spec.serialize(state[key]);
    if (all || value !== spec.serialize(codec.defaults[key])) out.set(prefix + key, value);
  }
  return out;
}

// ── Parameter kinds ──────────────────────────────────────────────────────────────────────

/** One of a fixed list of ids. */
export function oneOf<T extends string>(allowed: readonly T[]): ParamSpec<T> {
  return {
    parse: (raw) => allowed.find((a) => a === raw),
    serialize: (value) => value,
  };
}

/** A comma-separated list of allowed ids, de-duplicated, 1..maxItems long. */
export function listOf<T extends string>(allowed: readonly T[], maxItems: number): ParamSpec<T[]> {
  return {
    parse: (raw) => {
      const items = raw.split(',');
      if (items.length === 0 || items.length > maxItems) return undefined;
      const picked: T[] = [];
      for (const item of items) {
        const found = allowed.find((a) => a === item);
        if (!found) return undefined;
        if (!picked.includes(found)) picked.push(found);
      }
      return picked;
    },
    serialize: (values) => values.join(','),
  };
}

/** A finite decimal number within [min, max]; out-of-range values are rejected, not clamped
 * silently, so the reader is told. */
export function numberIn(min: number, max: number): ParamSpec<number> {
  return {
    parse: (raw) => {
      if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(raw.trim())) return undefined;
      const value = Number(raw);
      return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
    },
    serialize: (value) => String(value),
  };
}

export const flag: ParamSpec<boolean> = {
  parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
  serialize: (value) => (value ? '1' : '0'),
};

/** Free text limited to a safe alphabet (for custom quantities such as "12.5 TB"). It is
 * still only ever used as data: parsed by the engine, shown as text. */
export function safeText(maxLength: number, pattern = /^[\p{L}\p{N} .,/·+-]*$/u): ParamSpec<string> {
  return {
    parse: (raw) => (raw.length <= maxLength && pattern.test(raw) ? raw : undefined),
    serialize: (value) => value,
  };
}

/** A whole number written plainly ("7", not "7.0", "+7" or "7e0") within [min, max]: a core or a
 * lap is counted, so numberIn's decimals and exponents would only invite odd URLs. */
export function wholeNumberIn(min: number, max: number): ParamSpec<number> {
  return {
    parse: (raw) => {
      if (!/^\d{1,4}$/.test(raw)) return undefined;
      const value = Number(raw);
      return value >= min && value <= max ? value : undefined;
    },
    serialize: (value) => String(value),
  };
}
