/**
 * Figures the site computes from the data rather than stores: each has a name an article can
 * cite with <Value derived="…" />, a compute function over the data, and a formatter.
 * Adding a figure here is how prose gets a new derived number without typing it.
 */
import { fact, factNumber, link, payload } from '../data';
import { payloadBytes } from './claims';
import { formatRate, formatByteRate, rateToBitsPerSecond } from './units';
import { formatCount, formatDuration, formatNumber, formatPercent } from './format';
import { capacityDistance, copiesPerSecond, lightTravelSeconds, transferSeconds } from './transfer';

export interface DerivedFigure {
  /** One line: what the number is. */
  describes: string;
  compute: () => number;
  format: (value: number, locale: string) => string;
}

const recordBitsPerSecond = () => rateToBitsPerSecond({ value: factNumber('record-rate'), unit: rateUnit('record-rate') });

function rateUnit(id: string) {
  const unit = fact(id).unit;
  if (!unit.endsWith('/s')) throw new Error(`Fact ${id} is not a rate`);
  return unit as Parameters<typeof rateToBitsPerSecond>[0]['unit'];
}

export const derivedFigures = {
  'wikipedia-copies-per-second': {
    describes: 'Copies of English Wikipedia’s compressed text the record moves each second.',
    compute: () => copiesPerSecond(payloadBytes(payload('wikipedia-en-compressed')), recordBitsPerSecond()),
    format: (value, locale) => formatCount(Math.floor(value), locale),
  },
  'netflix-library-seconds': {
    describes: 'Seconds the record needs for the press’s estimate of the Netflix library.',
    compute: () => transferSeconds(payloadBytes(payload('netflix-library-press')), recordBitsPerSecond()),
    format: (value, locale) => formatDuration(value, locale),
  },
  'capacity-distance-product': {
    describes: 'The record rate times the distance, in Eb/s·km (NICT states 1.86).',
    compute: () => capacityDistance(recordBitsPerSecond(), factNumber('record-distance')) / 1e18,
    format: (value, locale) => `${formatNumber(value, locale, { maximumSignificantDigits: 4 })}\u00a0Eb/s·km`,
  },
  'record-bytes-per-second': {
    describes: 'The record rate in bytes per second.',
    compute: () => recordBitsPerSecond() / 8,
    format: (value, locale) => formatByteRate(value, locale),
  },
  'per-core-rate': {
    describes: 'The record rate split evenly over the cores (notional: the cores are coupled).',
    compute: () => recordBitsPerSecond() / factNumber('record-cores'),
    format: (value, locale) => formatRate(value, locale, { maximumSignificantDigits: 3 }),
  },
  'record-latency': {
    describes: 'One-way time for light over the record distance in glass.',
    compute: () => lightTravelSeconds(factNumber('record-distance'), factNumber('fiber-group-index')),
    format: (value, locale) => formatDuration(value, locale),
  },
  'share-of-international-bandwidth': {
    describes: 'The record rate as a percentage of total international internet bandwidth (2025).',
    compute: () => (100 * recordBitsPerSecond()) / rateToBitsPerSecond(link('international-bandwidth-2025').rate),
    format: (value, locale) => formatPercent(value, locale, 2),
  },
} satisfies Record<string, DerivedFigure>;

export type DerivedName = keyof typeof derivedFigures;

export function formatDerived(name: DerivedName, locale: string): string {
  const figure: DerivedFigure = derivedFigures[name];
  return figure.format(figure.compute(), locale);
}
