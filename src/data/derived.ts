/**
 * Figures the site computes from the data rather than stores: each has a name an article can
 * cite with <Value derived="…" />, a compute function over the data, and a formatter.
 * Adding a figure here is how prose gets a new derived number without typing it. It lives with
 * the data because it reads it; the arithmetic and the formatting it calls are pure, in src/lib.
 */
import { audience, fact, factNumber, fiberRecord, link, payload, stream } from './index';
import { formatRate, formatByteRate, formatSize, rateToBitsPerSecond } from '../lib/units';
import { formatCount, formatDistance, formatDuration, formatNumber, formatPercent, formatRatio, formatYears } from '../lib/format';
import { audioYearsPerSecond, capacityDistance, dailyBytes, lightTravelSeconds, speedRatio, transferSeconds } from '../lib/transfer';
import { LIGHT_KM_PER_SECOND } from '../lib/constants';
import { HOLDS_WITHIN, payloadBytes } from '../lib/claims';

export interface DerivedFigure {
  /** One line: what the number is. */
  describes: string;
  compute: () => number;
  format: (value: number, locale: string) => string;
  /** A record whose disputed distance this figure uses: prose showing it should say so (see disputedDistance). */
  dependsOnDistanceOf?: string;
}

const recordBitsPerSecond = () => rateToBitsPerSecond({ value: factNumber('record-rate'), unit: rateUnit('record-rate') });

function rateUnit(id: string) {
  const unit = fact(id).unit;
  if (!unit.endsWith('/s')) throw new Error(`Fact ${id} is not a rate`);
  return unit as Parameters<typeof rateToBitsPerSecond>[0]['unit'];
}

const linkBitsPerSecond = (id: string) => rateToBitsPerSecond(link(id).rate);
const recordBitsPerSecondOf = (id: string) => rateToBitsPerSecond(fiberRecord(id).capacity);
function recordDistanceKm(id: string): number {
  const { distanceKm } = fiberRecord(id);
  if (distanceKm === null) throw new Error(`Record ${id} has no distance`);
  return distanceKm;
}
/** The longest distance any source gives for a record whose distance is disputed (its own if none). */
function recordLongestDistanceKm(id: string): number {
  return Math.max(recordDistanceKm(id), ...(fiberRecord(id).distanceDisputedKm ?? []).map((reading) => reading.km));
}
/** A rate fact (or a pair of rate and distance facts) in Eb/s·km. */
const exabitKm = (bitsPerSecond: number, km: number) => capacityDistance(bitsPerSecond, km) / 1e18;
const factRate = (id: string) => rateToBitsPerSecond({ value: factNumber(id), unit: rateUnit(id) });

const asEbKm = (value: number, locale: string) => `${formatNumber(value, locale, { maximumSignificantDigits: 3 })}\u00a0Eb/s·km`;
const asRatio = (value: number, locale: string) => formatRatio(value, locale);
/** A ratio only two digits of which are known ("7.8×", "7.8倍"). */
const asTwoDigitRatio = (value: number, locale: string) => formatRatio(value, locale, 2);
const asPercent = (value: number, locale: string) => formatPercent(value, locale, 2);
const asSeconds = (value: number, locale: string) => formatDuration(value, locale);

