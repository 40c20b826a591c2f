/**
 * Claim checks: recomputes a headline claim from the site's data with the transfer maths and
 * says whether it holds, by how much it is off, and why, with every step of the arithmetic.
 * Pure: the data comes in as an argument, so tests can feed it altered data.
 */
import type { ClaimEntry, FactEntry, LinkEntry, PayloadEntry, RecordEntry, StreamEntry } from './entries';
import { audioYearsSteps, bytesMovedSteps } from './link-steps';
import { amount, divide, given, multiply, relabel, type Amount, type ArithmeticStep } from './steps';
import { rateToBitsPerSecond, sizeToBytes } from './units';
import type { UiKey } from '../i18n/en';
import type { Verdict } from './verdict';
import {
  BITS_PER_BYTE_AMOUNT,
  LIGHT_SPEED_AMOUNT,
  audioYearsPerSecond,
  bytesMoved,
  copiesPerSecond,
  lightTravelSeconds,
  simultaneousStreams,
  speedRatio,
  transferSeconds,
} from './transfer';
import { BITS_PER_BYTE, SECONDS_PER_DAY } from './constants';

export type { Verdict } from './verdict';

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
  facts: readonly FactEntry[];
  links: readonly LinkEntry[];
  payloads: readonly PayloadEntry[];
  streams: readonly StreamEntry[];
  records: readonly RecordEntry[];
}

/**
 * A claim "holds" when it is within 25 % of the computed value (factorOff ≤ 1.25): the
 * inputs themselves (medians, bitrates, catalogue sizes) are rarely known better than that,
 * so a tighter test would judge rounding, not the claim. Beyond it, the claim is "off by".
 */
export const HOLDS_WITHIN = 1.25;

/** Bytes in a payload: a stored size, or a stream's bitrate held for its duration. */
export function payloadBytes(payload: PayloadEntry): number {
  if (payload.size) return sizeToBytes(payload.size);
  if (payload.stream) return bytesMoved(rateToBitsPerSecond(payload.stream.rate), payload.stream.seconds);
  throw new Error(`Payload "${payload.id}" has neither a size nor a stream`);
}

