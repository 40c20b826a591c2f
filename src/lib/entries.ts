/**
 * The shapes of data entries that src/lib reads, declared here so that src/lib never imports
 * src/data: data sits above lib (its schemas use lib's units), and an import the other way,
 * even `import type`, would tie the pure layer to one dataset's file. Each interface lists only
 * the fields lib actually reads. The entries themselves are defined once, by the zod schemas in
 * src/data/schema.ts, which check with `satisfies` that their parsed output still fits these
 * shapes: rename or retype a field there and the type check fails at the schema.
 */
import type { Rate, Size } from './units';

/** A fact: a number, an ISO date or words, with its unit ('date', 'text', 'km', 'Pb/s'…). */
export interface FactEntry {
  id: string;
  value: number | string;
  unit: string;
}

export interface LinkEntry {
  id: string;
  rate: Rate;
}

export interface StreamEntry {
  id: string;
  rate: Rate;
}

/** Something to move: a stored size, or a bitrate held for a duration. */
export interface PayloadEntry {
  id: string;
  size?: Size | undefined;
  stream?: { rate: Rate; seconds: number } | undefined;
  /** For a stored size of audio or video: how long it plays. */
  playSeconds?: number | undefined;
  /** A figure that circulated in coverage without a traceable source. */
  viral: boolean;
}

/** A row of the fiber-record history. */
export interface RecordEntry {
  id: string;
  year: number | null;
  capacity: Rate;
  distanceKm: number | null;
  standardCladding: boolean;
}

/** What a headline claim asserts: references to other entries plus the claimed number. */
export type ClaimAssertion =
  | { kind: 'transfer-time'; payloadId: string; linkId: string; claimedSeconds: number }
  | { kind: 'link-share'; linkId: string; claimedRate: Rate; claimedPercent: number; realLinkId: string }
  | { kind: 'speed-ratio'; linkId: string; baselineLinkId: string; claimedRatio: number }
  | { kind: 'copies-per-second'; payloadId: string; linkId: string; claimedCopies: number }
  | { kind: 'simultaneous-streams'; linkId: string; streamId: string; claimedStreams: number }
  | { kind: 'audio-years'; linkId: string; audioPayloadId: string; claimedYears: number }
  | { kind: 'data-per-day'; payloadId: string; linkId: string; claimedSize: Size }
  | { kind: 'previous-best'; recordId: string; claimedRate: Rate }
  | { kind: 'distance-per-second'; distanceFactId: string; groupIndexFactId: string; claimedSeconds: number };

/** A headline claim as printed, with what it asserts and why it is wrong (or only partly right). */
export interface ClaimEntry {
  id: string;
  /** As printed, in the language it was printed in. */
  quote: string;
  /** The quote translated into the page's language, where that is not the quote's own. */
  quoteGloss?: string | undefined;
  outlet: string;
  cause: string;
  /** Set when the claim holds only in a narrower scope than it states. */
  scopeCaveat?: string | undefined;
  note?: string | undefined;
  check: ClaimAssertion;
}
