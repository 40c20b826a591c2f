/**
 * Renders a social card to PNG at build time: satori lays the element tree out as SVG with the
 * Noto Sans files from @fontsource/noto-sans (a dependency, so no font is downloaded), and
 * resvg rasterises it. Satori reads TTF, OTF and WOFF but not WOFF2, hence the .woff files:
 * the latin and latin-ext subsets at weights 400 and 700. The fonts are read once per build,
 * not once per card.
 *
 * Japanese: @fontsource/noto-sans-jp ships the same kind of .woff subsets (numbered slices of
 * the glyphs); when /ja/ exists, add it here and list it after Noto Sans, so satori falls back
 * to it for kana and kanji. A glyph no loaded font has fails the build (missingGlyphs below)
 * rather than drawing an empty box.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardText } from './card';

const FONT_FILES = [
  { weight: 400, file: 'noto-sans-latin-400-normal.woff' },
  { weight: 700, file: 'noto-sans-latin-700-normal.woff' },
  { weight: 400, file: 'noto-sans-latin-ext-400-normal.woff' },
  { weight: 700, file: 'noto-sans-latin-ext-700-normal.woff' },
] as const;

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: Promise<SatoriFont[]> | undefined;

function loadFonts(): Promise<SatoriFont[]> {
  const require = createRequire(import.meta.url);
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ weight, file }) => ({
      name: 'Noto Sans',
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/${file}`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The card as SVG text (satori); throws when a character has no glyph in the loaded fonts. */
export async function cardSvg(text: CardText): Promise<string> {
  const missing: string[] = [];
  const svg = await satori(cardTree(text) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
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
