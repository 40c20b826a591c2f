import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvText } from '../../../src/lib/csv';
import { parseCsv } from '../../support/csv';

describe('csvCell', () => {
  it('quotes commas, quotes, line breaks and edge spaces, and nothing else', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1.02)).toBe('1.02');
  });
  it('round-trips any text through a CSV reader', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = `${cells.map(csvCell).join(',')}\r\n`;
        expect(parseCsv(line)).toEqual([cells]);
      }),
    );
  });
});

describe('csvText', () => {
  it('writes the header and rows, and a CSV reader gets them back', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.tuple(fc.array(fc.string(), { minLength: width, maxLength: width }), fc.array(fc.array(fc.string(), { minLength: width, maxLength: width }), { maxLength: 5 })),
          ),
        ([header, rows]) => {
          expect(parseCsv(csvText(header, rows))).toEqual([header, ...rows]);
        },
      ),
    );
  });
  it('refuses a row that does not match the header', () => {
    expect(() => csvText(['a', 'b'], [['1']])).toThrow(RangeError);
  });
});
