/**
 * Every arithmetic step the site shows, from every place that builds one (claim cards and the
 * claim-check widget, the three worksheets, every widget over its data options and over fuzzed
 * inputs), checked two ways: the result's dimension and value follow from the operands and the
 * operator (stepProblems), and the unit the reader sees matches the dimension of the operation.
 * The unit patterns below are written per dimension, independently of the formatters, so a
 * product of rate and distance printed as a rate ("… = 1.844 Eb/s") fails here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claims } from '../../../src/data';
import { worksheetInputsFromData } from '../../../src/components/classroom/record-inputs';
import { checkClaim } from '../../../src/lib/claims';
import { KIND_DIMENSIONS, divideDimensions, dimensionOf, dimensionSymbol, multiplyDimensions, type Dimension, type QuantityKind } from '../../../src/lib/dimension';
import { bytesMovedSteps } from '../../../src/lib/link-steps';
import { formatAmount } from '../../../src/lib/render-steps';
import { amount, divide, multiply, type ArithmeticStep } from '../../../src/lib/steps';
import { stepProblems } from '../../../src/lib/step-check';
import { lightTravelSteps, streamsSteps, transferSteps } from '../../../src/lib/transfer';
import { parseQuantity } from '../../../src/lib/units';
import { conversionSteps } from '../../../src/components/widgets/units/core';
import { allWorksheets, formatShownText } from '../../../src/lib/worksheets';
import { allClaimViews, SITE_CLAIM_DATA } from '../../../src/components/widgets/claim-check/options';
import { comparisonSteps } from '../../../src/components/widgets/claim-check/core';
import { DOWNLOAD_TIME_OPTIONS } from '../../../src/components/widgets/download-time/options';
import { pairSteps } from '../../../src/components/widgets/download-time/core';
import { FIBER_CROSS_SECTION_OPTIONS } from '../../../src/components/widgets/fiber-cross-section/options';
import { perChannelRate } from '../../../src/components/widgets/fiber-cross-section/core';
import { LOOP_OPTIONS } from '../../../src/components/widgets/loop/options';
import { lapProgress } from '../../../src/components/widgets/loop/core';
import { MUSIC_YEARS_OPTIONS } from '../../../src/components/widgets/music-years/options';
import { musicYears } from '../../../src/components/widgets/music-years/core';
import { RECORDS_CHART_OPTIONS } from '../../../src/components/widgets/records-chart/options';
import { productSteps } from '../../../src/components/widgets/records-chart/core';
import { STREAMS_OPTIONS } from '../../../src/components/widgets/streams/options';
import { countStreams } from '../../../src/components/widgets/streams/core';
import { YOUR_CONNECTION_OPTIONS } from '../../../src/components/widgets/your-connection/options';
import { compareConnection } from '../../../src/components/widgets/your-connection/core';

const PREFIX = '[kMGTPEZY]?';
/** Digits, or m × 10^n (worksheets' scientific notation). */
const NUMBER = String.raw`[\d.,]+( × 10\^-?\d+)?`;
/** What a reader may see after the number, for each dimension (written from the SI symbols, not the formatters). */
const UNIT_PATTERNS: Record<string, RegExp> = {
  bit: new RegExp(`^${NUMBER} (${PREFIX}b|[KMGTPEZY]ibit)$`),
  byte: new RegExp(`^${NUMBER} (${PREFIX}B|[KMGTPEZY]iB)$`),
  'bit/s': new RegExp(`^${NUMBER} (${PREFIX}b/s|[KMGTPEZY]ibit/s)$`),
  'byte/s': new RegExp(`^${NUMBER} (${PREFIX}B/s|[KMGTPEZY]iB/s)$`),
  s: new RegExp(`^${NUMBER}( (thousand|million|billion|trillion))? (ns|μs|ms|s|seconds?|minutes?|hours?|days?|years?)$`),
  year: new RegExp(`^${NUMBER}( (thousand|million|billion|trillion))? years?$`),
  km: new RegExp(`^${NUMBER}\\s(km|mm|µm)$`),
  'km/s': new RegExp(`^${NUMBER}\\skm/s$`),
  'bit·km/s': new RegExp(`^${NUMBER} ${PREFIX}b/s·km$`),
  '1/s': new RegExp(`^${NUMBER}( (thousand|million|billion|trillion))?/s$`),
  'bit/byte': new RegExp(`^${NUMBER} bits? per byte$`),
  's/year': new RegExp(`^${NUMBER} seconds per year$`),
  '1': new RegExp(`^${NUMBER}( (thousand|million|billion|trillion))?(×|%)?$`),
};