/** Bitrate of an audio or video payload: its stream rate, or its size spread over playSeconds. */
export function payloadBitsPerSecond(payload: PayloadEntry): number {
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

/** A link's rate in bits per second. */
function linkBitsPerSecond(data: ClaimData, id: string): number {
  return rateToBitsPerSecond(find(data.links, 'link', id).rate);
}

/** A payload to send over a link: its size, the link's rate, the steps from bytes to bits, and whether the size is a viral figure. */
function payloadOverLink(data: ClaimData, payloadId: string, linkId: string) {
  const payload = find(data.payloads, 'payload', payloadId);
  const sizeBytes = payloadBytes(payload);
  const [size, bits] = sizeSteps(sizeBytes);
  return { sizeBytes, rate: linkBitsPerSecond(data, linkId), size, bits, viral: payload.viral };
}

/** The link's rate over another rate (a slower link, one kind of stream): both stated, then the quotient. */
function rateOverSteps(rate: number, otherRate: number, labels: { other: UiKey; quotient: UiKey }, kind: 'ratio' | 'count'): ArithmeticStep[] {
  return [
    given('claim.step.linkRate', amount('rate', rate)),
    given(labels.other, amount('rate', otherRate)),
    divide(labels.quotient, amount('rate', rate), amount('rate', otherRate), kind),
  ];
}

function factValue(facts: readonly FactEntry[], id: string): number {
  const { value } = find(facts, 'fact', id);
  if (typeof value !== 'number') throw new Error(`Claim check: fact "${id}" is not a number`);
  return value;
}

/** Steps for "a size, in bits", shared by the transfer checks. */
function sizeSteps(sizeBytes: number): [ArithmeticStep<'size'>, ArithmeticStep<'bits'>] {
  const size = given('claim.step.size', amount('size', sizeBytes));
  return [size, multiply('claim.step.toBits', size.result, BITS_PER_BYTE_AMOUNT, 'bits')];
}

/** Compares claimed with computed and applies the tolerance; `caveat` turns "holds" into "holds with a caveat". */
function judge(computed: Amount, claimed: Amount, steps: ArithmeticStep[], caveat: boolean): ClaimCheck {
  const ratio = claimed.value / computed.value;
  const factorOff = timesApart(ratio);
  const verdict: Verdict = factorOff > HOLDS_WITHIN ? 'off-by' : caveat ? 'holds-with-caveat' : 'holds';
  return { computed, claimed, ratio, factorOff, verdict, steps };
}

export function checkClaim(claim: ClaimEntry, data: ClaimData): ClaimCheck {
  const check = claim.check;
  const scoped = claim.scopeCaveat !== undefined;
  switch (check.kind) {
    case 'transfer-time': {
      const { sizeBytes, rate, size, bits, viral } = payloadOverLink(data, check.payloadId, check.linkId);
      const time = divide('claim.step.transferTime', bits.result, amount('rate', rate), 'duration');
      return judge(amount('duration', transferSeconds(sizeBytes, rate)), amount('duration', check.claimedSeconds), [size, bits, time], scoped || viral);
    }
    case 'copies-per-second': {
      const { sizeBytes, rate, size, bits, viral } = payloadOverLink(data, check.payloadId, check.linkId);
      const perSecond = divide('claim.step.copiesPerSecond', amount('rate', rate), bits.result, 'frequency');
      return judge(amount('frequency', copiesPerSecond(sizeBytes, rate)), amount('frequency', check.claimedCopies), [size, bits, perSecond], scoped || viral);
    }
    case 'link-share': {
      const linkRate = linkBitsPerSecond(data, check.linkId);
      const claimedRate = rateToBitsPerSecond(check.claimedRate);
      const realRate = linkBitsPerSecond(data, check.realLinkId);
      const claimedShare = (claimedRate / linkRate) * 100;
      const premiseRatio = claimedRate / realRate;
      const steps: ArithmeticStep[] = [];
      if (check.claimedRate.unit.includes('B')) {
        const inBytes = given('claim.step.claimedRate', amount('byte-rate', claimedRate / BITS_PER_BYTE));
        steps.push(inBytes, multiply('claim.step.claimedRateInBits', inBytes.result, BITS_PER_BYTE_AMOUNT, 'rate'));
      } else {
        steps.push(given('claim.step.claimedRate', amount('rate', claimedRate)));
      }
      const real = amount('rate', realRate);
      steps.push(
        divide('claim.step.shareOfLink', amount('rate', claimedRate), amount('rate', linkRate), 'percent'),
        given('claim.step.realRate', real),
        divide('claim.step.premiseFactor', amount('rate', claimedRate), real, 'ratio'),
        divide('claim.step.realShare', real, amount('rate', linkRate), 'percent'),
      );
      // The premise is judged first: right arithmetic on a speed nobody can buy is still wrong.
      if (timesApart(premiseRatio) > HOLDS_WITHIN) {
        return {
          computed: amount('rate', realRate),
          claimed: amount('rate', claimedRate),
          ratio: premiseRatio,
          factorOff: timesApart(premiseRatio),
          verdict: 'false-premise',
          steps,
        };
      }
      return judge(amount('percent', claimedShare), amount('percent', check.claimedPercent), steps, scoped);
    }
    case 'speed-ratio': {
      const rate = linkBitsPerSecond(data, check.linkId);
      const baselineRate = linkBitsPerSecond(data, check.baselineLinkId);
      const steps = rateOverSteps(rate, baselineRate, { other: 'claim.step.baselineRate', quotient: 'claim.step.speedRatio' }, 'ratio');
      return judge(amount('ratio', speedRatio(rate, baselineRate)), amount('ratio', check.claimedRatio), steps, scoped);
    }
    case 'simultaneous-streams': {
      const rate = linkBitsPerSecond(data, check.linkId);
      const streamRate = rateToBitsPerSecond(find(data.streams, 'stream', check.streamId).rate);
      const steps = rateOverSteps(rate, streamRate, { other: 'claim.step.streamRate', quotient: 'claim.step.streams' }, 'count');
      return judge(amount('count', simultaneousStreams(rate, streamRate)), amount('count', check.claimedStreams), steps, scoped);
    }
    case 'audio-years': {
      const rate = linkBitsPerSecond(data, check.linkId);
      const audio = find(data.payloads, 'payload', check.audioPayloadId);
      const audioRate = payloadBitsPerSecond(audio);
      const years = audioYearsPerSecond(rate, audioRate);
      const steps: ArithmeticStep[] = [];
      if (audio.size && audio.playSeconds !== undefined) {
        const [size, bits] = sizeSteps(sizeToBytes(audio.size));
        steps.push(size, bits, divide('claim.step.audioRate', bits.result, amount('duration', audio.playSeconds), 'rate'));
      } else {
        steps.push(given('claim.step.audioRate', amount('rate', audioRate)));
      }
      steps.push(...audioYearsSteps(rate, audioRate));
      return judge(amount('years', years), amount('years', check.claimedYears), steps, scoped || audio.viral);
    }
    case 'data-per-day': {
      const estimate = find(data.payloads, 'payload', check.payloadId);
      const estimateBytes = payloadBytes(estimate);
      const claimedBytes = sizeToBytes(check.claimedSize);
      const rate = linkBitsPerSecond(data, check.linkId);
      const estimateSize = amount('size', estimateBytes);
      const claimedSize = given('claim.step.claimedSize', amount('size', claimedBytes));
      // The day's bits, then ÷ 8 for bytes: the step a quick reading skips.
      const [dayBits, dayBytes] = bytesMovedSteps(rate, SECONDS_PER_DAY);
      const steps = [
        claimedSize,
        given('claim.step.estimateSize', estimateSize),
        divide('claim.step.estimateFactor', estimateSize, claimedSize.result, 'ratio'),
        relabel(dayBits, 'claim.step.linkPerDay'),
        dayBytes,
        divide('claim.step.linkShareOfDaily', dayBytes.result, estimateSize, 'percent'),
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
      // "Short distances" is judged against one threshold, the record's own rate.
      const longestAtRate = largest(earlier.filter((r) => rateToBitsPerSecond(r.capacity) >= recordRate).flatMap((r) => (r.distanceKm === null ? [] : [r.distanceKm])));
      const claimedRate = rateToBitsPerSecond(check.claimedRate);
      const steps: ArithmeticStep[] = [given('claim.step.previousBestAll', amount('rate', bestAll)), given('claim.step.previousBestStandard', amount('rate', bestStandard))];
      if (longestAtRate !== undefined)
        steps.push(given('claim.step.threshold', amount('rate', recordRate)), given('claim.step.previousLongest', amount('distance', longestAtRate)));
      // True in general → holds; true only for standard cladding → holds with that caveat.
      if (timesApart(claimedRate / bestAll) <= HOLDS_WITHIN) return judge(amount('rate', bestAll), amount('rate', claimedRate), steps, scoped);
      if (timesApart(claimedRate / bestStandard) <= HOLDS_WITHIN) return judge(amount('rate', bestStandard), amount('rate', claimedRate), steps, true);
      return judge(amount('rate', bestAll), amount('rate', claimedRate), steps, scoped);
    }
    case 'distance-per-second': {
      const distanceKm = factValue(data.facts, check.distanceFactId);
      const groupIndex = factValue(data.facts, check.groupIndexFactId);
      const seconds = lightTravelSeconds(distanceKm, groupIndex);
      const distance = given('claim.step.distance', amount('distance', distanceKm));
      const inFiber = divide('claim.step.lightInFiber', LIGHT_SPEED_AMOUNT, amount('number', groupIndex), 'speed');
      const time = divide('claim.step.lightTime', distance.result, inFiber.result, 'duration');
      const steps = [distance, inFiber, time, divide('claim.step.timesPerSecond', amount('duration', 1), time.result, 'ratio')];
      // A distance "every second" confuses path length with data rate: no number can make it true.
      const ratio = check.claimedSeconds / seconds;
      return { computed: amount('duration', seconds), claimed: amount('duration', check.claimedSeconds), ratio, factorOff: timesApart(ratio), verdict: 'meaningless', steps };
    }
  }
}
