import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index';
import {
  MAX_BASE_VALUE,
  allPrefixes,
  formatBits,
  formatByteRate,
  formatQuantityLong,
  formatRate,
  formatSize,
  formatSizeBinary,
  parseQuantity,
  rateToBitsPerSecond,
  sizeToBytes,
  prefixLadder,
} from '../../../src/lib/units';
import { InputError, type InputProblem } from '../../../src/lib/input';
import { conversionSteps } from '../../../src/components/widgets/units/core';

const t = translator('en');

function problemOf(run: () => unknown): InputProblem | 'no error' | 'other error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    return error instanceof InputError ? error.problem : 'other error';
  }
}

function expectClose(actual: number, expected: number, relative = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);
}

describe('rateToBitsPerSecond and sizeToBytes', () => {
  it('scale by the decimal prefix exactly and convert bytes and bits', () => {
    expect(rateToBitsPerSecond({ value: 1.02, unit: 'Pb/s' })).toBe(1.02e15);
    expect(rateToBitsPerSecond({ value: 127.5, unit: 'TB/s' })).toBe(127.5e12 * 8);
    expect(sizeToBytes({ value: 123, unit: 'TB' })).toBe(123e12);
    expect(sizeToBytes({ value: 8, unit: 'Gb' })).toBe(1e9);
    expect(sizeToBytes({ value: 1e-7, unit: 'EB' })).toBe(1e11);
  });
});

