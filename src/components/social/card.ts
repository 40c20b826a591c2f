/**
 * The social card's layout, as the element tree satori renders (plain objects, as JSX would
 * build them): the site name, the page title, the headline figure in the record's red with
 * what it is beneath, and a footer with the site's address and a credit. 1,200 × 630 px, the
 * size Open Graph and Twitter's large card expect. Colours are the light theme's tokens from
 * src/styles/global.css. Type sizes step down with the text's length so that the longest
 * title the schemas allow, a long figure and a two-line caption still fit inside the margins:
 * text wraps, it is never cut (the steps below were checked by eye on the longest cards).
 * Japanese text counts each full-width character as the two Latin ones it is about as wide as
 * (textLength), so the same steps fit it; it wraps between any two characters except before
 * closing punctuation, as Japanese does (satori's line breaking with lang="ja"), to balanced lines.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Light-theme tokens (src/styles/global.css: --bg, --surface-2, --text, --muted, --accent, --record, --border). */
export const CARD_COLORS = { bg: '#fbfaf7', band: '#f1efe8', text: '#1b1d22', muted: '#525866', accent: '#0b57d0', record: '#b3261e', border: '#d7d4ca' } as const;
/** A verdict's figure in its tone's colour (--ok, --warn, --bad), as the claim-check widget shows it. */
export const TONE_COLORS = { ok: '#146c2e', warn: '#8a5300', bad: '#b3261e' } as const;

export interface CardText {
  siteName: string;
  title: string;
  figure: string;
  caption: string;
  /** Colour the figure by a verdict's tone instead of the record's red. */
  tone?: keyof typeof TONE_COLORS | undefined;
  /** The site's address as people type it ("petabit.example"); empty to leave it out. */
  host: string;
  credit: string;
  /** The text's language as a BCP 47 tag ("en", "ja"): satori's line breaking follows it. */
  lang?: string | undefined;
}

/** A satori node: what `<div style={…}>{children}</div>` compiles to. */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children: string | CardNode | (string | CardNode)[]; lang?: string };
}

const node = (style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

/**
 * Wide characters: CJK punctuation, kana, kanji and full-width forms (and Hangul), which Noto
 * Sans JP draws 1 em wide, against Noto Sans's 0.55 em for an average Latin character.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
export const WIDE_CHARACTER_WEIGHT = 1 / 0.55;

/** Languages written without spaces between words, whose card text wraps to balanced lines. */
const BALANCED_LANGUAGES = new Set(['ja']);

/** A text's length in average Latin characters: what the size steps' limits count. */
export function textLength(text: string): number {
  let length = 0;
  for (const char of text) length += WIDE.test(char) ? WIDE_CHARACTER_WEIGHT : 1;
  return length;
}

/**
 * Font size for a text of this length: the first step whose character limit it is within.
 * Noto Sans averages about 0.55 em per character, so at 1,056 px of line a step of
 * `size` px holds about 1,056 ÷ (0.55 × size) characters a line; each step's limit keeps the
 * text within its line budget (title three lines, figure one or two, caption two).
 */
export function sizeFor(length: number, steps: readonly (readonly [maxChars: number, px: number])[]): number {
  const step = steps.find(([maxChars]) => length <= maxChars) ?? steps.at(-1);
  if (!step) throw new Error('sizeFor needs at least one step');
  return step[1];
}

export const TITLE_STEPS = [
  [32, 64],
  [64, 54],
  [Infinity, 44],
] as const;
export const FIGURE_STEPS = [
  [14, 112],
  [22, 88],
  [Infinity, 68],
] as const;
export const CAPTION_STEPS = [
  [70, 32],
  [Infinity, 26],
] as const;

export function cardTree(text: CardText): CardNode {
  const titleSize = sizeFor(textLength(text.title), TITLE_STEPS);
  const figureSize = sizeFor(textLength(text.figure), FIGURE_STEPS);
  const captionSize = sizeFor(textLength(text.caption), CAPTION_STEPS);
  // Japanese breaks between any two characters, so a title one character too long for its line
  // would leave that character alone on the next; balanced lines share the text out instead.
  const wrap = text.lang !== undefined && BALANCED_LANGUAGES.has(text.lang) ? { textWrap: 'balance' } : {};
  const card = node(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: CARD_COLORS.bg,
      color: CARD_COLORS.text,
      // The other fonts render.ts loads (Noto Sans JP's slices) draw what this one lacks: kana, kanji, 「」、。
      fontFamily: 'Noto Sans',
      borderTop: `12px solid ${CARD_COLORS.accent}`,
    },
    [
      node({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 72px 0' }, [
        node({ display: 'flex', fontSize: 28, fontWeight: 700, color: CARD_COLORS.accent, letterSpacing: 0.5 }, text.siteName),
        node({ display: 'flex', marginTop: 20, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, ...wrap }, text.title),
        node({ display: 'flex', flexDirection: 'column', marginTop: 'auto', paddingBottom: 28 }, [
          node({ display: 'flex', fontSize: figureSize, fontWeight: 700, lineHeight: 1.05, color: text.tone ? TONE_COLORS[text.tone] : CARD_COLORS.record }, text.figure),
          node({ display: 'flex', marginTop: 10, fontSize: captionSize, lineHeight: 1.25, color: CARD_COLORS.muted, ...wrap }, text.caption),
        ]),
      ]),
      node(
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          padding: '18px 72px',
          backgroundColor: CARD_COLORS.band,
          borderTop: `1px solid ${CARD_COLORS.border}`,
          fontSize: 22,
          color: CARD_COLORS.muted,
        },
        [node({ display: 'flex', fontWeight: 700, color: CARD_COLORS.text }, text.host === '' ? [] : text.host), node({ display: 'flex' }, text.credit)],
      ),
    ],
  );
  if (text.lang !== undefined) card.props.lang = text.lang;
  return card;
}
