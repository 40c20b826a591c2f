import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimCheckCodecFor, comparisonSteps, sourceHref } from '../../../../src/components/widgets/claim-check/core';
import { CLAIM_IDS, SITE_CLAIM_DATA, allClaimViews, claimCheckCodec, reviewClaim } from '../../../../src/components/widgets/claim-check/options';
import { claim, claims, fact, fiberRecord, link, payload, records, source, stream } from '../../../../src/data';
import { HOLDS_WITHIN, checkClaim, type Verdict } from '../../../../src/lib/claims';
import type { Claim } from '../../../../src/data/schema';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import { expectCodecSurvivesHostileQueries } from '../../hostile-queries';

// Independent of src/lib/units.ts: the test's own reading of a unit symbol.
const PREFIX: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const bitsPerSecond = ({ value, unit }: { value: number; unit: string }) => value * PREFIX[unit.slice(0, -3)]! * (unit.at(-3) === 'B' ? 8 : 1);
const bytes = ({ value, unit }: { value: number; unit: string }) => (value * PREFIX[unit.slice(0, -1)]!) / (unit.at(-1) === 'b' ? 8 : 1);
const sizeOf = (id: string) => bytes(payload(id).size!);
const rateOf = (id: string) => bitsPerSecond(link(id).rate);
const apart = (a: number, b: number) => Math.max(a / b, b / a);
const YEAR_SECONDS = 365.25 * 24 * 3600;

function check(id: string) {
  return reviewClaim(id);
}

/** Each claim: the factor and verdict worked out by hand from the raw data. */
const expected: Record<string, () => { factor: number; verdict: Verdict }> = {
  'netflix-in-one-second': () => ({ factor: apart(1, (sizeOf('netflix-library-press') * 8) / rateOf('record-2025')), verdict: 'holds-with-caveat' }),
  'consumer-50-gigabytes': () => ({ factor: (50e9 * 8) / rateOf('init7-25g'), verdict: 'false-premise' }),
  'us-speed-times-3-5-million': () => ({ factor: apart(3.5e6, rateOf('record-2025') / rateOf('us-fixed-median-2025-10')), verdict: 'holds-with-caveat' }),
  // The brief's example: 10,000 ÷ (1.02e15 / (100e9 × 8)) ≈ 7.8.
  'wikipedia-10000-times': () => ({ factor: 10_000 / (rateOf('record-2025') / (sizeOf('wikipedia-en-viral') * 8)), verdict: 'off-by' }),
  'ten-million-8k-streams': () => ({ factor: apart(1e7, rateOf('record-2025') / bitsPerSecond(stream('8k').rate)), verdict: 'holds' }),
  '127500-years-of-music': () => {
    const audio = payload('audio-minute-1mb');
    const audioBitsPerSecond = (bytes(audio.size!) * 8) / audio.playSeconds!;
    const years = rateOf('record-2025') / audioBitsPerSecond / YEAR_SECONDS;
    return { factor: 127_500 / years, verdict: 'off-by' };
  },
  '400-terabytes-a-day': () => ({ factor: sizeOf('world-data-per-day') / 400e12, verdict: 'off-by' }),
  'previous-best-1-7-petabits': () => {
    const recordYear = fiberRecord('nict-2025-1-02pb').year;
    // A record whose year no source gives cannot be counted as earlier.
    const before = records.filter((r) => r.year !== null && recordYear !== null && r.year < recordYear && r.standardCladding);
    const best = Math.max(...before.map((r) => bitsPerSecond(r.capacity)));
    return { factor: apart(1.7e15, best), verdict: 'holds-with-caveat' };
  },
  '1808-km-every-second': () => {
    const seconds = ((fact('record-distance').value as number) * (fact('fiber-group-index').value as number)) / 299_792.458;
    return { factor: 1 / seconds, verdict: 'meaningless' };
  },
};

describe('claim-check: every claim against hand arithmetic', () => {
  it('covers every claim in the data', () => {
    expect(Object.keys(expected).sort()).toEqual([...CLAIM_IDS].sort());
  });

  for (const [id, work] of Object.entries(expected)) {
    it(id, () => {
      const { factor, verdict } = work();
      const result = check(id);
      expect(result.verdict).toBe(verdict);
      expect(result.factorOff).toBeCloseTo(factor, 6);
    });
  }

  it('matches the fact sheet’s rounded figures', () => {
    expect(check('wikipedia-10000-times').factorOff).toBeCloseTo(7.84, 2);
    expect(check('consumer-50-gigabytes').factorOff).toBeCloseTo(16, 6);
    expect(Math.round(check('127500-years-of-music').factorOff)).toBe(526);
    expect(check('400-terabytes-a-day').factorOff / 1e6).toBeCloseTo(1.007, 3);
    expect(check('1808-km-every-second').computed.value * 1000).toBeCloseTo(8.85, 2);
  });
});