/** The unit pattern for a dimension; a dimension the site has no pattern for fails the test. */
function patternFor(d: Dimension): RegExp {
  const pattern = UNIT_PATTERNS[dimensionSymbol(d)];
  if (!pattern) throw new Error(`no unit pattern for ${dimensionSymbol(d)}`);
  return pattern;
}

/** The dimension the operation produces, from the operands alone (never from the result's kind). */
function operationDimension(step: ArithmeticStep): Dimension {
  const [a, b] = step.inputs;
  if (!a) throw new Error(`step ${step.label} has no operand`);
  if (b === undefined || step.operator === undefined || step.operator === '=' || step.operator === '+' || step.operator === '−') return dimensionOf(a.kind);
  return step.operator === '×' ? multiplyDimensions(dimensionOf(a.kind), dimensionOf(b.kind)) : divideDimensions(dimensionOf(a.kind), dimensionOf(b.kind));
}

function expectSound(where: string, steps: readonly ArithmeticStep[]): void {
  for (const step of steps) {
    expect(stepProblems(step), `${where}: ${step.label}`).toEqual([]);
    const shown = formatShownText(step.result, 'en').replaceAll('\u00a0', ' ');
    expect(shown, `${where}: ${step.label} shows "${shown}" for ${dimensionSymbol(operationDimension(step))}`).toMatch(patternFor(operationDimension(step)));
    for (const input of step.inputs) expect(formatShownText(input, 'en').replaceAll('\u00a0', ' '), `${where}: ${step.label} operand`).toMatch(patternFor(dimensionOf(input.kind)));
  }
}

/** Every step the site builds from its data, by where it appears. */
function siteSteps(): [string, ArithmeticStep[]][] {
  const out: [string, ArithmeticStep[]][] = [];
  for (const claim of claims) {
    const check = checkClaim(claim, SITE_CLAIM_DATA);
    out.push([`claim card ${claim.id}`, check.steps], [`claim comparison ${claim.id}`, comparisonSteps(check)]);
  }
  for (const view of allClaimViews()) out.push([`claim-check widget ${view.id}`, view.steps]);
  for (const sheet of allWorksheets(worksheetInputsFromData())) {
    for (const question of sheet.questions) out.push([`worksheet ${sheet.slug}/${question.id}`, [...question.working]]);
  }
  const { payloads, links } = DOWNLOAD_TIME_OPTIONS;
  for (const payload of payloads) {
    for (const link of links) {
      out.push([
        `download-time ${payload.id} × ${link.id}`,
        pairSteps({ id: payload.id, sizeBytes: payload.sizeBytes, payload }, { id: link.id, bitsPerSecond: link.bitsPerSecond, link, isRecord: link.isRecord }),
      ]);
    }
  }
  for (const line of YOUR_CONNECTION_OPTIONS.lines)
    out.push([`your-connection ${line.id}`, compareConnection(YOUR_CONNECTION_OPTIONS.recordBitsPerSecond, line.bitsPerSecond).steps]);
  for (const stream of STREAMS_OPTIONS.streams) out.push([`streams ${stream.id}`, countStreams(STREAMS_OPTIONS.recordBitsPerSecond, stream.bitsPerSecond, STREAMS_OPTIONS).steps]);
  for (const preset of MUSIC_YEARS_OPTIONS.presets) {
    out.push([
      `music-years ${preset.id}`,
      musicYears(MUSIC_YEARS_OPTIONS.recordBitsPerSecond, preset.bitsPerSecond, MUSIC_YEARS_OPTIONS.songMinutes, preset.megabytesPerMinute).steps,
    ]);
  }
  for (const row of RECORDS_CHART_OPTIONS.rows) out.push([`records-chart ${row.id}`, productSteps(row)]);
  out.push(['fiber-cross-section', perChannelRate(FIBER_CROSS_SECTION_OPTIONS.recordBitsPerSecond, FIBER_CROSS_SECTION_OPTIONS.cores, FIBER_CROSS_SECTION_OPTIONS.channels).steps]);
  for (let lap = 0; lap <= LOOP_OPTIONS.laps; lap += 1) out.push([`loop lap ${lap}`, lapProgress(lap, LOOP_OPTIONS).steps]);
  return out;
}

