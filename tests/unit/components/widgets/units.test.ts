import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLAIN_MAX, PLAIN_MIN, binaryPrefixNote, bitsBytesTrap, formatReadable, power, unitsCodecFor, unitsTable } from '../../../../src/components/widgets/units/core';
import { DEFAULT_QUANTITY, unitsCodec } from '../../../../src/components/widgets/units/options';
import { link } from '../../../../src/data';
import { InputError } from '../../../../src/lib/input';
import { parseQuantity } from '../../../../src/lib/units';
import { parseState, serializeState } from '../../../../src/lib/url-state';
import { expectCodecSurvivesHostileQueries } from '../../hostile-queries';

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);

describe('units: the table', () => {
  it('opens on the record’s rate from the data', () => {
    const record = link('record-2025');
    expect(DEFAULT_QUANTITY).toBe(`${record.rate.value} ${record.rate.unit}`);
    expect(unitsCodec.defaults.value).toBe(DEFAULT_QUANTITY);
    expect(() => unitsCodecFor({ defaultQuantity: 'fast' })).toThrow('does not parse');
  });

  it('lays 127.5 TB/s out in bits and bytes for every prefix, highlighting T in bytes', () => {
    const table = unitsTable('127.5 TB/s');
    expect(table.rows.map((r) => r.prefix)).toEqual(['', 'k', 'M', 'G', 'T', 'P', 'E']);
    expect(table.typedPrefix).toBe('T');
    expect(table.typedBits).toBe(false);
    table.rows.forEach((row, step) => {
      close(row.bytes.value, 127.5e12 / 1000 ** step);
      close(row.bits.value, (127.5e12 * 8) / 1000 ** step);
    });
    close(table.rows[5]!.bits.value, 1.02); // 127.5 TB/s is 1.02 Pb/s
  });

  it('reads binary prefixes and highlights their decimal twin', () => {
    const table = unitsTable('4 GiB');
    expect(table.typedPrefix).toBe('G');
    close(table.rows[3]!.bytes.value, (4 * 1024 ** 3) / 1e9);
    const note = binaryPrefixNote(table.quantity);
    expect(note).toMatchObject({ prefix: 'Gi', step: 3, factor: 1_073_741_824, decimal: { unit: 'GB' } });
    close(note!.decimal.value, 4.294967296);
    const bitRate = binaryPrefixNote(parseQuantity('2 Kibit/s'))!;
    expect(bitRate.decimal.unit).toBe('kb/s');
    close(bitRate.decimal.value, 2.048);
    expect(binaryPrefixNote(parseQuantity('4 GB'))).toBeUndefined();
  });

  it('adds zetta and yotta rows only for quantities that reach them', () => {
    expect(unitsTable('100 GB').rows).toHaveLength(7);
    expect(unitsTable('2 ZB').rows.at(-1)?.prefix).toBe('Z');
    expect(unitsTable('200 Zb').rows.at(-1)?.prefix).toBe('Z');
    expect(unitsTable('1000000 YB').rows.at(-1)?.prefix).toBe('Y');
  });

  it('gives the conversion steps of the engine, ending in the other counting unit', () => {
    const { steps } = unitsTable('100 GB');
    expect(steps.at(-1)?.result).toEqual({ kind: 'bits', value: 100e9 * 8 });
  });

  it('refuses what the engine refuses', () => {
    expect(() => unitsTable('12 parsecs')).toThrow(InputError);
    expect(() => unitsTable('')).toThrow(InputError);
    expect(() => unitsTable('-4 GB')).toThrow(InputError);
    expect(() => unitsTable('1e308 GB')).toThrow(InputError);
  });
});

