/**
 * Exact conversion constants the maths uses: fixed by definition, not measured, so they live in
 * code rather than in src/data (which holds sourced, reported figures).
 */
export const BITS_PER_BYTE = 8;
export const SECONDS_PER_DAY = 24 * 3600;
/** Julian year (365.25 days), the year astronomers and the IAU use for light-years. */
export const SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;
/** Speed of light in vacuum, km/s (exact by definition of the metre). */
export const LIGHT_KM_PER_SECOND = 299_792.458;
