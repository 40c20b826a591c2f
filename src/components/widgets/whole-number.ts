/**
 * A URL parameter kind the visual widgets share: a whole number such as a core or a lap.
 * (url-state's numberIn accepts decimals and exponents; a core or lap must be written plainly.)
 */
import type { ParamSpec } from '../../lib/url-state';

/** A whole number written plainly ("7", not "7.0", "+7" or "7e0") within [min, max]. */
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
