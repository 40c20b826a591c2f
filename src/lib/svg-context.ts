/**
 * A stand-in for the canvas 2D context that writes SVG instead of pixels, so that a chart's own
 * drawing code (Chart.js and the charts' plugins) can run at build time and leave a picture in
 * the page: what a reader sees before any script runs, without JavaScript, and in print.
 *
 * Written here because the libraries that do this (canvas2svg, svgcanvas) build their output
 * with a DOM and measure text with a rendered one, and there is neither at build time; the
 * Skia canvases for Node measure with the build machine's fonts and place glyph by glyph. This
 * context measures with a function it is given and leaves the text to the reader's own fonts.
 *
 * It covers the part of the 2D API that Chart.js's scatter chart and the charts' plugins use:
 * paths of lines, rectangles and arcs, fill and stroke, text, clip, dashes, alpha, save and
 * restore, and affine transforms. Colours are written as given, inside `style`, so a CSS
 * `var(--token)` keeps following the page's theme.
 */

/** Width of `text` in CSS pixels when drawn in the CSS `font`. */
export type TextMeasure = (text: string, font: string) => number;

/** [a, b, c, d, e, f] as in DOMMatrix: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

interface DrawState {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineDash: number[];
  lineDashOffset: number;
  lineJoin: string;
  lineCap: string;
  font: string;
  textAlign: string;
  textBaseline: string;
  globalAlpha: number;
  transform: Matrix;
  clip: string | undefined;
}

const ANCHOR: Record<string, string> = { left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end' };
// Canvas baselines by the SVG baselines that put the text in the same place.
const BASELINE: Record<string, string> = {
  top: 'text-before-edge',
  hanging: 'hanging',
  middle: 'central',
  alphabetic: 'alphabetic',
  ideographic: 'ideographic',
  bottom: 'text-after-edge',
};

/** Escapes text for an SVG text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

function multiply(m: Matrix, [a, b, c, d, e, f]: Matrix): Matrix {
  return [m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d, m[0] * e + m[2] * f + m[4], m[1] * e + m[3] * f + m[5]];
}

export class SvgContext {
  readonly canvas: { width: number; height: number };
  #state: DrawState = {
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    lineDash: [],
    lineDashOffset: 0,
    lineJoin: 'miter',
    lineCap: 'butt',
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    globalAlpha: 1,
    transform: [...IDENTITY],
    clip: undefined,
  };
  readonly #saved: DrawState[] = [];
  readonly #elements: string[] = [];
  readonly #defs: string[] = [];
  #path: string[] = [];
  #current: [number, number] | undefined;
  readonly #measure: TextMeasure;
  readonly #idPrefix: string;

  /** `idPrefix` makes the clip paths' ids unique in a page that holds several pictures. */
  constructor(canvas: { width: number; height: number }, measure: TextMeasure, idPrefix: string) {
    this.canvas = canvas;
    this.#measure = measure;
    this.#idPrefix = idPrefix;
  }

  // The drawing state, as properties like the real context's.
  get fillStyle() { return this.#state.fillStyle; } // prettier-ignore
  // As on a canvas, a value that is not a colour is ignored (gradients and patterns are not drawn here).
  set fillStyle(v: string) { if (typeof v === 'string') this.#state.fillStyle = v; } // prettier-ignore
  get strokeStyle() { return this.#state.strokeStyle; } // prettier-ignore
  set strokeStyle(v: string) { if (typeof v === 'string') this.#state.strokeStyle = v; } // prettier-ignore
  get lineWidth() { return this.#state.lineWidth; } // prettier-ignore
  set lineWidth(v: number) { if (Number.isFinite(v) && v > 0) this.#state.lineWidth = v; } // prettier-ignore
  get lineDashOffset() { return this.#state.lineDashOffset; } // prettier-ignore
  set lineDashOffset(v: number) { if (Number.isFinite(v)) this.#state.lineDashOffset = v; } // prettier-ignore
  get lineJoin() { return this.#state.lineJoin; } // prettier-ignore
  set lineJoin(v: string) { this.#state.lineJoin = v; } // prettier-ignore
  get lineCap() { return this.#state.lineCap; } // prettier-ignore
  set lineCap(v: string) { this.#state.lineCap = v; } // prettier-ignore
  get font() { return this.#state.font; } // prettier-ignore
  set font(v: string) { this.#state.font = v; } // prettier-ignore
  get textAlign() { return this.#state.textAlign; } // prettier-ignore
  set textAlign(v: string) { this.#state.textAlign = v; } // prettier-ignore
  get textBaseline() { return this.#state.textBaseline; } // prettier-ignore
  set textBaseline(v: string) { this.#state.textBaseline = v; } // prettier-ignore
  get globalAlpha() { return this.#state.globalAlpha; } // prettier-ignore
  set globalAlpha(v: number) { if (Number.isFinite(v) && v >= 0 && v <= 1) this.#state.globalAlpha = v; } // prettier-ignore

  setLineDash(segments: number[]): void {
    this.#state.lineDash = segments.every((s) => Number.isFinite(s) && s >= 0) ? [...segments] : this.#state.lineDash;
  }
  getLineDash(): number[] {
    return [...this.#state.lineDash];
  }

  save(): void {
    this.#saved.push({ ...this.#state, lineDash: [...this.#state.lineDash], transform: [...this.#state.transform] });
  }
  restore(): void {
    this.#state = this.#saved.pop() ?? this.#state;
  }

  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.#state.transform = [a, b, c, d, e, f];
  }
  resetTransform(): void {
    this.#state.transform = [...IDENTITY];
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.#state.transform = multiply(this.#state.transform, [a, b, c, d, e, f]);
  }
  translate(x: number, y: number): void {
    this.transform(1, 0, 0, 1, x, y);
  }
  scale(x: number, y: number): void {
    this.transform(x, 0, 0, y, 0, 0);
  }
  rotate(angle: number): void {
    this.transform(Math.cos(angle), Math.sin(angle), -Math.sin(angle), Math.cos(angle), 0, 0);
  }

  #point(x: number, y: number): [number, number] {
    const [a, b, c, d, e, f] = this.#state.transform;
    return [a * x + c * y + e, b * x + d * y + f];
  }
  /** How much the transform scales lengths (the charts only ever scale uniformly). */
  #scale(): number {
    const [a, b, c, d] = this.#state.transform;
    return Math.sqrt(Math.abs(a * d - b * c));
  }

  beginPath(): void {
    this.#path = [];
    this.#current = undefined;
  }
  moveTo(x: number, y: number): void {
    this.#current = this.#point(x, y);
    this.#path.push(`M${num(this.#current[0])} ${num(this.#current[1])}`);
  }
  lineTo(x: number, y: number): void {
    if (!this.#current) return this.moveTo(x, y);
    this.#current = this.#point(x, y);
    this.#path.push(`L${num(this.#current[0])} ${num(this.#current[1])}`);
  }
  closePath(): void {
    if (this.#path.length > 0) this.#path.push('Z');
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }
  arc(x: number, y: number, radius: number, start: number, end: number, counterclockwise = false): void {
    const turn = 2 * Math.PI;
    const raw = counterclockwise ? start - end : end - start;
    const sweep = raw >= turn ? turn : ((raw % turn) + turn) % turn;
    const at = (angle: number) => this.#point(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
    const [sx, sy] = at(start);
    this.#path.push(`${this.#current ? 'L' : 'M'}${num(sx)} ${num(sy)}`);
    const r = num(radius * this.#scale());
    const [a, b, c, d] = this.#state.transform;
    // SVG's sweep flag 1 is the canvas's clockwise, unless the transform mirrors the picture.
    const flag = (counterclockwise ? 0 : 1) ^ (a * d - b * c < 0 ? 1 : 0);
    const direction = counterclockwise ? -1 : 1;
    // A whole turn is two half arcs: one SVG arc cannot end where it starts.
    const halves = sweep >= turn ? [start + direction * Math.PI, start + direction * turn] : [start + direction * sweep];
    for (const angle of halves) {
      const [ex, ey] = at(angle);
      const large = sweep > Math.PI && halves.length === 1 ? 1 : 0;
      this.#path.push(`A${r} ${r} 0 ${large} ${flag} ${num(ex)} ${num(ey)}`);
      this.#current = [ex, ey];
    }
  }

  #paint(kind: 'fill' | 'stroke'): string {
    const s = this.#state;
    const parts =
      kind === 'fill'
        ? [`fill:${s.fillStyle}`]
        : [
            'fill:none',
            `stroke:${s.strokeStyle}`,
            `stroke-width:${num(s.lineWidth * this.#scale())}`,
            s.lineJoin === 'miter' ? '' : `stroke-linejoin:${s.lineJoin}`,
            s.lineCap === 'butt' ? '' : `stroke-linecap:${s.lineCap}`,
            s.lineDash.length === 0 ? '' : `stroke-dasharray:${s.lineDash.map((v) => num(v * this.#scale())).join(' ')}`,
            s.lineDash.length === 0 || s.lineDashOffset === 0 ? '' : `stroke-dashoffset:${num(s.lineDashOffset * this.#scale())}`,
          ];
    if (s.globalAlpha < 1) parts.push(`opacity:${num(s.globalAlpha)}`);
    const clip = s.clip === undefined ? '' : ` clip-path="url(#${s.clip})"`;
    return ` style="${escapeXml(parts.filter(Boolean).join(';'))}"${clip}`;
  }
  fill(): void {
    this.#draw('fill');
  }
  stroke(): void {
    this.#draw('stroke');
  }
  fillRect(x: number, y: number, w: number, h: number): void {
    this.#rectangle(x, y, w, h, 'fill');
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    this.#rectangle(x, y, w, h, 'stroke');
  }
  #draw(kind: 'fill' | 'stroke'): void {
    if (this.#path.length > 0) this.#elements.push(`<path d="${this.#path.join('')}"${this.#paint(kind)}/>`);
  }
  /** fillRect and strokeRect draw a rectangle of their own and leave the current path as it was. */
  #rectangle(x: number, y: number, w: number, h: number, kind: 'fill' | 'stroke'): void {
    const [path, current] = [this.#path, this.#current];
    this.beginPath();
    this.rect(x, y, w, h);
    this.#draw(kind);
    [this.#path, this.#current] = [path, current];
  }
  /**
   * Clearing the whole canvas (as Chart.js does before each drawing) starts the picture again;
   * the picture starts transparent, so clearing part of it has nothing to erase.
   */
  clearRect(x: number, y: number, w: number, h: number): void {
    const [left, top] = this.#point(x, y);
    const [right, bottom] = this.#point(x + w, y + h);
    if (left <= 0 && top <= 0 && right >= this.canvas.width && bottom >= this.canvas.height) {
      this.#elements.length = 0;
      this.#defs.length = 0;
    }
  }

  clip(): void {
    const id = `${this.#idPrefix}-clip${this.#defs.length}`;
    // A clip inside a clip is their intersection: the new clip path is itself clipped.
    const outer = this.#state.clip === undefined ? '' : ` clip-path="url(#${this.#state.clip})"`;
    this.#defs.push(`<clipPath id="${id}"${outer}><path d="${this.#path.join('')}"/></clipPath>`);
    this.#state.clip = id;
  }

  measureText(text: string): { width: number } {
    return { width: this.#measure(String(text), this.#state.font) };
  }
  #text(text: string, x: number, y: number, kind: 'fill' | 'stroke'): void {
    const [a, b, c, d, e, f] = this.#state.transform;
    const s = this.#state;
    // A translation moves the text; anything else (the rotated axis title) is a transform.
    const place =
      a === 1 && b === 0 && c === 0 && d === 1
        ? ` x="${num(x + e)}" y="${num(y + f)}"`
        : ` x="${num(x)}" y="${num(y)}" transform="matrix(${[a, b, c, d, e, f].map(num).join(' ')})"`;
    const anchor = ANCHOR[s.textAlign] ?? 'start';
    const baseline = BASELINE[s.textBaseline] ?? 'alphabetic';
    const paint = this.#paint(kind).replace(' style="', ` style="font:${escapeXml(s.font)};`);
    this.#elements.push(`<text${place} text-anchor="${anchor}" dominant-baseline="${baseline}"${paint}>${escapeXml(String(text))}</text>`);
  }
  fillText(text: string, x: number, y: number): void {
    this.#text(text, x, y, 'fill');
  }
  strokeText(text: string, x: number, y: number): void {
    this.#text(text, x, y, 'stroke');
  }

  /** The picture so far: an <svg> sized by its viewBox, for the page to scale. */
  toSvg(attributes = ''): string {
    const { width, height } = this.canvas;
    const defs = this.#defs.length === 0 ? '' : `<defs>${this.#defs.join('')}</defs>`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}"${attributes ? ` ${attributes}` : ''}>${defs}${this.#elements.join('')}</svg>`;
  }
}