describe('units: the ×8 trap', () => {
  it('uses the typed numbers: 1.02 Pb/s is 127.5 TB/s, misread as 1.02 PB/s it is 8× too big', () => {
    const trap = bitsBytesTrap(parseQuantity('1.02 Pb/s'));
    expect(trap.bits).toEqual({ kind: 'rate', value: 1.02e15 });
    close(trap.bytes.value, 127.5e12);
    expect(trap.bytes.kind).toBe('byte-rate');
    // Read as bytes, the same digits mean 8 times as many bits.
    expect(trap.bitsReadAsBytes).toEqual({ kind: 'byte-rate', value: 1.02e15 });
    close(trap.bitsReadAsBytes.value * 8, trap.bits.value * 8);
    close(trap.bytesReadAsBits.value, 127.5e12);
    expect(trap.bytesReadAsBits.kind).toBe('rate');
  });
  it('works for sizes', () => {
    const trap = bitsBytesTrap(parseQuantity('100 GB'));
    expect(trap.bits).toEqual({ kind: 'bits', value: 800e9 });
    expect(trap.bytes).toEqual({ kind: 'size', value: 100e9 });
  });
  it('keeps bits = 8 × bytes for any quantity', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), fc.constantFrom('b', 'B', 'Gb/s', 'TB/s', 'KiB', 'Mibit/s'), (value, unit) => {
        const trap = bitsBytesTrap(parseQuantity(`${value} ${unit}`));
        close(trap.bits.value, trap.bytes.value * 8);
      }),
    );
  });
});

describe('units: readable cells', () => {
  it('prints every digit inside the plain range', () => {
    expect(formatReadable(1.02e15, 'en')).toBe('1,020,000,000,000,000');
    expect(formatReadable(0.0001275, 'en')).toBe('0.0001275');
    expect(formatReadable(PLAIN_MIN, 'en')).toBe('0.000001');
  });
  it('switches to powers of ten outside it', () => {
    expect(formatReadable(8e30, 'en')).toBe('8 × 10³⁰');
    expect(formatReadable(1e-7, 'en')).toBe('1 × 10⁻⁷');
    expect(formatReadable(PLAIN_MAX, 'en')).toBe('1 × 10¹⁸');
    expect(formatReadable(1.275e20, 'en')).toBe('1.275 × 10²⁰');
    expect(power(1024, 3, 'en')).toBe('1,024³');
  });
  it('never prints e+, NaN or Infinity, and stays short, for any cell of any accepted quantity', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-30, max: 1e24, noNaN: true }), fc.constantFrom('b', 'B', 'kb/s', 'PB/s', 'Eb', 'YB', 'GiB', 'Tibit/s'), (value, unit) => {
        let table;
        try {
          table = unitsTable(`${value} ${unit}`);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        for (const row of table.rows) {
          for (const cell of [row.bits.value, row.bytes.value]) {
            const text = formatReadable(cell, 'en');
            expect(text).not.toMatch(/e[+-]|NaN|Infinity/i);
            // 15 significant digits, grouping and at most 6 leading zeros: never a wall of digits.
            expect(text.length).toBeLessThanOrEqual(30);
            const back = Number(
              text.replace(/,/g, '').replace(
                / × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/,
                (_, e: string) =>
                  `e${[...e]
                    .map((c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))
                    .map((i) => (i === 0 ? '-' : String(i - 1)))
                    .join('')}`,
              ),
            );
            expect(Math.abs(back - cell)).toBeLessThanOrEqual(Math.abs(cell) * 1e-13);
          }
        }
      }),
    );
  });
});

describe('units: URL state', () => {
  it('round-trips a typed quantity and writes nothing for the default', () => {
    const state = { value: '4 GiB' };
    expect(parseState(unitsCodec, serializeState(unitsCodec, state)).state).toEqual(state);
    expect(serializeState(unitsCodec, unitsCodec.defaults).toString()).toBe('');
  });
  it('drops text the engine cannot read, with a notice', () => {
    for (const bad of ['12 parsecs', '<img src=x>', '1e999 Pb/s', '-3 GB', 'fast']) {
      const { state, notices } = parseState(unitsCodec, new URLSearchParams({ value: bad }));
      expect(state).toEqual(unitsCodec.defaults);
      expect(notices.map((n) => n.param)).toEqual(['value']);
    }
  });
  it('survives hostile queries', () => {
    expectCodecSurvivesHostileQueries(
      (q) => parseState(unitsCodec, q, 'un.').state,
      (state) => unitsCodec.params.value.parse(state.value) !== undefined && unitsTable(state.value).rows.length >= 7,
      10_000,
      { keys: ['un.value', 'value'] },
    );
  });
});
