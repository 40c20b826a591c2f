/**
 * "Claim check", the part that reads the data (server, definition and tests only): the claim
 * ids and codec, and each claim checked by src/lib/claims.ts into a ClaimView for the island.
 */
import { claims, dataIn, facts, links, lookupIn, payloads, records, streams, type LocalisedClaim } from '../../../data';
import { checkClaim, type ClaimData } from '../../../lib/claims';
import { claimCheckCodecFor, comparisonSteps, type ClaimCheckOptions, type ClaimCheckState, type ClaimView, type SourceRef } from './core';
import type { Locale } from '../../../i18n';
import type { WidgetIsland } from '../types';

export const CLAIM_IDS: readonly string[] = claims.map((c) => c.id);

/** The datasets a check reads, as the site ships them. */
export const SITE_CLAIM_DATA: ClaimData = { facts, links, payloads, streams, records };

/** The sources as `locale` names their publishers. */
function sourceRefs(ids: readonly string[], locale: Locale): SourceRef[] {
  const { source } = lookupIn(locale);
  return ids.map((id) => ({ id, publisher: source(id).publisher }));
}

/** One claim, checked against `data`; its texts as `claim` holds them (dataIn(locale).claims gives them in a locale). */
export function viewClaim(claim: LocalisedClaim, data: ClaimData = SITE_CLAIM_DATA, locale: Locale = 'en'): ClaimView {
  const check = checkClaim(claim, data);
  const showFactor = check.verdict !== 'meaningless';
  const view: ClaimView = {
    id: claim.id,
    quote: claim.quote,
    outlet: claim.outlet,
    cause: claim.cause,
    outlets: sourceRefs(claim.outletSourceIds, locale),
    checkedWith: sourceRefs(claim.sourceIds, locale),
    verdict: check.verdict,
    claimed: check.claimed,
    computed: check.computed,
    ratio: check.ratio,
    factorOff: check.factorOff,
    showFactor,
    steps: [...check.steps, ...(showFactor ? comparisonSteps(check) : [])],
  };
  if (claim.quoteGloss !== undefined) view.quoteGloss = claim.quoteGloss;
  return view;
}

/** The claim with this id, checked; throws for an unknown id. */
export function reviewClaim(id: string, data: ClaimData = SITE_CLAIM_DATA): ClaimView {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new Error(`Unknown claim "${id}"`);
  return viewClaim(claim, data);
}

/** Every claim, in the data's order, with its texts in `locale`, for the island's props. */
export function allClaimViews(data: ClaimData = SITE_CLAIM_DATA, locale: Locale = 'en'): ClaimView[] {
  return dataIn(locale).claims.map((claim) => viewClaim(claim, data, locale));
}

/** The island's options: every claim, checked here, at build time, so the browser formats and
 * switches between them but never loads the datasets behind the checks. */
export const CLAIM_CHECK_OPTIONS: ClaimCheckOptions = { views: allClaimViews() };
export const island: WidgetIsland<ClaimCheckOptions, ClaimCheckState> = {
  options: CLAIM_CHECK_OPTIONS,
  optionsIn: (locale) => ({ views: allClaimViews(SITE_CLAIM_DATA, locale) }),
  codecFor: claimCheckCodecFor,
};
export const claimCheckCodec = claimCheckCodecFor(CLAIM_CHECK_OPTIONS);
