/**
 * Where the records chart's canvas text goes, in pixels: the record's callout beside its point
 * and the label of each equal capacity × distance line at the plot's edge, where the line
 * leaves (or enters) the plot, so that no two labels overlap and none covers the callout.
 * Pure: draw.ts measures the text, calls these and draws the boxes they return.
 */

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** The plot area (where the lines are drawn), in canvas pixels. */
export interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when the boxes share more than an edge (with `pad` pixels of clearance). */
export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

/** True when the segment from `a` to `b` passes through the box (Liang–Barsky clipping). */
export function crosses(box: Box, a: Point, b: Point): boolean {
  let [t0, t1] = [0, 1];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.w - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.h - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function inside(box: Box, area: Area): boolean {
  return box.x >= area.left && box.y >= area.top && box.x + box.w <= area.right && box.y + box.h <= area.bottom;
}

const EDGE = 1;

/**
 * Candidate boxes for a line's label, at the plot's edges, next to where the line leaves the
 * plot (along the right or bottom edge) or enters it (along the top or left edge): first on
 * the side where the line moves away from the label, then on the other side, moved along the
 * edge until the line clears the label's nearest corner. `a` is the line's upper-left end, `b`
 * its lower-right end. Boxes that stick out of the plot are left out.
 */
export function edgeCandidates(a: Point, b: Point, w: number, h: number, area: Area, gap = 4): Box[] {
  // Pixels down per pixel right (the lines fall from left to right).
  const slope = Math.max((b.y - a.y) / Math.max(b.x - a.x, 1e-9), 1e-9);
  const first: Box[] = [];
  const then: Box[] = [];
  if (Math.abs(b.x - area.right) <= EDGE) {
    first.push({ x: area.right - gap - w, y: b.y + gap, w, h });
    then.push({ x: area.right - gap - w, y: b.y - slope * (gap + w) - gap - h, w, h });
  }
  if (Math.abs(b.y - area.bottom) <= EDGE) {
    first.push({ x: b.x + gap, y: area.bottom - gap - h, w, h });
    then.push({ x: b.x - (gap + h) / slope - gap - w, y: area.bottom - gap - h, w, h });
  }
  if (Math.abs(a.y - area.top) <= EDGE) {
    first.push({ x: a.x - gap - w, y: area.top + gap, w, h });
    then.push({ x: a.x + (gap + h) / slope + gap, y: area.top + gap, w, h });
  }
  if (Math.abs(a.x - area.left) <= EDGE) {
    first.push({ x: area.left + gap, y: a.y - gap - h, w, h });
    then.push({ x: area.left + gap, y: a.y + slope * (gap + w) + gap, w, h });
  }
  return [...first, ...then].filter((box) => inside(box, area));
}

export interface LineLabel {
  text: string;
  a: Point;
  b: Point;
  w: number;
  h: number;
  /** A shorter text (the number without its unit, which the key gives) for when the whole one fits nowhere. */
  short?: { text: string; w: number };
}
export interface PlacedLabel {
  text: string;
  /** Undefined when no edge position is free: the key still explains the lines. */
  box: Box | undefined;
}

/**
 * Each line's label at the first free edge position: clear of the labels placed before it, of
 * `fixed` (the callout) and of every line (a line through a label reads as that line's label),
 * and if possible of `soft` (the data points). A label with no such place is left out rather
 * than drawn over another: the key still explains the lines.
 */
export function placeLineLabels(lines: readonly LineLabel[], area: Area, fixed: readonly Box[], soft: readonly Box[] = [], pad = 2): PlacedLabel[] {
  const taken: Box[] = [...fixed];
  const clearOfLines = (box: Box) => lines.every((line) => !crosses(box, line.a, line.b));
  const free = (box: Box, avoid: readonly Box[]) => avoid.every((other) => !overlaps(box, other, pad));
  const place = (line: LineLabel, w: number) => {
    const candidates = edgeCandidates(line.a, line.b, w, line.h, area);
    return candidates.find((c) => free(c, taken) && clearOfLines(c) && free(c, soft)) ?? candidates.find((c) => free(c, taken) && clearOfLines(c));
  };
  return lines.map((line) => {
    let text = line.text;
    let box = place(line, line.w);
    if (!box && line.short) [text, box] = [line.short.text, place(line, line.short.w)];
    if (box) taken.push(box);
    return { text, box };
  });
}

/**
 * The record's callout: beside its point on the side with more room, vertically centred on
 * it; where that sticks out of the plot, the other side, then above or below the point
 * (centred on it, kept inside). Never over the point itself (`radius` around it).
 */
export function calloutBox(point: Point, w: number, h: number, area: Area, gap = 16, radius = 10): Box {
  const y = Math.min(Math.max(point.y - h / 2, area.top), area.bottom - h);
  const x = Math.min(Math.max(point.x - w / 2, area.left), area.right - w);
  const rightFirst = point.x < (area.left + area.right) / 2;
  const right = { x: point.x + gap, y, w, h };
  const left = { x: point.x - gap - w, y, w, h };
  const candidates: Box[] = [rightFirst ? right : left, rightFirst ? left : right, { x, y: point.y - radius - 2 - h, w, h }, { x, y: point.y + radius + 2, w, h }];
  const mark = { x: point.x - radius, y: point.y - radius, w: 2 * radius, h: 2 * radius };
  return candidates.find((box) => inside(box, area) && !overlaps(box, mark)) ?? candidates[2]!;
}
