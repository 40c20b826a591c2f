import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath, QR_QUIET_ZONE } from '../../../src/lib/qr';

/** Reads the path back into a set of dark cells: every run is "M x y h w v1 h-w z". */
function darkCells(d: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(w); i += 1) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

describe('qrPath', () => {
  const url = 'https://petabit.example/classroom/worksheets/how-big-is-a-petabit/';
  const { size, d } = qrPath(url);
  const matrix = encode(url, { ecc: 'M', border: 0 });

  it('leaves a four-module quiet zone on every side', () => {
    expect(size).toBe(matrix.size + 8);
    const cells = [...darkCells(d)].map((c) => c.split(',').map(Number) as [number, number]);
    expect(Math.min(...cells.map(([x]) => x))).toBe(QR_QUIET_ZONE);
    expect(Math.min(...cells.map(([, y]) => y))).toBe(QR_QUIET_ZONE);
    expect(Math.max(...cells.map(([x]) => x))).toBe(size - QR_QUIET_ZONE - 1);
  });

  it('draws exactly the dark modules of the symbol, no more, no fewer', () => {
    const cells = darkCells(d);
    let dark = 0;
    matrix.data.forEach((row, y) =>
      row.forEach((on, x) => {
        if (on) dark += 1;
        expect(cells.has(`${x + QR_QUIET_ZONE},${y + QR_QUIET_ZONE}`), `${x},${y}`).toBe(on);
      }),
    );
    expect(cells.size).toBe(dark);
  });

  it('has the three finder patterns (7 dark modules along the top of each)', () => {
    const cells = darkCells(d);
    const q = QR_QUIET_ZONE;
    const last = size - q - 7;
    for (const [x0, y0] of [
      [q, q],
      [last, q],
      [q, last],
    ] as const) {
      for (let i = 0; i < 7; i += 1) expect(cells.has(`${x0 + i},${y0}`)).toBe(true);
    }
  });
});
