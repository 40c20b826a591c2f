/**
 * Renders a social card to PNG at build time: satori lays the element tree out as SVG with the
 * Noto Sans files from @fontsource/noto-sans and Noto Sans JP from @fontsource/noto-sans-jp
 * (dependencies, so no font is downloaded), and resvg rasterises it. Satori reads TTF, OTF and
 * WOFF but not WOFF2, hence the .woff files, at weights 400 and 700: Noto Sans's latin and
 * latin-ext subsets for every card, then, listed after them so that Latin letters and digits
 * keep Noto Sans's shapes, the Noto Sans JP slices holding the card's kana, kanji and Japanese
 * punctuation (font-subsets.ts picks them from the package's unicode.json). Font files are
 * read once per build, not once per card. A glyph no loaded font has fails the build
 * (cardSvg below) rather than drawing an empty box.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardText } from './card';
import { parseUnicodeRange, subsetsFor, type CodeRanges } from './font-subsets';

const WEIGHTS = [400, 700] as const;
const LATIN_SUBSETS = ['latin', 'latin-ext'] as const;
const JAPANESE = { family: 'Noto Sans JP', pkg: '@fontsource/noto-sans-jp', file: 'noto-sans-jp' } as const;

type SatoriFont = { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: 'normal' };

const require = createRequire(import.meta.url);
const files = new Map<string, Promise<Buffer>>();

/** A font file from a package, read once per build. */
function fontFile(path: string): Promise<Buffer> {
  let data = files.get(path);
  if (!data) {
    data = readFile(require.resolve(path));
    files.set(path, data);
  }
  return data;
}

/** A Fontsource package's unicode.json: each subset's name and its unicode-range. */
function unicodeRanges(pkg: string): Map<string, CodeRanges> {
  const json = require(`${pkg}/unicode.json`) as Record<string, string>;
  return new Map(Object.entries(json).map(([name, range]) => [name, parseUnicodeRange(range)]));
}

let latinCoverage: CodeRanges | undefined;
let japaneseSlices: Map<string, CodeRanges> | undefined;

/** The characters Noto Sans's loaded subsets hold, and Noto Sans JP's numbered slices ("[0]" … "[119]"). */
function coverage(): { latin: CodeRanges; slices: Map<string, CodeRanges> } {
  if (!latinCoverage) {
    const noto = unicodeRanges('@fontsource/noto-sans');
    latinCoverage = LATIN_SUBSETS.flatMap((name) => noto.get(name) ?? []);
  }
  // Noto Sans JP's own latin, latin-ext, cyrillic and vietnamese subsets stay out: Noto Sans draws those.
  japaneseSlices ??= new Map([...unicodeRanges(JAPANESE.pkg)].filter(([name]) => /^\[\d+\]$/.test(name)));
  return { latin: latinCoverage, slices: japaneseSlices };
}

/**
 * Noto Sans for every card, then the Noto Sans JP slices this text needs. Each file gets its
 * own family name: satori keeps only the first font of a name and weight and silently drops
 * the rest, so two files both called "Noto Sans" at 700 would lose the second's glyphs. The
 * card asks for "Noto Sans" (the latin file); satori falls back to the others in this order.
 */
async function fontsFor(text: string): Promise<SatoriFont[]> {
  const { latin, slices } = coverage();
  const wanted = [
    ...LATIN_SUBSETS.map((subset, i) => ({
      name: i === 0 ? 'Noto Sans' : `Noto Sans ${subset}`,
      path: (weight: number) => `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
    })),
    ...subsetsFor(text, slices, latin).map((slice) => ({
      name: `${JAPANESE.family} ${slice}`,
      path: (weight: number) => `${JAPANESE.pkg}/files/${JAPANESE.file}-${slice.slice(1, -1)}-${weight}-normal.woff`,
    })),
  ];
  return Promise.all(wanted.flatMap(({ name, path }) => WEIGHTS.map(async (weight) => ({ name, weight, data: await fontFile(path(weight)), style: 'normal' as const }))));
}

/** The card as SVG text (satori); throws when a character has no glyph in the loaded fonts. */
export async function cardSvg(text: CardText): Promise<string> {
  const missing: string[] = [];
  const svg = await satori(cardTree(text) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await fontsFor([text.siteName, text.title, text.figure, text.caption, text.host, text.credit].join('')),
    // Satori asks for more fonts only for characters none of the given fonts has.
    loadAdditionalAsset: async (_code: string, segment: string) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length > 0) throw new Error(`Social card "${text.title}": no font has a glyph for ${JSON.stringify(missing.join(''))}`);
  return svg;
}

/** The card as a 1,200 × 630 PNG. */
export async function cardPng(text: CardText): Promise<Buffer> {
  const svg = await cardSvg(text);
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
