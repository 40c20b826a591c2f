/**
 * The social card's layout, as the element tree satori renders (plain objects, as JSX would
 * build them): the site name, the page title, the headline figure in the record's red with
 * what it is beneath, and a footer with the site's address and a credit. 1,200 × 630 px, the
 * size Open Graph and Twitter's large card expect. Colours are the light theme's tokens from
 * src/styles/global.css. Type sizes step down with the text's length so that the longest
 * title the schemas allow, a long figure and a two-line caption still fit inside the margins:
 * text wraps, it is never cut (the steps below were checked by eye on the longest cards).
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
}

/** A satori node: what `<div style={…}>{children}</div>` compiles to. */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children: string | CardNode | (string | CardNode)[] };
}

const node = (style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

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
  const titleSize = sizeFor(text.title.length, TITLE_STEPS);
  const figureSize = sizeFor(text.figure.length, FIGURE_STEPS);
  const captionSize = sizeFor(text.caption.length, CAPTION_STEPS);
  return node(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: CARD_COLORS.bg,
      color: CARD_COLORS.text,
      fontFamily: 'Noto Sans',
      borderTop: `12px solid ${CARD_COLORS.accent}`,
    },
    [
      node({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 72px 0' }, [
        node({ display: 'flex', fontSize: 28, fontWeight: 700, color: CARD_COLORS.accent, letterSpacing: 0.5 }, text.siteName),
        node({ display: 'flex', marginTop: 20, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, text.title),
        node({ display: 'flex', flexDirection: 'column', marginTop: 'auto', paddingBottom: 28 }, [
          node({ display: 'flex', fontSize: figureSize, fontWeight: 700, lineHeight: 1.05, color: text.tone ? TONE_COLORS[text.tone] : CARD_COLORS.record }, text.figure),
          node({ display: 'flex', marginTop: 10, fontSize: captionSize, lineHeight: 1.25, color: CARD_COLORS.muted }, text.caption),
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
}
