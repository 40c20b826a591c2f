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
import type { UiKey } from '../../../i18n/en';
import type { Translate } from '../../../i18n/translate';
import { csvText, type CsvCell } from '../../../lib/csv';

export interface ExportMeta {
  title: string;
  /** "Sources: NICT; TeleGeography", drawn under the visual. */
  source: string;
  /** "Petabit Explained · petabit.example/widgets/…", drawn last. */
  credit: string;
}

export type Visual = { kind: 'canvas'; canvas: HTMLCanvasElement; cssWidth: number; cssHeight: number } | { kind: 'svg'; svg: SVGSVGElement };

/**
 * The part of a Chart.js chart the exporter uses. Structural, not chart.js's type: this module
 * must not import chart.js (the fiber cross-section, an SVG, has none to share).
 */
export interface ChartLike {
  canvas: HTMLCanvasElement;
  /** CSS pixels. */
  width: number;
  height: number;
  options: { devicePixelRatio?: number | undefined };
  resize(): void;
  update(mode?: 'none'): void;
}

/** What a widget hands Downloads.svelte: read on the press, so it is the visual as shown then. */
export type DownloadVisual = { kind: 'chart'; chart: () => ChartLike | undefined } | { kind: 'svg'; svg: () => SVGSVGElement | undefined };

/** A press of a download button, as Downloads.svelte passes it on. */
export interface DownloadRequest {
  t: Translate;
  /** The widget id: files are petabit-<id>.<ext>; its title (widget.<id>.title) heads the PNG and the SVG. */
  id: string;
  visual?: DownloadVisual | undefined;
  /** The numbers shown, one row per table row, units in the header. */
  table: () => { header: string[]; rows: CsvCell[][] };
}

/**
 * The title, and the source and credit lines: this site's addresses as the reader reached them
 * (the embed page is on this site too), so a saved file says where its figures come from.
 */
function metaOf({ t, id }: DownloadRequest): ExportMeta {
  const site = new URL(import.meta.env.BASE_URL, location.href);
  const address = (path: string) => {
    const url = new URL(path, site);
    return `${url.host}${url.pathname}`;
  };
  return {
    title: t(`widget.${id}.title` as UiKey),
    source: t('shell.download.source', { sources: address('sources/') }),
    credit: t('shell.download.credit', { site: t('site.name'), url: address(`widgets/${id}/`) }),
  };
}

/** Makes and saves one file; returns the message that says so. */
export async function download(kind: 'png' | 'svg' | 'csv', request: DownloadRequest): Promise<string> {
  const fileName = `petabit-${request.id}.${kind}`;
  if (kind === 'csv') {
    const { header, rows } = request.table();
    saveCsv(header, rows, fileName);
  } else {
    const { visual } = request;
    const drawn = visual?.kind === 'svg' ? visual.svg() : visual?.chart();
    if (!drawn) throw new Error('nothing drawn to save');
    if (drawn instanceof SVGSVGElement && kind === 'svg') saveSvg(drawn, metaOf(request), fileName);
    else {
      const picture: Visual = drawn instanceof SVGSVGElement ? { kind: 'svg', svg: drawn } : chartSnapshot(drawn);
      // The page's theme (light or dark) is set on the root element: the file takes its colours.
      saveBlob(await pngBlob(picture, metaOf(request), document.body), fileName);
    }
  }
  return request.t('shell.download.done', { file: fileName });
}

const SCALE = 2;
const PAD = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * A copy of a chart redrawn at twice its CSS size: Chart.js draws again at that pixel ratio (so
 * text and lines are sharp, not the screen's pixels scaled up), the copy is taken, and the
 * chart goes back to the screen's ratio, all in one task, so the reader never sees it change.
 */
export function chartSnapshot(chart: ChartLike): Visual {
  const ratio = chart.options.devicePixelRatio;
  const redraw = (value: number | undefined) => {
    chart.options.devicePixelRatio = value;
    chart.resize();
    chart.update('none');
  };
  redraw(SCALE);
  const copy = document.createElement('canvas');
  copy.width = chart.canvas.width;
  copy.height = chart.canvas.height;
  copy.getContext('2d')?.drawImage(chart.canvas, 0, 0);
  const visual: Visual = { kind: 'canvas', canvas: copy, cssWidth: chart.width, cssHeight: chart.height };
  redraw(ratio);
  return visual;
}

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

/**
 * Lines of `text` that fit `width` at the context's current font. Lines break after a " · "
 * first, so the credit's parts ("CC BY 4.0") stay whole; a part wider than a line breaks at
 * its spaces.
 */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const fits = (candidate: string) => context.measureText(candidate).width <= width;
  const lines: string[] = [];
  let line = '';
  const add = (piece: string, joiner: string) => {
    const candidate = line ? `${line}${joiner}${piece}` : piece;
    if (line && !fits(candidate)) {
      lines.push(line.trimEnd());
      line = piece;
    } else line = candidate;
  };
  const parts = text.split(' · ');
  parts.forEach((part, i) => {
    const piece = i < parts.length - 1 ? `${part} ·` : part;
    if (fits(piece)) add(piece, ' ');
    else for (const word of piece.split(/\s+/)) add(word, ' ');
  });
  if (line) lines.push(line);
  return lines;
}

/**
 * The colours of the widget as the reader sees it, so the file matches the page's theme. The
 * tokens are light-dark() pairs, which a canvas cannot read: a probe inside `element` lets the
 * browser resolve each one to the colour actually used.
 */
function colorsOf(element: Element): { background: string; text: string; muted: string } {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  element.append(probe);
  const resolve = (token: string, fallback: string) => {
    probe.style.color = fallback;
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color || fallback;
  };
  const colors = { background: resolve('--surface', '#ffffff'), text: resolve('--text', '#111111'), muted: resolve('--muted', '#555555') };
  probe.remove();
  return colors;
}

/** A 2D context to measure text with (wrapping the SVG's title and credit lines). */
function measuringContext(): CanvasRenderingContext2D {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  return context;
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
  const colors = colorsOf(svg.parentElement ?? svg);
  const width = Math.round(box.width) + 2 * PAD;
  const measure = measuringContext();
  measure.font = `700 16px ${FONT}`;
  const titleLines = wrap(measure, meta.title, width - 2 * PAD);
  measure.font = `11px ${FONT}`;
  const footLines = [...wrap(measure, meta.source, width - 2 * PAD), ...wrap(measure, meta.credit, width - 2 * PAD)];
  const header = PAD + titleLines.length * 20 + 4;
  const footer = 8 + footLines.length * 14 + 8;
  const height = Math.round(box.height) + header + footer;
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(header));
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = (texts: string[], top: number, step: number, attributes: string) =>
    texts.map((text, i) => `<text x="${PAD}" y="${top + i * step}" ${attributes}>${escape(text)}</text>`).join('');
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family='${FONT}'>` +
    `<title>${escape(meta.title)}</title><rect width="100%" height="100%" fill="${colors.background}"/>` +
    lines(titleLines, PAD + 14, 20, `font-size="16" font-weight="700" fill="${colors.text}"`) +
    new XMLSerializer().serializeToString(clone) +
    lines(footLines, header + Math.round(box.height) + 8 + 11, 14, `font-size="11" fill="${colors.muted}"`) +
    `</svg>`;
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
  const measure = measuringContext();
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
