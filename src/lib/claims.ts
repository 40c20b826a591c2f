/**
 * Claim checks: recomputes a headline claim from the site's data with the transfer maths and
 * says whether it holds, by how much it is off, and why, with every step of the arithmetic.
 * Pure: the data comes in as an argument, so tests can feed it altered data.
 */
import type { Claim, FiberRecord, Fact, Link, Payload, Stream } from '../data/schema';
import type { Amount, ArithmeticStep } from './steps';
import { rateToBitsPerSecond, sizeToBytes } from './units';
import {
  BITS_PER_BYTE,
  LIGHT_KM_PER_SECOND,
  SECONDS_PER_YEAR,
  audioYearsPerSecond,
  bytesMoved,
  copiesPerSecond,
  lightTravelSeconds,
  simultaneousStreams,
  speedRatio,
  transferSeconds,
} from './transfer';

export type Verdict = 'holds' | 'holds-with-caveat' | 'off-by' | 'false-premise' | 'meaningless';

export interface ClaimCheck {
  /** What the data say. */
  computed: Amount;
  /** What the claim says, in the same kind and base unit. */
  claimed: Amount;
  /** claimed ÷ computed: above 1 the claim overstates, below 1 it understates. */
  ratio: number;
  /** How many times off, whichever direction: max(ratio, 1 ÷ ratio), so always ≥ 1. */
  factorOff: number;
  verdict: Verdict;
  steps: ArithmeticStep[];
}

/** The datasets a check may read. */
export interface ClaimData {
  facts: readonly Fact[];
  links: readonly Link[];
  payloads: readonly Payload[];
  streams: readonly Stream[];
  records: readonly FiberRecord[];
}

/**
 * A claim "holds" when it is within 25 % of the computed value (factorOff ≤ 1.25): the
 * inputs themselves (medians, bitrates, catalogue sizes) are rarely known better than that,
 * so a tighter test would judge rounding, not the claim. Beyond it, the claim is "off by".
 */
export const HOLDS_WITHIN = 1.25;

const SECONDS_PER_DAY = 86_400;

/** Bytes in a payload: a stored size, or a stream's bitrate held for its duration. */
export function payloadBytes(payload: Payload): number {
  if (payload.size) return sizeToBytes(payload.size);
  if (payload.stream) return bytesMoved(rateToBitsPerSecond(payload.stream.rate), payload.stream.seconds);
  throw new Error(`Payload "${payload.id}" has neither a size nor a stream`);
}

/** Bitrate of an audio or video payload: its stream rate, or its size spread over playSeconds. */
export function payloadBitsPerSecond(payload: Payload): number {
  if (payload.stream) return rateToBitsPerSecond(payload.stream.rate);
  if (payload.size && payload.playSeconds !== undefined) return (sizeToBytes(payload.size) * BITS_PER_BYTE) / payload.playSeconds;
  throw new Error(`Payload "${payload.id}" has no bitrate`);
}

/** The largest number in a list, or undefined for an empty list (never -Infinity). */
function largest(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : Math.max(...values);
}

/** max(ratio, 1/ratio): how many times apart two positive numbers are. */
export function timesApart(ratio: number): number {
  return ratio >= 1 ? ratio : 1 / ratio;
}

function find<T extends { id: string }>(entries: readonly T[], what: string, id: string): T {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`Claim check: unknown ${what} "${id}"`);
  return found;
}

function factValue(facts: readonly Fact[], id: string): number {
  const { value } = find(facts, 'fact', id);
  if (typeof value !== 'number') throw new Error(`Claim check: fact "${id}" is not a number`);
  return value;
}

const amount = (kind: Amount['kind'], value: number): Amount => ({ kind, value });
const given = (label: ArithmeticStep['label'], result: Amount): ArithmeticStep => ({ label, inputs: [result], result });
const op = (label: ArithmeticStep['label'], a: Amount, operator: NonNullable<ArithmeticStep['operator']>, b: Amount, result: Amount): ArithmeticStep => ({ label, inputs: [a, b], operator, result });

/** Steps for "a size, in bits", shared by the transfer checks. */
function sizeSteps(sizeBytes: number): ArithmeticStep[] {
  const size = amount('size', sizeBytes);
  return [given('claim.step.size', size), op('claim.step.toBits', size, '×', amount('plain', BITS_PER_BYTE), amount('bits', sizeBytes * BITS_PER_BYTE))];
}

/** Compares claimed with computed and applies the tolerance; `caveat` turns "holds" into "holds with a caveat". */
function judge(computed: Amount, claimed: Amount, steps: ArithmeticStep[], caveat: boolean): ClaimCheck {
  const ratio = claimed.value / computed.value;
  const factorOff = timesApart(ratio);
  const verdict: Verdict = factorOff > HOLDS_WITHIN ? 'off-by' : caveat ? 'holds-with-caveat' : 'holds';
  return { computed, claimed, ratio, factorOff, verdict, steps };
}

