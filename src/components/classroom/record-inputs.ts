/**
 * Reads the worksheets' inputs from src/data: the record's figures in base units, and the
 * viral claims lesson 2 checks with the datasets their checks read. The optional facts (loop
 * length, group index of the glass) switch on extra questions when the dataset has them; the
 * fact and claim ids are listed here, in one place.
 */
import { facts, factNumber, fact, links, lookupIn, payloads, records, streams, type DataLocale } from '../../data';
import { RATE_UNITS, rateToBitsPerSecond, type RateUnit } from '../../lib/units';
import type { RecordInputs, WorksheetInputs, WorksheetSlug } from '../../lib/worksheets';

/** Fact ids the classroom reads; the optional ones may be absent from facts.json. */
export const CLASSROOM_FACT_IDS = {
  rate: 'record-rate',
  distance: 'record-distance',
  cores: 'record-cores',
  cladding: 'record-cladding',
  statedProduct: 'record-capacity-distance-stated',
  loopSpan: 'record-loop-span',
  groupIndex: 'fiber-group-index',
} as const;

/** Viral claims (claims.json) the "Check the headline" worksheet checks, in question order. */
export const HEADLINE_CLAIM_IDS = ['netflix-in-one-second', 'wikipedia-10000-times', '127500-years-of-music', '400-terabytes-a-day', '1808-km-every-second'] as const;

const EXA = 1e18;
const MM_PER_UNIT: Record<string, number> = { mm: 1, µm: 1e-3, nm: 1e-6 };

function isRateUnit(unit: string): unit is RateUnit {
  return (RATE_UNITS as readonly string[]).includes(unit);
}

function optionalNumber(id: string): number | undefined {
  const found = facts.find((f) => f.id === id);
  return found !== undefined && typeof found.value === 'number' ? found.value : undefined;
}

export function recordInputsFromData(): RecordInputs {
  const ids = CLASSROOM_FACT_IDS;
  const rate = fact(ids.rate);
  const cladding = fact(ids.cladding);
  const product = fact(ids.statedProduct);
  if (typeof rate.value !== 'number' || !isRateUnit(rate.unit)) throw new Error(`${ids.rate} must be a rate`);
  const claddingScale = MM_PER_UNIT[cladding.unit];
  if (typeof cladding.value !== 'number' || claddingScale === undefined) throw new Error(`${ids.cladding} must be a length`);
  if (typeof product.value !== 'number' || product.unit !== 'Eb/s·km') throw new Error(`${ids.statedProduct} must be in Eb/s·km`);
  return {
    rateBitsPerSecond: rateToBitsPerSecond({ value: rate.value, unit: rate.unit }),
    distanceKm: factNumber(ids.distance),
    cores: factNumber(ids.cores),
    claddingMm: cladding.value * claddingScale,
    statedCapacityDistance: product.value * EXA,
    loopSpanKm: optionalNumber(ids.loopSpan),
    groupIndex: optionalNumber(ids.groupIndex),
  };
}

/** The record's figures and the headline claims, with the claims' texts (cause, note, quote's translation) in `locale`. */
export function worksheetInputsFromData(locale: DataLocale = 'en'): WorksheetInputs {
  const { claim } = lookupIn(locale);
  return {
    record: recordInputsFromData(),
    claims: HEADLINE_CLAIM_IDS.map((id) => claim(id)),
    claimData: { facts, links, payloads, streams, records },
  };
}

/** Facts printed in a worksheet's "Figures you will need" box (the widgets' static values). */
const FIGURES: Record<WorksheetSlug, readonly string[]> = {
  'how-big-is-a-petabit': [CLASSROOM_FACT_IDS.rate, CLASSROOM_FACT_IDS.cores],
  'check-the-headline': [CLASSROOM_FACT_IDS.rate, CLASSROOM_FACT_IDS.distance, CLASSROOM_FACT_IDS.statedProduct, CLASSROOM_FACT_IDS.groupIndex],
  'light-in-glass': [CLASSROOM_FACT_IDS.distance, CLASSROOM_FACT_IDS.cores, CLASSROOM_FACT_IDS.cladding, CLASSROOM_FACT_IDS.loopSpan, CLASSROOM_FACT_IDS.groupIndex],
};

/** The worksheet's figure facts that exist in the data, in order. */
export function worksheetFigureIds(slug: WorksheetSlug): string[] {
  return FIGURES[slug].filter((id) => facts.some((f) => f.id === id));
}
