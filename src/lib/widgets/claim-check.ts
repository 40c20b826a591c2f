/**
 * "Claim check": one headline claim from the coverage, where it ran, and the check from
 * src/lib/claims.ts (computed against the site's data), plus the two steps that turn the
 * claimed and computed numbers into "how many times apart". Pure: codec, claim lookup, review.
 */
import { claims, facts, links, payloads, records, sources, streams } from '../../data';
import type { Claim } from '../../data/schema';
import { checkClaim, type ClaimCheck, type ClaimData } from '../claims';
import type { ArithmeticStep } from '../steps';
import { oneOf, type StateCodec } from '../url-state';

export interface ClaimCheckState {
  /** A claim id from claims.json. */
  claim: string;
}

const FIRST = claims[0];
if (!FIRST) throw new Error('claims.json is empty');

export const CLAIM_IDS: readonly string[] = claims.map((c) => c.id);

export const claimCheckCodec: StateCodec<ClaimCheckState> = {
  defaults: { claim: FIRST.id },
  params: { claim: oneOf(CLAIM_IDS) },
};

/** The datasets a check reads, as the site ships them. */
export const SITE_CLAIM_DATA: ClaimData = { facts, links, payloads, streams, records };

/** A source the page lists at /sources/#<id>. */
export interface SourceRef {
  id: string;
  publisher: string;
}

export interface ClaimReview {
  claim: Claim;
  check: ClaimCheck;
  /** Where the claim appeared (empty when its origin was not traced). */
  outlets: SourceRef[];
  /** What the check leans on. */
  checkedWith: SourceRef[];
  /** claimed ÷ computed, and (when that is below 1) its inverse: how "times apart" is found. */
  comparisonSteps: ArithmeticStep[];
  /**
   * False for "meaningless" claims: a distance "every second" has no number that could be
   * right, so a "times apart" figure would suggest a fix that does not exist.
   */
  showFactor: boolean;
}

function sourceRefs(ids: readonly string[]): SourceRef[] {
  return ids.map((id) => {
    const found = sources.find((s) => s.id === id);
    if (!found) throw new Error(`Claim check: unknown source "${id}"`);
    return { id, publisher: found.publisher };
  });
}

/** How a check's claimed and computed numbers become its factorOff. */
export function comparisonSteps(check: ClaimCheck): ArithmeticStep[] {
  const steps: ArithmeticStep[] = [
    { label: 'widget.claim-check.step.compare', inputs: [check.claimed, check.computed], operator: '÷', result: { kind: 'ratio', value: check.ratio } },
  ];
  if (check.ratio < 1) {
    steps.push({
      label: 'widget.claim-check.step.invert',
      inputs: [
        { kind: 'plain', value: 1 },
        { kind: 'ratio', value: check.ratio },
      ],
      operator: '÷',
      result: { kind: 'ratio', value: check.factorOff },
    });
  }
  return steps;
}

/** Everything the widget shows for one claim; throws for an unknown id. */
export function reviewClaim(id: string, data: ClaimData = SITE_CLAIM_DATA): ClaimReview {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new Error(`Unknown claim "${id}"`);
  const check = checkClaim(claim, data);
  const showFactor = check.verdict !== 'meaningless';
  return {
    claim,
    check,
    outlets: sourceRefs(claim.outletSourceIds),
    checkedWith: sourceRefs(claim.sourceIds),
    comparisonSteps: showFactor ? comparisonSteps(check) : [],
    showFactor,
  };
}

/** "/sources/#id" under the site's base path ("/" or "/sub/"). */
export function sourceHref(base: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}sources/#${encodeURIComponent(id)}`;
}