export function checkClaim(claim: Claim, data: ClaimData): ClaimCheck {
  const check = claim.check;
  const scoped = claim.scopeCaveat !== undefined;
  switch (check.kind) {
    case 'transfer-time': {
      const payload = find(data.payloads, 'payload', check.payloadId);
      const sizeBytes = payloadBytes(payload);
      const rate = rateToBitsPerSecond(find(data.links, 'link', check.linkId).rate);
      const seconds = transferSeconds(sizeBytes, rate);
      const steps = [...sizeSteps(sizeBytes), op('claim.step.transferTime', amount('bits', sizeBytes * BITS_PER_BYTE), '÷', amount('rate', rate), amount('duration', seconds))];
      return judge(amount('duration', seconds), amount('duration', check.claimedSeconds), steps, scoped || payload.viral);
    }
    case 'copies-per-second': {
      const payload = find(data.payloads, 'payload', check.payloadId);
      const sizeBytes = payloadBytes(payload);
      const rate = rateToBitsPerSecond(find(data.links, 'link', check.linkId).rate);
      const copies = copiesPerSecond(sizeBytes, rate);
      const steps = [...sizeSteps(sizeBytes), op('claim.step.copiesPerSecond', amount('rate', rate), '÷', amount('bits', sizeBytes * BITS_PER_BYTE), amount('count', copies))];
      return judge(amount('count', copies), amount('count', check.claimedCopies), steps, scoped || payload.viral);
    }
    case 'link-share': {
      const linkRate = rateToBitsPerSecond(find(data.links, 'link', check.linkId).rate);
      const claimedRate = rateToBitsPerSecond(check.claimedRate);
      const realRate = rateToBitsPerSecond(find(data.links, 'link', check.realLinkId).rate);
      const claimedShare = (claimedRate / linkRate) * 100;
      const premiseRatio = claimedRate / realRate;
      const steps: ArithmeticStep[] = [];
      if (check.claimedRate.unit.includes('B')) {
        const bytesPerSecond = claimedRate / BITS_PER_BYTE;
        steps.push(given('claim.step.claimedRate', amount('byte-rate', bytesPerSecond)));
        steps.push(op('claim.step.claimedRateInBits', amount('byte-rate', bytesPerSecond), '×', amount('plain', BITS_PER_BYTE), amount('rate', claimedRate)));
      } else {
        steps.push(given('claim.step.claimedRate', amount('rate', claimedRate)));
      }
      steps.push(op('claim.step.shareOfLink', amount('rate', claimedRate), '÷', amount('rate', linkRate), amount('percent', claimedShare)));
      steps.push(given('claim.step.realRate', amount('rate', realRate)));
      steps.push(op('claim.step.premiseFactor', amount('rate', claimedRate), '÷', amount('rate', realRate), amount('ratio', premiseRatio)));
      steps.push(op('claim.step.realShare', amount('rate', realRate), '÷', amount('rate', linkRate), amount('percent', (realRate / linkRate) * 100)));
      // The premise is judged first: right arithmetic on a speed nobody can buy is still wrong.
      if (timesApart(premiseRatio) > HOLDS_WITHIN) {
        return { computed: amount('rate', realRate), claimed: amount('rate', claimedRate), ratio: premiseRatio, factorOff: timesApart(premiseRatio), verdict: 'false-premise', steps };
      }
      return judge(amount('percent', claimedShare), amount('percent', check.claimedPercent), steps, scoped);
    }
    case 'speed-ratio': {
      const rate = rateToBitsPerSecond(find(data.links, 'link', check.linkId).rate);
      const baseline = find(data.links, 'link', check.baselineLinkId);
      const baselineRate = rateToBitsPerSecond(baseline.rate);
      const times = speedRatio(rate, baselineRate);
      const steps = [given('claim.step.linkRate', amount('rate', rate)), given('claim.step.baselineRate', amount('rate', baselineRate)), op('claim.step.speedRatio', amount('rate', rate), '÷', amount('rate', baselineRate), amount('ratio', times))];
      return judge(amount('ratio', times), amount('ratio', check.claimedRatio), steps, scoped);
    }
    case 'simultaneous-streams': {
      const rate = rateToBitsPerSecond(find(data.links, 'link', check.linkId).rate);
      const streamRate = rateToBitsPerSecond(find(data.streams, 'stream', check.streamId).rate);
      const count = simultaneousStreams(rate, streamRate);
      const steps = [given('claim.step.linkRate', amount('rate', rate)), given('claim.step.streamRate', amount('rate', streamRate)), op('claim.step.streams', amount('rate', rate), '÷', amount('rate', streamRate), amount('count', count))];
      return judge(amount('count', count), amount('count', check.claimedStreams), steps, scoped);
    }
    case 'audio-years': {
      const rate = rateToBitsPerSecond(find(data.links, 'link', check.linkId).rate);
      const audio = find(data.payloads, 'payload', check.audioPayloadId);
      const audioRate = payloadBitsPerSecond(audio);
      const years = audioYearsPerSecond(rate, audioRate);
      const steps: ArithmeticStep[] = [];
      if (audio.size && audio.playSeconds !== undefined) {
        const bits = sizeToBytes(audio.size) * BITS_PER_BYTE;
        steps.push(...sizeSteps(sizeToBytes(audio.size)));
        steps.push(op('claim.step.audioRate', amount('bits', bits), '÷', amount('duration', audio.playSeconds), amount('rate', audioRate)));
      } else {
        steps.push(given('claim.step.audioRate', amount('rate', audioRate)));
      }
      const audioSeconds = simultaneousStreams(rate, audioRate);
      steps.push(op('claim.step.audioSecondsPerSecond', amount('rate', rate), '÷', amount('rate', audioRate), amount('duration', audioSeconds)));
      steps.push(op('claim.step.audioYears', amount('duration', audioSeconds), '÷', amount('duration', SECONDS_PER_YEAR), amount('years', years)));
      return judge(amount('years', years), amount('years', check.claimedYears), steps, scoped || audio.viral);
    }
    case 'data-per-day': {
      const estimate = find(data.payloads, 'payload', check.payloadId);
      const estimateBytes = payloadBytes(estimate);
      const claimedBytes = sizeToBytes(check.claimedSize);
      const rate = rateToBitsPerSecond(find(data.links, 'link', check.linkId).rate);
      const linkDayBytes = bytesMoved(rate, SECONDS_PER_DAY);
      const steps = [
        given('claim.step.claimedSize', amount('size', claimedBytes)),
        given('claim.step.estimateSize', amount('size', estimateBytes)),
        op('claim.step.estimateFactor', amount('size', estimateBytes), '÷', amount('size', claimedBytes), amount('ratio', estimateBytes / claimedBytes)),
        op('claim.step.linkPerDay', amount('rate', rate), '×', amount('duration', SECONDS_PER_DAY), amount('size', linkDayBytes)),
        op('claim.step.linkShareOfDaily', amount('size', linkDayBytes), '÷', amount('size', estimateBytes), amount('percent', (linkDayBytes / estimateBytes) * 100)),
      ];
      return judge(amount('size', estimateBytes), amount('size', claimedBytes), steps, scoped || estimate.viral);
    }
    case 'previous-best': {
      const record = find(data.records, 'record', check.recordId);
      const recordRate = rateToBitsPerSecond(record.capacity);
      const earlier = data.records.filter((r) => r.year !== null && record.year !== null && r.year < record.year);
      const bestAll = largest(earlier.map((r) => rateToBitsPerSecond(r.capacity)));
      const bestStandard = largest(earlier.filter((r) => r.standardCladding).map((r) => rateToBitsPerSecond(r.capacity)));
      if (bestAll === undefined || bestStandard === undefined) throw new Error(`Claim check: no records before "${record.id}"`);
      const longestAtRate = largest(earlier.filter((r) => rateToBitsPerSecond(r.capacity) >= recordRate).flatMap((r) => (r.distanceKm === null ? [] : [r.distanceKm])));
      const claimedRate = rateToBitsPerSecond(check.claimedRate);
      const steps = [given('claim.step.previousBestAll', amount('rate', bestAll)), given('claim.step.previousBestStandard', amount('rate', bestStandard))];
      if (longestAtRate !== undefined) steps.push(given('claim.step.previousLongest', amount('distance', longestAtRate)));
      // True in general → holds; true only for standard cladding → holds with that caveat.
      if (timesApart(claimedRate / bestAll) <= HOLDS_WITHIN) return judge(amount('rate', bestAll), amount('rate', claimedRate), steps, scoped);
      if (timesApart(claimedRate / bestStandard) <= HOLDS_WITHIN) return judge(amount('rate', bestStandard), amount('rate', claimedRate), steps, true);
      return judge(amount('rate', bestAll), amount('rate', claimedRate), steps, scoped);
    }
    case 'distance-per-second': {
      const distanceKm = factValue(data.facts, check.distanceFactId);
      const groupIndex = factValue(data.facts, check.groupIndexFactId);
      const seconds = lightTravelSeconds(distanceKm, groupIndex);
      const fiberKmPerSecond = LIGHT_KM_PER_SECOND / groupIndex;
      const steps = [
        given('claim.step.distance', amount('distance', distanceKm)),
        op('claim.step.lightInFiber', amount('plain', LIGHT_KM_PER_SECOND), '÷', amount('plain', groupIndex), amount('plain', fiberKmPerSecond)),
        op('claim.step.lightTime', amount('distance', distanceKm), '÷', amount('plain', fiberKmPerSecond), amount('duration', seconds)),
        op('claim.step.timesPerSecond', amount('duration', 1), '÷', amount('duration', seconds), amount('ratio', 1 / seconds)),
      ];
      // A distance "every second" confuses path length with data rate: no number can make it true.
      const ratio = check.claimedSeconds / seconds;
      return { computed: amount('duration', seconds), claimed: amount('duration', check.claimedSeconds), ratio, factorOff: timesApart(ratio), verdict: 'meaningless', steps };
    }
  }
}