describe('parseQuantity', () => {
  const cases: [string, 'rate' | 'size', number, string, boolean][] = [
    ['1.02 Pb/s', 'rate', 1.02e15, 'Pb/s', false],
    ['127.5 TB/s', 'rate', 127.5e12 * 8, 'TB/s', false],
    ['100 GB', 'size', 100e9, 'GB', false],
    ['10 Gbps', 'rate', 10e9, 'Gb/s', false],
    ['10 gbps', 'rate', 10e9, 'Gb/s', false],
    ['10 GBps', 'rate', 10e9 * 8, 'GB/s', false],
    ['10 GBPS', 'rate', 10e9, 'Gb/s', false],
    ['10 Gbit/s', 'rate', 10e9, 'Gb/s', false],
    ['300 Mbit/s', 'rate', 300e6, 'Mb/s', false],
    ['1.02 petabits per second', 'rate', 1.02e15, 'Pb/s', false],
    ['100 gigabytes', 'size', 100e9, 'GB', false],
    ['25 Gb/s', 'rate', 25e9, 'Gb/s', false],
    ['1 MB', 'size', 1e6, 'MB', false],
    ['4 GiB', 'size', 4 * 2 ** 30, 'GiB', true],
    ['1 TiB', 'size', 2 ** 40, 'TiB', true],
    ['3 Gibit/s', 'rate', 3 * 2 ** 30, 'Gibit/s', true],
    ['2 kibibytes', 'size', 2048, 'KiB', true],
    ['1e3 kB', 'size', 1e6, 'kB', false],
    ['1,808 GB', 'size', 1808e9, 'GB', false],
    ['1,234,567 B', 'size', 1234567, 'B', false],
    ['  5   MB  ', 'size', 5e6, 'MB', false],
    ['5MB', 'size', 5e6, 'MB', false],
    ['８ ＧＢ', 'size', 8e9, 'GB', false],
    ['8\u00a0GB', 'size', 8e9, 'GB', false],
    ['100 gb', 'size', 100e9 / 8, 'Gb', false],
    ['8 bits', 'size', 1, 'b', false],
    ['1 byte/s', 'rate', 8, 'B/s', false],
    ['56 kbps', 'rate', 56e3, 'kb/s', false],
    ['2 KB', 'size', 2e3, 'kB', false],
    ['1 kilobit per sec', 'rate', 1e3, 'kb/s', false],
    ['2 Zb/s', 'rate', 2e21, 'Zb/s', false],
    ['+3 EB', 'size', 3e18, 'EB', false],
    ['.5 TB', 'size', 0.5e12, 'TB', false],
  ];
  it.each(cases)('reads %s', (text, kind, base, unit, binary) => {
    const parsed = parseQuantity(text);
    expect(parsed.kind).toBe(kind);
    expect(parsed.unit).toBe(unit);
    expect(parsed.binary).toBe(binary);
    expectClose(parsed.base, base);
  });

  it('keeps the typed number and is exact for data values', () => {
    const parsed = parseQuantity('1.02 Pb/s');
    expect(parsed.value).toBe(1.02);
    expect(parsed.base).toBe(1.02e15);
    expect(parsed.bits).toBe(true);
    expect(parsed.prefix).toBe('P');
  });

  it.each<[string, InputProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['GB', 'not-a-number'],
    ['1,5 TB', 'not-a-number'],
    ['1.2.3 GB', 'not-a-number'],
    ['100', 'no-unit'],
    ['100 furlongs', 'unknown-unit'],
    ['100 ib', 'unknown-unit'],
    ['100 GB/h', 'unknown-unit'],
    ['-5 GB', 'negative'],
    ['−5 GB', 'negative'],
    ['0 GB', 'zero'],
    ['0.000 Mb/s', 'zero'],
    ['1e-400 GB', 'too-small'],
    ['1e-7 b/s', 'too-small'],
    ['-5', 'negative'],
    ['0', 'zero'],
    ['1e400', 'too-large'],
    ['1e400 GB', 'too-large'],
    ['1e308 PB', 'too-large'],
    ['2e30 B', 'too-large'],
  ])('rejects "%s" as %s', (text, problem) => {
    expect(problemOf(() => parseQuantity(text))).toBe(problem);
  });

  it('accepts the documented ceiling and refuses just above it', () => {
    expect(parseQuantity('1e30 B').base).toBe(MAX_BASE_VALUE);
    expect(problemOf(() => parseQuantity('1.001e30 B'))).toBe('too-large');
    expect(parseQuantity('1.25e29 B/s').base).toBe(MAX_BASE_VALUE); // bytes per second × 8 = the ceiling in bits
    expect(problemOf(() => parseQuantity('1.26e29 B/s'))).toBe('too-large');
  });

  it('says when a field got the wrong kind of quantity', () => {
    expect(problemOf(() => parseQuantity('100 GB', 'rate'))).toBe('wrong-kind');
    expect(problemOf(() => parseQuantity('10 Gb/s', 'size'))).toBe('wrong-kind');
    expect(parseQuantity('10 Gb/s', 'rate').base).toBe(10e9);
  });

  it('never throws anything but InputError, whatever is typed', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    const plausible = fc
      .tuple(
        fc.constantFrom('', '-', '+', ' '),
        fc.double({ noNaN: false }),
        fc.constantFrom(' ', ''),
        fc.constantFrom('GB', 'Gb/s', 'gibibytes', 'bps', 'x', 'Kib', 'ib', 'BPS', ''),
      )
      .map(([sign, n, space, unit]) => `${sign}${String(n)}${space}${unit}`);
    fc.assert(
      fc.property(fc.oneof(anyText, plausible), (text) => {
        const outcome = problemOf(() => parseQuantity(text));
        expect(outcome).not.toBe('other error');
        if (outcome === 'no error') {
          const parsed = parseQuantity(text);
          expect(Number.isFinite(parsed.base) && parsed.base > 0 && parsed.base <= MAX_BASE_VALUE).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('bits are 8 × bytes: "v XB" holds 8 times the bits of "v Xb"', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.constantFrom('', 'k', 'M', 'G', 'T', 'P', 'E'), fc.boolean(), (value, prefix, isRate) => {
        const suffix = isRate ? '/s' : '';
        // Rates are based in bits/s and sizes in bytes, but either way the byte form is 8× the bit form.
        const inBytes = parseQuantity(`${value} ${prefix}B${suffix}`).base;
        const inBits = parseQuantity(`${value} ${prefix}b${suffix}`).base;
        expectClose(inBytes, inBits * 8);
      }),
    );
  });
});

describe('formatRate, formatByteRate, formatSize, formatBits', () => {
  it('choose the prefix that puts the number between 1 and 1000', () => {
    expect(formatRate(1.02e15, 'en')).toBe('1.02 Pb/s');
    expect(formatByteRate(1.02e15 / 8, 'en')).toBe('127.5 TB/s');
    expect(formatSize(123e12, 'en')).toBe('123 TB');
    expect(formatBits(123e12 * 8, 'en')).toBe('984 Tb');
    expect(formatRate(24.05e12, 'en')).toBe('24.05 Tb/s');
    expect(formatRate(0.5, 'en')).toBe('0.5 b/s');
    expect(formatSize(1, 'en')).toBe('1 B');
    expect(formatSize(3e24, 'en')).toBe('3 YB');
  });
  it('rounds before choosing the prefix (no "1,000 Gb/s")', () => {
    expect(formatRate(999.96e9, 'en')).toBe('1 Tb/s');
  });
  it('honours a fixed prefix and the significant digits', () => {
    expect(formatRate(1.02e15, 'en', { prefix: 'T' })).toBe('1,020 Tb/s');
    expect(formatSize(123_456_789, 'en', { prefix: '', maximumSignificantDigits: 15 })).toBe('123,456,789 B');
    expect(formatSize(123_456_789, 'en', { maximumSignificantDigits: 2 })).toBe('120 MB');
  });
  it('uses the locale for the digits', () => {
    expect(formatRate(1.02e15, 'de')).toBe('1,02 Pb/s');
  });
  it('throw RangeError on NaN and Infinity', () => {
    for (const format of [formatRate, formatByteRate, formatSize, formatBits, formatSizeBinary]) {
      expect(() => format(Number.NaN, 'en')).toThrow(RangeError);
      expect(() => format(Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError);
    }
  });
  it('round-trip through parseQuantity within the 4 significant digits shown', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e21, noNaN: true }), (value) => {
        expectClose(parseQuantity(formatRate(value, 'en')).base, value, 5e-4);
        expectClose(parseQuantity(formatSize(value, 'en')).base, value, 5e-4);
        expectClose(parseQuantity(formatBits(value, 'en')).base, value / 8, 5e-4);
        expectClose(parseQuantity(formatByteRate(value, 'en')).base, value * 8, 5e-4);
      }),
      { numRuns: 1000 },
    );
  });
  it('never print NaN, Infinity or e+ from 1e-12 to 1e30', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e30, noNaN: true }), fc.boolean(), (magnitude, negative) => {
        const value = negative ? -magnitude : magnitude;
        for (const text of [formatRate(value, 'en'), formatByteRate(value, 'en'), formatSize(value, 'en'), formatBits(value, 'en'), formatSizeBinary(value, 'en')]) {
          expect(text).not.toMatch(/NaN|Infinity|e\+/);
        }
      }),
    );
  });
});

