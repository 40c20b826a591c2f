/**
 * Turns a widget's visual and numbers into files a journalist can use: a PNG at twice the
 * on-screen size with the title, the source line and the site's credit drawn in; the SVG itself,
 * standalone (computed styles written onto its elements, the same three lines added as text);
 * and CSV. Browser-only, and loaded on the first press of a download button (Downloads.svelte),
 * so no page pays for it up front.
 *
 * Drawing the frame by hand on a canvas: a screenshot library (html2canvas and the like) would
 * weigh more than everything else in a widget and still need the title and credit added.
 */
import { csvText, type CsvCell } from '../../../lib/csv';

export interface ExportMeta {
  title: string;
  /** "Sources: NICT; TeleGeography", drawn under the visual. */
  source: string;
  /** "Petabit Explained · petabit.example/widgets/…", drawn last. */
  credit: string;
}

export type Visual = { kind: 'canvas'; canvas: HTMLCanvasElement; cssWidth: number; cssHeight: number } | { kind: 'svg'; svg: SVGSVGElement };

const SCALE = 2;
const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Saves a Blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], fileName: string): void {
  // A byte-order mark so spreadsheet programs read the file as UTF-8 ("µs", "×").
  saveBlob(new Blob(['\ufeff', csvText(header, rows)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Lines of `text` that fit `width` at the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The colours of the widget as the reader sees it, so the file matches the page's theme. */
function colorsOf(element: Element): { background: string; text: string; muted: string } {
  const style = getComputedStyle(element);
  const surface = style.getPropertyValue('--surface').trim() || '#ffffff';
  return { background: surface, text: style.getPropertyValue('--text').trim() || '#111111', muted: style.getPropertyValue('--muted').trim() || '#555555' };
}

/** A standalone copy of an SVG: every element carries its computed paint and type. */
function standaloneSvg(svg: SVGSVGElement, meta: ExportMeta): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const properties = [
    'fill',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
    'opacity',
    'fill-opacity',
    'stroke-opacity',
    'font-family',
    'font-size',
    'font-weight',
    'text-anchor',
    'dominant-baseline',
    'visibility',
  ];
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    copy.setAttribute('style', properties.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';'));
    copy.removeAttribute('class');
  });
  const colors = colorsOf(svg);
  const header = 36;
  const footer = 40;
  const width = Math.round(box.width) + 2 * PAD;
  const height = Math.round(box.height) + header + footer;
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(header));
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family='${FONT}'>` +
    `<title>${escape(meta.title)}</title><rect width="100%" height="100%" fill="${colors.background}"/>` +
    `<text x="${PAD}" y="24" font-size="16" font-weight="700" fill="${colors.text}">${escape(meta.title)}</text>` +
    new XMLSerializer().serializeToString(clone) +
    `<text x="${PAD}" y="${height - 22}" font-size="11" fill="${colors.muted}">${escape(meta.source)}</text>` +
    `<text x="${PAD}" y="${height - 8}" font-size="11" fill="${colors.muted}">${escape(meta.credit)}</text></svg>`;
  return { markup, width, height };
}

export function saveSvg(svg: SVGSVGElement, meta: ExportMeta, fileName: string): void {
  saveBlob(new Blob([standaloneSvg(svg, meta).markup], { type: 'image/svg+xml' }), fileName);
}

async function imageOf(visual: Visual, meta: ExportMeta): Promise<{ image: CanvasImageSource; width: number; height: number; framed: boolean }> {
  if (visual.kind === 'canvas') return { image: visual.canvas, width: visual.cssWidth, height: visual.cssHeight, framed: false };
  // An SVG already carries its title and credit (standaloneSvg): drawn as one picture.
  const { markup, width, height } = standaloneSvg(visual.svg, meta);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  return { image, width, height, framed: true };
}

/** The visual as a PNG at twice its on-screen size, with title, source and credit. */
export async function pngBlob(visual: Visual, meta: ExportMeta, themeElement: Element): Promise<Blob> {
  const { image, width, height, framed } = await imageOf(visual, meta);
  const colors = colorsOf(themeElement);
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  measure.font = `700 18px ${FONT}`;
  const titleLines = framed ? [] : wrap(measure, meta.title, width);
  measure.font = `12px ${FONT}`;
  const footLines = framed ? [] : [...wrap(measure, meta.source, width), ...wrap(measure, meta.credit, width)];
  const top = framed ? 0 : PAD + titleLines.length * 24 + 8;
  const bottom = framed ? 0 : 8 + footLines.length * 16 + PAD;
  const side = framed ? 0 : PAD;

  const canvas = document.createElement('canvas');
  canvas.width = (width + 2 * side) * SCALE;
  canvas.height = (height + top + bottom) * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(SCALE, SCALE);
  context.fillStyle = colors.background;
  context.fillRect(0, 0, width + 2 * side, height + top + bottom);
  context.drawImage(image, side, top, width, height);
  if (!framed) {
    context.textBaseline = 'alphabetic';
    context.fillStyle = colors.text;
    context.font = `700 18px ${FONT}`;
    titleLines.forEach((line, i) => context.fillText(line, side, PAD + 18 + i * 24));
    context.fillStyle = colors.muted;
    context.font = `12px ${FONT}`;
    footLines.forEach((line, i) => context.fillText(line, side, top + height + 8 + 12 + i * 16));
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