describe('every step on the site', () => {
  const all = siteSteps();

  it('is collected from every place that builds steps', () => {
    const places = new Set(all.map(([where]) => where.split(' ')[0]));
    expect([...places].sort()).toEqual(
      ['claim', 'claim-check', 'download-time', 'fiber-cross-section', 'loop', 'music-years', 'records-chart', 'streams', 'worksheet', 'your-connection'].sort(),
    );
    expect(all.reduce((n, [, steps]) => n + steps.length, 0)).toBeGreaterThan(200);
  });

  it.each(all)('%s: results follow from the operation, and the unit shown matches its dimension', (where, steps) => {
    expectSound(where, steps);
  });

  it('capacity × distance is shown as Eb/s·km, never as a rate', () => {
    const highlight = RECORDS_CHART_OPTIONS.rows.find((row) => row.highlight)!;
    const [step] = productSteps(highlight);
    expect(formatAmount(step!.result, 'en')).toMatch(/Eb\/s·km$/);
  });
});

describe('steps from fuzzed inputs', () => {
  const size = fc.double({ min: 1, max: 1e24, noNaN: true });
  const rate = fc.double({ min: 1, max: 1e24, noNaN: true });
  it('transfer, streams, light, one day of a link', () => {
    fc.assert(
      fc.property(size, rate, fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true }), (bytes, bitsPerSecond, km, index) => {
        expectSound('transfer', transferSteps(bytes, bitsPerSecond));
        expectSound('streams', streamsSteps(bitsPerSecond, bytes));
        expectSound('light', lightTravelSteps(km, index));
        expectSound('a day', bytesMovedSteps(bitsPerSecond, 86_400));
      }),
      { numRuns: 200 },
    );
  });
  it('what the reader types into the units widget', () => {
    const unit = fc.constantFrom('b', 'kb', 'MB', 'GB', 'TiB', 'Gibit', 'Pb/s', 'GB/s', 'Mbps', 'KiB/s', 'bytes', 'gigabits per second');
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), unit, (value, symbol) => {
        expectSound('units', conversionSteps(parseQuantity(`${value.toPrecision(6)} ${symbol}`)));
      }),
      { numRuns: 300 },
    );
  });
  it('a connection, a stream bitrate and a song the reader chose', () => {
    fc.assert(
      fc.property(rate, fc.double({ min: 1, max: 20, noNaN: true }), fc.double({ min: 0.1, max: 20, noNaN: true }), (bitsPerSecond, minutes, mb) => {
        expectSound('your-connection', compareConnection(YOUR_CONNECTION_OPTIONS.recordBitsPerSecond, bitsPerSecond).steps);
        expectSound('streams', countStreams(STREAMS_OPTIONS.recordBitsPerSecond, bitsPerSecond, STREAMS_OPTIONS).steps);
        expectSound('music-years', musicYears(MUSIC_YEARS_OPTIONS.recordBitsPerSecond, (mb * 8e6) / 60, minutes, mb).steps);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the builders', () => {
  const kinds = Object.keys(KIND_DIMENSIONS) as QuantityKind[];
  it('give a product or quotient exactly the kinds whose dimension the operation produces', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.constantFrom(...kinds), fc.constantFrom(...kinds), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (a, b, result, value) => {
        for (const [build, combine] of [
          [multiply, multiplyDimensions],
          [divide, divideDimensions],
        ] as const) {
          const fits = dimensionSymbol(combine(dimensionOf(a), dimensionOf(b))) === dimensionSymbol(dimensionOf(result));
          // The builders' types forbid a wrong kind; the cast shows what stepProblems says of one.
          const step = (build as (...args: unknown[]) => ArithmeticStep)('engine.step.given', amount(a, value), amount(b, value), result);
          expect(stepProblems(step).some((problem) => problem.startsWith('result is'))).toBe(!fits);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('refuse a rate × distance shown as a rate, in the type system', () => {
    // @ts-expect-error bit/s × km is bit·km/s, not bit/s
    expect(stepProblems(multiply('engine.step.given', amount('rate', 1.02e15), amount('distance', 1808), 'rate'))).toEqual(['result is bit·km/s, shown as rate']);
    // @ts-expect-error bit/s ÷ bit/s is a ratio, not years
    expect(stepProblems(divide('engine.step.given', amount('rate', 1.02e15), amount('rate', 133.3e3), 'years'))).toEqual(['result is 1, shown as years']);
  });
  it('stepProblems catches a hand-written step whose result disagrees with its operation', () => {
    const wrong: ArithmeticStep = { label: 'engine.step.given', inputs: [amount('rate', 1.02e15), amount('distance', 1808)], operator: '×', result: amount('rate', 1.84416e18) };
    expect(stepProblems(wrong)).toEqual([expect.stringMatching(/result is bit·km\/s, shown as rate/)]);
    const offByEight: ArithmeticStep = { label: 'engine.step.given', inputs: [amount('size', 1e12), amount('bits-per-byte', 8)], operator: '×', result: amount('bits', 1e12) };
    expect(stepProblems(offByEight)).toEqual([expect.stringMatching(/≠/)]);
  });
});