export const derivedFigures = {
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
  // ── The record, restated ──
  'implied-rate-from-stated': {
    describes: 'The rate NICT’s 1.86 Eb/s·km would imply over 1,808 km.',
    compute: () => (factNumber('record-capacity-distance-stated') * 1e18) / factNumber('record-distance'),
    format: (value, locale) => formatRate(value, locale, { maximumSignificantDigits: 4 }),
  },
  'implied-distance-from-stated': {
    describes: 'The distance NICT’s 1.86 Eb/s·km would imply at 1.02 Pb/s.',
    compute: () => (factNumber('record-capacity-distance-stated') * 1e18) / recordBitsPerSecond(),
    format: (value, locale) => formatDistance(Math.round(value), locale),
  },
  'stated-vs-computed-gap': {
    describes: 'How much larger NICT’s stated 1.86 Eb/s·km is than 1.02 × 1,808, in percent.',
    compute: () => 100 * (factNumber('record-capacity-distance-stated') / exabitKm(recordBitsPerSecond(), factNumber('record-distance')) - 1),
    format: (value, locale) => formatPercent(value, locale, 1),
  },
  'record-scientific': {
    describes: 'The record rate in scientific notation, bits per second.',
    compute: () => recordBitsPerSecond(),
    format: (value, locale) => {
      const exponent = Math.floor(Math.log10(value));
      const superscript = String(exponent).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d);
      return `${formatNumber(value / 10 ** exponent, locale, { maximumSignificantDigits: 4 })}\u00a0×\u00a010${superscript}\u00a0b/s`;
    },
  },
  'holds-within-percent': {
    describes: 'How close a claim must come to the recomputed value to count as holding, in percent.',
    compute: () => 100 * (HOLDS_WITHIN - 1),
    format: (value, locale) => formatPercent(value, locale, 2),
  },
  'record-terabits': {
    describes: 'The record rate written in terabits per second.',
    compute: () => recordBitsPerSecond(),
    format: (value, locale) => formatRate(value, locale, { prefix: 'T' }),
  },
  'record-gigabits': {
    describes: 'The record rate written in gigabits per second.',
    compute: () => recordBitsPerSecond(),
    format: (value, locale) => formatRate(value, locale, { prefix: 'G', maximumSignificantDigits: 15 }),
  },
  'record-bits-in-full': {
    describes: 'The record rate in plain bits per second, every digit written out.',
    compute: () => recordBitsPerSecond(),
    format: (value, locale) => formatRate(value, locale, { prefix: '', maximumSignificantDigits: 21 }),
  },
  'record-gigabytes-per-second': {
    describes: 'The record rate in gigabytes per second (most likely, in our view, the number behind the "127,500 years" claim).',
    compute: () => recordBitsPerSecond() / 8,
    format: (value, locale) => formatByteRate(value, locale, { prefix: 'G', maximumSignificantDigits: 15 }),
  },
  'record-tebibytes-per-second': {
    describes: 'The record rate in binary tebibytes per second (2^40 bytes).',
    compute: () => recordBitsPerSecond() / 8 / 2 ** 40,
    format: (value, locale) => `${formatNumber(value, locale, { maximumSignificantDigits: 4 })}\u00a0TiB/s`,
  },
  'fineweb-tebibytes': {
    describes: 'The FineWeb dataset (44 TB) in binary tebibytes.',
    compute: () => payloadBytes(payload('fineweb')) / 2 ** 40,
    format: (value, locale) => `${formatNumber(value, locale, { maximumSignificantDigits: 3 })}\u00a0TiB`,
  },
  'fineweb-binary-gap': {
    describes: 'How much smaller a TB-sized number looks in TiB, in percent.',
    compute: () => 100 * (1 - 1e12 / 2 ** 40),
    format: (value, locale) => formatPercent(value, locale, 2),
  },
  'per-channel-rate': {
    describes: 'The record rate per wavelength channel per core (notional; assumes 180 channels).',
    compute: () => recordBitsPerSecond() / (factNumber('record-channels') * factNumber('record-cores')),
    format: (value, locale) => formatRate(value, locale, { maximumSignificantDigits: 3 }),
  },
  // ── The fiber ──
  'cladding-vs-hair': {
    describes: 'How many times wider the 125 µm glass is than a typical scalp hair.',
    compute: () => factNumber('standard-cladding-diameter') / factNumber('human-hair-diameter'),
    format: asTwoDigitRatio,
  },
  'record-vs-smf-limit': {
    describes: 'The record as a multiple of the likely practical limit of one standard single-core fiber.',
    compute: () => recordBitsPerSecond() / factRate('smf-practical-limit'),
    format: asTwoDigitRatio,
  },
  'record-vs-best-commercial': {
    describes: 'The record as a multiple of the best commercial single-mode fiber system.',
    compute: () => speedRatio(recordBitsPerSecond(), linkBitsPerSecond('best-commercial-fiber')),
    format: asTwoDigitRatio,
  },
  // ── The loop ──
  'loop-total-distance': {
    describes: 'Loop span times passes (NICT rounds it to 1,808 km).',
    compute: () => factNumber('record-loop-span') * factNumber('record-loop-laps'),
    format: (value, locale) => formatDistance(value, locale),
  },
  'loop-lap-latency': {
    describes: 'Time for light to go once round the loop span.',
    compute: () => lightTravelSeconds(factNumber('record-loop-span'), factNumber('fiber-group-index')),
    format: asSeconds,
  },
  'record-round-trip': {
    describes: 'Time for light to cross the record distance and come back.',
    compute: () => 2 * lightTravelSeconds(factNumber('record-distance'), factNumber('fiber-group-index')),
    format: asSeconds,
  },
  'light-speed-in-fiber': {
    describes: 'Speed of light in glass: c divided by the group index, in km/s.',
    compute: () => LIGHT_KM_PER_SECOND / factNumber('fiber-group-index'),
    format: (value, locale) => `${formatNumber(Math.round(value / 1000) * 1000, locale)}\u00a0km/s`,
  },
  'light-crossings-per-second': {
    describes: 'How many times light could cross the record distance in one second.',
    compute: () => 1 / lightTravelSeconds(factNumber('record-distance'), factNumber('fiber-group-index')),
    format: (value, locale) => formatCount(Math.round(value), locale),
  },
  'span-loss-if-standard': {
    describes: 'Loss over one loop span if the fiber lost as much as standard fiber (0.2 dB/km): hypothetical.',
    compute: () => factNumber('record-loop-span') * factNumber('smf-attenuation'),
    format: (value, locale) => `${formatNumber(value, locale, { maximumSignificantDigits: 3 })}\u00a0dB`,
  },
  'span-light-left-if-standard': {
    describes: 'Share of the light left after one span at standard-fiber loss, in percent: hypothetical.',
    compute: () => 100 * 10 ** (-(factNumber('record-loop-span') * factNumber('smf-attenuation')) / 10),
    format: (value, locale) => formatPercent(value, locale, 2),
  },
  // ── Comparisons ──
  'share-of-used-bandwidth': {
    describes: 'The record rate as a percentage of used international bandwidth, all networks (2024).',
    compute: () => (100 * recordBitsPerSecond()) / linkBitsPerSecond('used-international-bandwidth-2024'),
    format: asPercent,
  },
  'record-vs-marea': {
    describes: 'The record as a multiple of the MAREA transatlantic cable (all its fiber pairs).',
    compute: () => speedRatio(recordBitsPerSecond(), linkBitsPerSecond('marea')),
    format: asTwoDigitRatio,
  },
  'record-vs-us-median': {
    describes: 'The record as a multiple of the US median fixed broadband speed (Oct 2025).',
    compute: () => speedRatio(recordBitsPerSecond(), linkBitsPerSecond('us-fixed-median-2025-10')),
    format: asRatio,
  },
  'record-vs-global-median': {
    describes: 'The record as a multiple of the global median fixed broadband speed (Dec 2025).',
    compute: () => speedRatio(recordBitsPerSecond(), linkBitsPerSecond('global-fixed-median-2025-12')),
    format: asRatio,
  },
  'record-vs-fastest-plan': {
    describes: 'The record as a multiple of the fastest consumer plan found (25 Gb/s).',
    compute: () => speedRatio(recordBitsPerSecond(), linkBitsPerSecond('init7-25g')),
    format: asRatio,
  },
  'streams-8k': {
    describes: '8K streams the record carries at once.',
    compute: () => recordBitsPerSecond() / rateToBitsPerSecond(stream('8k').rate),
    format: (value, locale) => formatCount(value, locale),
  },
  'streams-4k': {
    describes: '4K streams (Netflix rate) the record carries at once.',
    compute: () => recordBitsPerSecond() / rateToBitsPerSecond(stream('4k').rate),
    format: (value, locale) => formatCount(value, locale),
  },
  'rate-per-person-japan': {
    describes: 'The record rate shared equally by everyone living in Japan.',
    compute: () => recordBitsPerSecond() / audience('japan').people,
    format: (value, locale) => formatRate(value, locale, { maximumSignificantDigits: 2 }),
  },
  'fineweb-transfer-time': {
    describes: 'Time to send the FineWeb dataset over the record link.',
    compute: () => transferSeconds(payloadBytes(payload('fineweb')), recordBitsPerSecond()),
    format: asSeconds,
  },
  'common-crawl-transfer-time': {
    describes: 'Time to send one Common Crawl monthly archive over the record link.',
    compute: () => transferSeconds(payloadBytes(payload('common-crawl-monthly')), recordBitsPerSecond()),
    format: asSeconds,
  },
  'netflix-catalogue-time': {
    describes: 'Time to send Netflix’s master copies as reported for 2013 (3.14 PB) over the record link.',
    compute: () => transferSeconds(payloadBytes(payload('netflix-catalogue-2013')), recordBitsPerSecond()),
    format: asSeconds,
  },
  'netflix-converted-time': {
    describes: 'Time to send Netflix’s 2013 video after conversion (about 2.75 PB, as reported) over the record link.',
    compute: () => transferSeconds(payloadBytes(payload('netflix-converted-2013')), recordBitsPerSecond()),
    format: asSeconds,
  },
  'wikipedia-copies-per-second': {
    describes: 'Copies of English Wikipedia’s compressed text the record moves each second.',
    compute: () => recordBitsPerSecond() / (payloadBytes(payload('wikipedia-en-compressed')) * 8),
    format: (value, locale) => formatCount(Math.round(value / 100) * 100, locale),
  },
  'music-years-320k': {
    describes: 'Years of music at 320 kb/s the record moves each second.',
    compute: () => audioYearsPerSecond(recordBitsPerSecond(), rateToBitsPerSecond(stream('audio').rate)),
    format: (value, locale) => formatYears(value, locale, 3),
  },
  'record-daily-volume': {
    describes: 'What the record link moves in a day of continuous sending.',
    compute: () => dailyBytes(recordBitsPerSecond()),
    format: (value, locale) => formatSize(value, locale, { maximumSignificantDigits: 3 }),
  },
  'record-share-of-world-data': {
    describes: 'A day of the record link as a share of the data the world creates in a day.',
    compute: () => (100 * dailyBytes(recordBitsPerSecond())) / payloadBytes(payload('world-data-per-day')),
    format: asPercent,
  },
  // ── History ──
  'predecessor-distance-ratio': {
    describes: 'How many times farther the record went than the 1.7 Pb/s predecessor. Depends on its disputed distance: uses 63.5 km (63.7 and 67 km are also reported).',
    dependsOnDistanceOf: 'nict-2023-1-7pb',
    compute: () => factNumber('record-distance') / recordDistanceKm('nict-2023-1-7pb'),
    format: asTwoDigitRatio,
  },
  'predecessor-rate-share': {
    describes: 'The record rate as a percentage of the 1.7 Pb/s predecessor’s.',
    compute: () => (100 * recordBitsPerSecond()) / recordBitsPerSecondOf('nict-2023-1-7pb'),
    format: asPercent,
  },
  'predecessor-distance-ratio-longest': {
    describes: 'The same ratio with the longest distance reported for the predecessor (67 km): the low end of the disputed range.',
    dependsOnDistanceOf: 'nict-2023-1-7pb',
    compute: () => factNumber('record-distance') / recordLongestDistanceKm('nict-2023-1-7pb'),
    format: asTwoDigitRatio,
  },
  'predecessor-capacity-distance': {
    describes: 'Capacity × distance of the 1.7 Pb/s predecessor. Depends on its disputed distance: uses 63.5 km (63.7 and 67 km are also reported).',
    dependsOnDistanceOf: 'nict-2023-1-7pb',
    compute: () => exabitKm(recordBitsPerSecondOf('nict-2023-1-7pb'), recordDistanceKm('nict-2023-1-7pb')),
    format: asEbKm,
  },
  'predecessor-capacity-distance-longest': {
    describes: 'Capacity × distance of the predecessor with the longest distance reported for it (67 km): the high end of the disputed range.',
    dependsOnDistanceOf: 'nict-2023-1-7pb',
    compute: () => exabitKm(recordBitsPerSecondOf('nict-2023-1-7pb'), recordLongestDistanceKm('nict-2023-1-7pb')),
    format: asEbKm,
  },
  'record-2019-capacity-distance': {
    describes: 'Capacity × distance of NICT and Furukawa’s 2019 result (715 Tb/s over 2,009 km).',
    compute: () => exabitKm(recordBitsPerSecondOf('nict-2019-715tb'), recordDistanceKm('nict-2019-715tb')),
    format: asEbKm,
  },
  'record-vs-2019-capacity-distance': {
    describes: 'How much larger the record’s computed capacity × distance is than the 2019 result, in percent.',
    compute: () =>
      100 * (exabitKm(recordBitsPerSecond(), factNumber('record-distance')) / exabitKm(recordBitsPerSecondOf('nict-2019-715tb'), recordDistanceKm('nict-2019-715tb')) - 1),
    format: asPercent,
  },
  'record-vs-tat8': {
    describes: 'The record as a multiple of TAT-8 (1988) at 280 Mb/s, the Wikipedia mirror’s figure (disputed: 560 and 295.6 Mb/s are also given).',
    compute: () => speedRatio(recordBitsPerSecond(), recordBitsPerSecondOf('tat-8-1988')),
    format: asRatio,
  },
  'later-2025-capacity-distance': {
    describes: 'Capacity × distance of the reported 568.8 Tb/s over 5,166 km (ECOC 2025; tertiary).',
    compute: () => exabitKm(recordBitsPerSecondOf('ecoc-2025-568tb'), recordDistanceKm('ecoc-2025-568tb')),
    format: asEbKm,
  },
  'later-2026-capacity-distance': {
    describes: 'Capacity × distance of the reported 434.6 Tb/s over 8,610 km (ECOC 2026; tertiary).',
    compute: () => exabitKm(recordBitsPerSecondOf('ecoc-2026-434tb'), recordDistanceKm('ecoc-2026-434tb')),
    format: asEbKm,
  },
} satisfies Record<string, DerivedFigure>;

export type DerivedName = keyof typeof derivedFigures;

/**
 * For a figure computed from a disputed distance: the record, the distance used and the other
 * readings, so the page showing the figure can say it depends on them. Undefined otherwise.
 */
export function disputedDistance(name: DerivedName): { recordId: string; usedKm: number; otherKm: number[] } | undefined {
  const figure: DerivedFigure = derivedFigures[name];
  if (figure.dependsOnDistanceOf === undefined) return undefined;
  const record = fiberRecord(figure.dependsOnDistanceOf);
  return { recordId: record.id, usedKm: recordDistanceKm(record.id), otherKm: (record.distanceDisputedKm ?? []).map((reading) => reading.km) };
}

export function formatDerived(name: DerivedName, locale: string): string {
  const figure: DerivedFigure = derivedFigures[name];
  return figure.format(figure.compute(), locale);
}
