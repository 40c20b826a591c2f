/**
 * "Claim check", the part the browser needs: the URL state codec for the checked claims, the
 * serialisable view of one checked claim, and the two steps that turn claimed and computed
 * numbers into "how many times apart". No data imports: the island receives every claim's
 * view from the server (options.ts), so no dataset ships to the browser for it.
 */
import { amount, compare, divide, type Amount, type ArithmeticStep } from '../../../lib/steps';
import type { ClaimCheck, Verdict } from '../../../lib/claims';
import { oneOf, type StateCodec } from '../../../lib/url-state';

export interface ClaimCheckState {
  /** A claim id from claims.json. */
  claim: string;
}

/** The island's options: every claim, checked on the server, in the data's order. */
export interface ClaimCheckOptions {
  views: ClaimView[];
}

/** The codec for the claims' ids; the first is the default. */
export function claimCheckCodecFor({ views }: { views: readonly Pick<ClaimView, 'id'>[] }): StateCodec<ClaimCheckState> {
  const ids = views.map((v) => v.id);
  const first = ids[0];
  if (first === undefined) throw new Error('Claim check: no claims');
  return { defaults: { claim: first }, params: { claim: oneOf(ids) } };
}

/** A source the site lists at /sources/#<id>. */
export interface SourceRef {
  id: string;
  publisher: string;
}

/** Everything the widget shows for one claim: plain data, so it can travel as island props. */
export interface ClaimView {
  id: string;
  /** As printed, in the language it was printed in. */
  quote: string;
  /** A translation of the quote, where the page's language is not the quote's (shown labelled as one). */
  quoteGloss?: string;
  outlet: string;
  cause: string;
  /** Where the claim appeared (empty when its origin was not traced). */
  outlets: SourceRef[];
  /** What the check leans on. */
  checkedWith: SourceRef[];
  verdict: Verdict;
  claimed: Amount;
  computed: Amount;
  /** claimed ÷ computed. */
  ratio: number;
  /** max(ratio, 1 ÷ ratio). */
  factorOff: number;
  /**
   * False for "meaningless" claims: a distance "every second" has no number that could be
   * right, so claimed-versus-computed figures would suggest a fix that does not exist.
   */
  showFactor: boolean;
  /** The check's steps, then (unless meaningless) how the factor is found. */
  steps: ArithmeticStep[];
}

/** How a check's claimed and computed numbers become its factorOff. */
export function comparisonSteps(check: Pick<ClaimCheck, 'claimed' | 'computed' | 'ratio' | 'factorOff'>): ArithmeticStep[] {
  const compared = compare('widget.claim-check.step.compare', check.claimed, check.computed);
  if (check.ratio >= 1) return [compared];
  return [compared, divide('widget.claim-check.step.invert', amount('number', 1), compared.result, 'ratio')];
}

/** "/sources/#id" under the site's base path ("/" or "/sub/"). */
export function sourceHref(base: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}sources/#${encodeURIComponent(id)}`;
}