describe('formatSizeBinary', () => {
  it('uses powers of 1024', () => {
    expect(formatSizeBinary(4e9, 'en')).toBe('3.73 GiB');
    expect(formatSizeBinary(2 ** 40, 'en')).toBe('1 TiB');
    expect(formatSizeBinary(1000, 'en')).toBe('1,000 B');
    expect(formatSizeBinary(2 ** 20 - 1, 'en')).toBe('1 MiB'); // rounds before choosing the prefix
  });
});

describe('formatQuantityLong', () => {
  it('spells the unit out, singular only for exactly one', () => {
    expect(formatQuantityLong('rate', 1.02e15, 'en', t)).toBe('1.02 petabits per second');
    expect(formatQuantityLong('rate', 1e15, 'en', t)).toBe('1 petabit per second');
    expect(formatQuantityLong('byte-rate', 1.275e14, 'en', t)).toBe('127.5 terabytes per second');
    expect(formatQuantityLong('size', 123e12, 'en', t)).toBe('123 terabytes');
    expect(formatQuantityLong('bits', 8, 'en', t)).toBe('8 bits');
    expect(formatQuantityLong('size', 1, 'en', t)).toBe('1 byte');
  });
});

describe('allPrefixes', () => {
  it('lists base unit to exa in bits and bytes, each row the same quantity', () => {
    const base = 1.02e15;
    const rows = allPrefixes('rate', base);
    expect(rows.map((row) => row.bits.unit)).toEqual(['b/s', 'kb/s', 'Mb/s', 'Gb/s', 'Tb/s', 'Pb/s', 'Eb/s']);
    expect(rows.map((row) => row.bytes.unit)).toEqual(['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s', 'PB/s', 'EB/s']);
    rows.forEach((row, step) => {
      expectClose(row.bits.value * 1000 ** step, base);
      expectClose(row.bits.value, row.bytes.value * 8);
    });
    const sizes = allPrefixes('size', 123e12);
    expect(sizes[4]).toMatchObject({ prefix: 'T', bits: { unit: 'Tb' }, bytes: { unit: 'TB' } });
    expectClose(sizes[4]!.bytes.value, 123);
    expectClose(sizes[4]!.bits.value, 123 * 8);
  });
  it('keeps bits = 8 × bytes for every prefix and value', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e27, noNaN: true }), fc.constantFrom<'rate' | 'size'>('rate', 'size'), (base, kind) => {
        for (const row of allPrefixes(kind, base)) expectClose(row.bits.value, row.bytes.value * 8);
      }),
    );
  });
});

describe('conversionSteps', () => {
  it('writes the prefix out, then bytes to bits', () => {
    const steps = conversionSteps(parseQuantity('100 GB'));
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatchObject({ operator: '=', inputs: [{ kind: 'size', value: 100e9, format: { prefix: 'G' } }], result: { kind: 'size', value: 100e9 } });
    expect(steps[1]).toMatchObject({ label: 'engine.step.bytesToBits', operator: '×', result: { kind: 'bits', value: 100e9 * 8 } });
  });
  it('goes from bits to bytes for a bit rate and skips the prefix step without a prefix', () => {
    const steps = conversionSteps(parseQuantity('80 b/s'));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ label: 'engine.step.bitsToBytes', operator: '÷', result: { kind: 'byte-rate', value: 10 } });
  });
  it('uses powers of two for binary prefixes', () => {
    const steps = conversionSteps(parseQuantity('4 GiB'));
    expect(steps[0]!.result.value).toBe(4 * 2 ** 30);
    expect(steps[0]!.inputs[0]!.format?.binary).toBe(true);
    expect(steps[0]!.label).toBe('engine.step.binaryPrefixToBase');
  });
});

describe('prefixLadder', () => {
  it('climbs from kilo to exa in steps of a thousand', () => {
    const ladder = prefixLadder();
    expect(ladder.map((r) => r.prefix)).toEqual(['k', 'M', 'G', 'T', 'P', 'E']);
    expect(ladder.map((r) => r.exponent)).toEqual([3, 6, 9, 12, 15, 18]);
    expect(ladder.map((r) => r.factor)).toEqual([1e3, 1e6, 1e9, 1e12, 1e15, 1e18]);
    expect(prefixLadder('T').at(-1)?.prefix).toBe('T');
  });
});