describe('claim-check: review', () => {
  it('lists where the claim ran, with publishers from the sources', () => {
    const review = reviewClaim('wikipedia-10000-times');
    expect(review.outlets.map((o) => o.id)).toEqual(claim('wikipedia-10000-times').outletSourceIds);
    expect(review.outlets[0]?.publisher).toBe(source(review.outlets[0]!.id).publisher);
    expect(reviewClaim('400-terabytes-a-day').outlets).toEqual([]);
  });

  it('shows how the factor is found: claimed ÷ computed, turned round when below 1', () => {
    const over = reviewClaim('wikipedia-10000-times');
    const overCheck = checkClaim(claim('wikipedia-10000-times'), SITE_CLAIM_DATA);
    expect(over.steps).toEqual([...overCheck.steps, ...comparisonSteps(overCheck)]);
    expect(over.steps.at(-1)!.label).toBe('widget.claim-check.step.compare');
    expect(over.steps.at(-1)!.result.value).toBeCloseTo(over.claimed.value / over.computed.value, 12);
    const under = reviewClaim('400-terabytes-a-day');
    expect(under.steps.at(-1)!.label).toBe('widget.claim-check.step.invert');
    expect(under.steps.at(-1)!.result.value).toBe(under.factorOff);
    expect(under.factorOff).toBeCloseTo(1 / under.steps.at(-2)!.result.value, 6);
  });

  it('gives no factor for a claim that has no meaning', () => {
    const review = reviewClaim('1808-km-every-second');
    expect(review.showFactor).toBe(false);
    expect(review.steps).toEqual(checkClaim(claim('1808-km-every-second'), SITE_CLAIM_DATA).steps);
    expect(review.steps.length).toBeGreaterThan(0);
  });

  it('scaling a claimed number scales the ratio; the factor is ≥ 1 and ends the comparison steps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...claims.filter((c) => SCALABLE.includes(c.check.kind))), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (c, scale) => {
        const base = checkClaim(c, SITE_CLAIM_DATA);
        const scaled = checkClaim(scaleClaimed(c, scale), SITE_CLAIM_DATA);
        expect(scaled.ratio / base.ratio).toBeCloseTo(scale, 6);
        expect(scaled.factorOff).toBeGreaterThanOrEqual(1);
        expect(comparisonSteps(scaled).at(-1)!.result.value).toBeCloseTo(scaled.factorOff, 9);
        if (scaled.verdict !== 'meaningless') expect(scaled.verdict === 'off-by').toBe(scaled.factorOff > HOLDS_WITHIN);
      }),
    );
  });

  it('links to the sources page under any base path', () => {
    expect(sourceHref('/', 'nict-2025-press')).toBe('/sources/#nict-2025-press');
    expect(sourceHref('/sub', 'a b')).toBe('/sub/sources/#a%20b');
    expect(sourceHref('/sub/', 'x')).toBe('/sub/sources/#x');
  });

  it('throws for an unknown claim', () => {
    expect(() => reviewClaim('nope')).toThrow();
  });

  it('gives the island plain data for every claim, in the data’s order', () => {
    const views = allClaimViews();
    expect(views.map((v) => v.id)).toEqual(claims.map((c) => c.id));
    expect(JSON.parse(JSON.stringify(views))).toEqual(views);
  });

  it('builds a codec for any list of ids, the first being the default', () => {
    const codec = claimCheckCodecFor({ views: [{ id: 'a' }, { id: 'b' }] });
    expect(codec.defaults.claim).toBe('a');
    expect(parseState(codec, 'claim=b').state.claim).toBe('b');
    expect(() => claimCheckCodecFor({ views: [] })).toThrow();
  });
});

describe('claim-check: URL state', () => {
  it('round-trips every claim id and writes nothing for the default', () => {
    for (const id of CLAIM_IDS) expect(parseState(claimCheckCodec, serializeState(claimCheckCodec, { claim: id })).state.claim).toBe(id);
    expect(serializeState(claimCheckCodec, claimCheckCodec.defaults).toString()).toBe('');
    expect(claimCheckCodec.defaults.claim).toBe(claims[0]!.id);
  });
  it('ignores an unknown claim with a notice', () => {
    const { state, notices } = parseState(claimCheckCodec, 'cc.claim=<script>&cc.x=1', 'cc.');
    expect(state).toEqual(claimCheckCodec.defaults);
    expect(notices.map((n) => `${n.param}:${n.reason}`).sort()).toEqual(['cc.claim:invalid', 'cc.x:unknown']);
  });
  it('survives hostile queries', () => {
    expectCodecSurvivesHostileQueries(
      (q) => parseState(claimCheckCodec, q, 'cc.').state,
      (state) => CLAIM_IDS.includes(state.claim) && reviewClaim(state.claim).factorOff >= 1,
      10_000,
      { keys: ['cc.claim', 'claim', ...CLAIM_IDS.map((id) => `cc.claim=${id}`)] },
    );
  });
});

const SCALABLE: readonly string[] = ['transfer-time', 'copies-per-second', 'speed-ratio', 'simultaneous-streams', 'audio-years', 'data-per-day', 'distance-per-second'];

/** The claim with its claimed number multiplied by `scale`. */
function scaleClaimed(c: Claim, scale: number): Claim {
  const k = c.check;
  switch (k.kind) {
    case 'transfer-time':
    case 'distance-per-second':
      return { ...c, check: { ...k, claimedSeconds: k.claimedSeconds * scale } };
    case 'copies-per-second':
      return { ...c, check: { ...k, claimedCopies: k.claimedCopies * scale } };
    case 'speed-ratio':
      return { ...c, check: { ...k, claimedRatio: k.claimedRatio * scale } };
    case 'simultaneous-streams':
      return { ...c, check: { ...k, claimedStreams: k.claimedStreams * scale } };
    case 'audio-years':
      return { ...c, check: { ...k, claimedYears: k.claimedYears * scale } };
    case 'data-per-day':
      return { ...c, check: { ...k, claimedSize: { ...k.claimedSize, value: k.claimedSize.value * scale } } };
    default:
      return c;
  }
}
