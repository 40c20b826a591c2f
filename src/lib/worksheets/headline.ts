/** Lesson 2, "Check the headline": the bits/bytes slip, NICT's own product, the viral claims, a claim about words. */
import type { UiKey } from '../../i18n/en';
import type { ClaimEntry } from '../entries';
import { checkClaim, payloadBytes, type ClaimData } from '../claims';
import { amount, compare, divide, multiply, subtract, type Amount } from '../steps';
import { BITS_PER_BYTE_AMOUNT, bytesMoved } from '../transfer';
import { SECONDS_PER_DAY } from '../constants';
import { rateToBitsPerSecond, sizeToBytes } from '../units';
import { judged, requireRecord } from './shared';
import type { Question, RecordInputs, Worksheet } from './types';

const EXA = 1e18;

function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`Worksheet: unknown data entry "${id}"`);
  return found;
}

/** The figures a student needs for a claim, read from the same data checkClaim reads. */
function claimVars(claim: ClaimEntry, data: ClaimData): { prompt: UiKey; vars: Record<string, Amount> } {
  const check = claim.check;
  const linkRate = (id: string) => amount('rate', rateToBitsPerSecond(byId(data.links, id).rate));
  const factNumber = (id: string) => {
    const { value } = byId(data.facts, id);
    if (typeof value !== 'number') throw new Error(`Worksheet: fact "${id}" is not a number`);
    return value;
  };
  switch (check.kind) {
    case 'transfer-time':
    case 'copies-per-second':
      return { prompt: `classroom.q.claim.${check.kind}`, vars: { size: amount('size', payloadBytes(byId(data.payloads, check.payloadId))), rate: linkRate(check.linkId) } };
    case 'audio-years': {
      const audio = byId(data.payloads, check.audioPayloadId);
      if (!audio.size || audio.playSeconds === undefined) throw new Error(`Worksheet: "${audio.id}" needs a size and playSeconds`);
      return {
        prompt: 'classroom.q.claim.audio-years',
        vars: { size: amount('size', sizeToBytes(audio.size)), play: amount('duration', audio.playSeconds), rate: linkRate(check.linkId) },
      };
    }
    case 'data-per-day':
      return { prompt: 'classroom.q.claim.data-per-day', vars: { estimate: amount('size', payloadBytes(byId(data.payloads, check.payloadId))), rate: linkRate(check.linkId) } };
    case 'distance-per-second':
      return {
        prompt: 'classroom.q.claim.distance-per-second',
        vars: { distance: amount('distance', factNumber(check.distanceFactId)), index: amount('number', factNumber(check.groupIndexFactId)) },
      };
    default:
      throw new Error(`Worksheet: no question written for "${check.kind}" claims (${claim.id})`);
  }
}

/**
 * What the key gives as the answer. Usually the computed figure; for a daily-data claim the
 * estimate is given in the question, so the answers are what the student works out: how many
 * times bigger it is than the claim, and what the link moves in a day.
 */
function claimAnswers(claim: ClaimEntry, data: ClaimData, computed: Amount, factorOff: number): Amount[] {
  if (claim.check.kind !== 'data-per-day') return [computed];
  const rate = rateToBitsPerSecond(byId(data.links, claim.check.linkId).rate);
  return [amount('ratio', factorOff), amount('size', bytesMoved(rate, SECONDS_PER_DAY))];
}

/** A viral claim from claims.json as a question: the quote, a task, and checkClaim's key. */
export function claimQuestion(claim: ClaimEntry, data: ClaimData): Question {
  const check = checkClaim(claim, data);
  return {
    id: claim.id,
    ...claimVars(claim, data),
    quote: { text: claim.quote, outlet: claim.outlet, gloss: claim.quoteGloss },
    answers: claimAnswers(claim, data, check.computed, check.factorOff),
    verdict: check.verdict,
    factorOff: check.factorOff,
    commentary: [claim.cause, ...(claim.note === undefined ? [] : [claim.note])],
    working: check.steps,
    lines: 4,
  };
}

export function headlineWorksheet(record: RecordInputs, claims: readonly ClaimEntry[], claimData: ClaimData): Worksheet {
  requireRecord(record);
  const rateShown = amount('rate', record.rateBitsPerSecond, { prefix: 'P' });
  // The bits/bytes slip: the same digits with a capital B, which is 8 times more data.
  const claimedShown = amount('byte-rate', record.rateBitsPerSecond, { prefix: 'P' });
  const claimedInBits = multiply('classroom.step.bytesToBits', claimedShown, BITS_PER_BYTE_AMOUNT, 'rate', { prefix: 'P' });
  const timesOff = compare('classroom.step.timesOff', claimedInBits.result, rateShown);
  const slip = judged(claimedInBits.result.value, rateShown.value);
  // NICT's product against the student's: every digit of the product (1.84416), so the gap is visible.
  const distanceShown = amount('distance', record.distanceKm);
  const product = multiply('classroom.step.product', rateShown, distanceShown, 'capacity-distance', { prefix: 'E', digits: 6 });
  const stated = amount('capacity-distance', record.statedCapacityDistance, { prefix: 'E', digits: 6 });
  const difference = subtract('classroom.step.difference', stated, product.result, 'capacity-distance', { prefix: 'E', digits: 4 });
  const gap = divide('classroom.step.gap', difference.result, product.result, 'percent', { digits: 2 });
  return {
    slug: 'check-the-headline',
    questions: [
      {
        id: 'petabytes',
        prompt: 'classroom.q.headline.petabytes',
        vars: { claim: claimedShown, rate: rateShown },
        answers: [amount('ratio', slip.factorOff)],
        ...slip,
        explain: 'classroom.explain.headline.petabytes',
        working: [claimedInBits, timesOff],
        lines: 3,
      },
      {
        id: 'capacity-distance',
        prompt: 'classroom.q.headline.product',
        vars: { stated, rate: rateShown, distance: distanceShown },
        answers: [product.result, gap.result],
        ...judged(stated.value, product.result.value),
        explain: 'classroom.explain.headline.product',
        working: [product, difference, gap],
        lines: 3,
      },
      ...claims.map((claim) => claimQuestion(claim, claimData)),
      {
        id: 'per-kilometre',
        prompt: 'classroom.q.headline.perKm',
        // A bare number on purpose: the prompt quotes a website's wrong unit in words.
        vars: { stated: amount('number', record.statedCapacityDistance / EXA) },
        answers: [],
        verdict: 'meaningless',
        explain: 'classroom.explain.headline.perKm',
        working: [],
        lines: 3,
      },
    ],
  };
}
