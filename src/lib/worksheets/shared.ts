/** Helpers every lesson's worksheet uses: validation, the tolerance rule, the speed of light. */
import { HOLDS_WITHIN, timesApart, type Verdict } from '../claims';
import { amount } from '../steps';
import { LIGHT_KM_PER_SECOND } from '../constants';
import { requirePositive } from '../input';
import type { RecordInputs } from './types';

/** The speed of light, written out in full (299,792 km/s) wherever a question uses it. */
export const LIGHT_SHOWN = amount('speed', LIGHT_KM_PER_SECOND, { notation: 'full' });

/** A comparison that is not in claims.json, judged by the same rule and tolerance as checkClaim. */
export function judged(claimed: number, computed: number): { verdict: Verdict; factorOff: number } {
  const factorOff = timesApart(claimed / computed);
  return { verdict: factorOff > HOLDS_WITHIN ? 'off-by' : 'holds', factorOff };
}

export function requireRecord(record: RecordInputs): void {
  requirePositive(record.rateBitsPerSecond, 'rate');
  requirePositive(record.distanceKm, 'distance');
  requirePositive(record.cores, 'cores');
  requirePositive(record.claddingMm, 'cladding');
  requirePositive(record.statedCapacityDistance, 'capacity × distance');
}
