/**
 * A QR code as one SVG path, drawn at build time (uqr encodes; no service, no runtime script),
 * so a printed worksheet leads a phone back to its page. Dark modules on one row are merged into
 * runs, which keeps the path a few KB instead of one square per module.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** SVG path data, one unit per module. */
  d: string;
}

/** Quiet zone around the symbol, in modules: ISO/IEC 18004 asks for four. */
export const QR_QUIET_ZONE = 4;

export function qrPath(text: string): QrPath {
  // Error correction M survives a fold or a smudge on paper and keeps a page URL at version 3–4.
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      runs.push(`M${start + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: size + 2 * QR_QUIET_ZONE, d: runs.join('') };
}
