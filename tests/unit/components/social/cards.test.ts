/**
 * Social cards: which figure each page's card shows, and that a card renders as the PNG the
 * meta tags promise. Expected figures are worked out here from the data (bytes × 8 ÷ rate,
 * rate ÷ rate, laps × span), not with the widget code the cards call; the shared formatters
 * only write them out. The built-site check (scripts/lib-social.mjs) covers every page's tags.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fact, factNumber, payload, stream } from '../../../../src/data';
import { formatDerived } from '../../../../src/data/derived';
import { payloadBytes } from '../../../../src/lib/claims';
import { formatFactValue } from '../../../../src/lib/fact-format';
import { formatCount, formatDistance, formatDuration } from '../../../../src/lib/format';
import { rateToBitsPerSecond } from '../../../../src/lib/units';
import { translator } from '../../../../src/i18n';
import { widget, widgets } from '../../../../src/components/widgets/registry';
import { WIDGETS_WITH_FIGURES, widgetFigure } from '../../../../src/components/social/widget-figures';
import { articleFigure, cardForPage, cardImagePath, slugForPage, socialCards } from '../../../../src/components/social/cards';
import { CAPTION_STEPS, FIGURE_STEPS, TITLE_STEPS, cardTree, sizeFor, textLength, type CardNode } from '../../../../src/components/social/card';
import { cardPng, cardSvg } from '../../../../src/components/social/render';
import { parseUnicodeRange, subsetsFor } from '../../../../src/components/social/font-subsets';
import { pngSize } from '../../../../scripts/lib-social.mjs';

const t = translator('en');
const recordBitsPerSecond = rateToBitsPerSecond({ value: factNumber('record-rate'), unit: fact('record-rate').unit as 'Pb/s' });

describe('widget figures', () => {
  it('exist for exactly the widgets in the registry', () => {
    expect([...WIDGETS_WITH_FIGURES].sort()).toEqual(widgets.map((w) => w.id).sort());
  });

  it('are non-empty for every widget, with a caption that does not repeat the figure', () => {
    for (const def of widgets) {
      const { figure, caption } = widgetFigure(def, 'en', t);
      expect(figure.trim(), def.id).not.toBe('');
      expect(caption.trim(), def.id).not.toBe('');
      expect(caption, def.id).not.toContain(figure);
    }
  });

  it('download time: the press’s Netflix library over the record, bytes × 8 ÷ bits per second', () => {
    const seconds = (payloadBytes(payload('netflix-library-press')) * 8) / recordBitsPerSecond;
    expect(widgetFigure(widget('download-time'), 'en', t).figure).toBe(formatDuration(seconds, 'en'));
  });

  it('streams: the record’s rate ÷ one 8K stream’s, in whole streams', () => {
    const count = recordBitsPerSecond / rateToBitsPerSecond(stream('8k').rate);
    expect(widgetFigure(widget('streams'), 'en', t).figure).toBe(formatCount(count, 'en'));
  });

  it('loop: the last lap, laps × span (not the opening lap 0, which shows nothing travelled)', () => {
    const km = factNumber('record-loop-laps') * factNumber('record-loop-span');
    expect(widgetFigure(widget('loop'), 'en', t).figure).toBe(formatDistance(km, 'en'));
  });

  it('unknown widgets fail loudly instead of shipping a card without a figure', () => {
    expect(() => widgetFigure({ id: 'no-such-widget', options: {} }, 'en', t)).toThrow(/no headline figure/);
  });
});

describe('article figures', () => {
  it('read a derived figure or a fact the way <Value> writes it', () => {
    expect(articleFigure({ derived: 'netflix-library-seconds', caption: 'x' }, 'en').figure).toBe(formatDerived('netflix-library-seconds', 'en'));
    expect(articleFigure({ fact: 'record-loop-laps', caption: 'x' }, 'en').figure).toBe(formatFactValue(fact('record-loop-laps'), 'en'));
  });

  it('reject a derived name that does not exist', () => {
    expect(() => articleFigure({ derived: 'no-such-figure', caption: 'x' }, 'en')).toThrow(/unknown derived/);
  });
});

describe('article figures in the frontmatter', () => {
  // Vitest has no content collections (getCollection is empty here), so the frontmatter is read as text.
  const DIR = 'src/content/articles';
  const cards = readdirSync(DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name, line: /^card: \{ (fact|derived): ([a-z0-9-]+), caption: '(.+)' \}$/m.exec(readFileSync(`${DIR}/${name}`, 'utf8')) }));

  it('every article names its card figure, and the name resolves', () => {
    for (const { name, line } of cards) {
      expect(line, name).not.toBeNull();
      const [, kind, id, caption] = line!;
      expect(() => articleFigure({ [kind!]: id, caption: caption! }, 'en'), name).not.toThrow();
    }
  });

  it('the article the issue names shows the Netflix time, bytes × 8 ÷ bits per second', () => {
    const [, kind, id, caption] = cards.find((c) => c.name === 'what-it-means-for-you.mdx')!.line!;
    const seconds = (payloadBytes(payload('netflix-library-press')) * 8) / recordBitsPerSecond;
    expect(articleFigure({ [kind!]: id, caption: caption! }, 'en').figure).toBe(formatDuration(seconds, 'en'));
  });
});

describe('the card list', () => {
  it('gives every page path one card, with distinct image paths', async () => {
    const cards = await socialCards('en');
    const slugs = cards.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const pages = cards.flatMap((c) => c.pages.map(slugForPage));
    expect(new Set(pages).size).toBe(pages.length);
    for (const card of cards) expect(card.alt, card.slug).toContain(card.figure);
  });

  it('names images after page paths', () => {
    expect(slugForPage('')).toBe('index');
    expect(slugForPage('index.html')).toBe('index');
    expect(slugForPage('articles/the-record/')).toBe('articles/the-record');
    expect(slugForPage('/classroom/worksheets/a/answers/')).toBe('classroom/worksheets/a/answers');
    expect(slugForPage('404.html')).toBe('404');
  });
});

describe('the card layout and rendering', () => {
  it('steps type down as text gets longer', () => {
    for (const steps of [TITLE_STEPS, FIGURE_STEPS, CAPTION_STEPS]) {
      const sizes = [1, 40, 80, 200].map((n) => sizeFor(n, steps));
      expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
      expect(sizes[0]).toBeGreaterThan(sizes.at(-1)!);
    }
  });

  const text = { siteName: 'Petabit Explained', title: 'How long would it take?', figure: '0.965 s', caption: 'over the record', host: 'petabit.example', credit: 'CC BY 4.0' };

  it('puts every text in the tree', () => {
    const json = JSON.stringify(cardTree(text));
    for (const value of Object.values(text)) expect(json).toContain(JSON.stringify(value));
  });

  it('renders a 1,200 × 630 PNG well under 300 KB', async () => {
    const png = await cardPng(text);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(300_000);
  });

  it('fails on a character no bundled font has, rather than drawing an empty box', async () => {
    // Hangul and emoji: neither Noto Sans's Latin files nor Noto Sans JP's slices have them.
    await expect(cardSvg({ ...text, title: '페타비트' })).rejects.toThrow(/no font has a glyph/);
    await expect(cardSvg({ ...text, figure: '1 Pb/s 🚀' })).rejects.toThrow(/no font has a glyph/);
  });

  it('draws kana, kanji and Japanese punctuation with Noto Sans JP', async () => {
    const png = await cardPng({ ...text, title: '「ペタビット」って、どれくらい？', caption: '1本の19コア光ファイバで伝送', lang: 'ja' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('counts a full-width character as wide as about two Latin ones, so Japanese steps down sooner', () => {
    expect(textLength('abcd')).toBe(4);
    expect(textLength('光ファイバ')).toBeCloseTo(5 / 0.55);
    expect(textLength('1本')).toBeCloseTo(1 + 1 / 0.55);
    const japanese = 'ワークシート：ペタビットってどれくらい？';
    expect(sizeFor(textLength(japanese), TITLE_STEPS)).toBeLessThan(sizeFor(japanese.length, TITLE_STEPS));
  });

  it('balances Japanese lines (no spaces to break at) and leaves English wrapping alone', () => {
    const style = (tree: CardNode) => JSON.stringify(tree);
    expect(style(cardTree({ ...text, lang: 'ja' }))).toContain('"textWrap":"balance"');
    expect(style(cardTree({ ...text, lang: 'en' }))).not.toContain('textWrap');
    expect(cardTree({ ...text, lang: 'ja' }).props.lang).toBe('ja');
  });
});

describe('font slices', () => {
  it('reads unicode-range lists', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+3041-307f')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x3041, 0x307f],
    ]);
    expect(() => parseUnicodeRange('U+00ZZ')).toThrow(/unicode-range/);
  });

  it('picks only the slices holding characters the loaded fonts lack', () => {
    const slices = new Map([
      ['[1]', parseUnicodeRange('U+30-39,U+3041-307f')],
      ['[2]', parseUnicodeRange('U+30a1-30ff')],
      ['[3]', parseUnicodeRange('U+4e00-9fff')],
    ]);
    const latin = parseUnicodeRange('U+0000-00FF');
    expect(subsetsFor('1.02 Pb/s', slices, latin)).toEqual([]);
    expect(subsetsFor('19コア', slices, latin)).toEqual(['[2]']);
    expect(subsetsFor('光ファイバの', slices, latin)).toEqual(['[1]', '[2]', '[3]']);
  });
});

describe('Japanese cards', () => {
  const ja = translator('ja');

  it('live under og/ja/, English ones directly under og/', () => {
    expect(cardImagePath('en', 'articles/the-record')).toBe('og/articles/the-record.png');
    expect(cardImagePath('ja', 'articles/the-record')).toBe('og/ja/articles/the-record.png');
    expect(cardImagePath('ja', 'index')).toBe('og/ja/index.png');
  });

  it('a /ja/ page gets its own Japanese card, not the home page’s fallback', async () => {
    const card = await cardForPage('/ja/widgets/loop/', '/', 'ja');
    expect(card.slug).toBe('widgets/loop');
    expect(card.title).toBe(ja('widget.loop.title'));
    const underBase = await cardForPage('/petabit/ja/embed/loop/', '/petabit/', 'ja');
    expect(underBase.slug).toBe('widgets/loop');
    expect((await cardForPage('/ja/', '/', 'ja')).title).toBe(ja('home.hook', { share: formatDerived('share-of-international-bandwidth', 'ja') }));
  });

  it('name the widgets’ payloads and streams in Japanese, not with the English data labels', async () => {
    const cards = await socialCards('ja');
    const caption = (id: string) => cards.find((c) => c.slug === `widgets/${id}`)!.caption;
    expect(caption('download-time')).not.toContain(payload('netflix-library-press').label);
    expect(caption('streams')).not.toContain(stream('8k').label);
    for (const id of ['download-time', 'streams', 'your-connection']) expect(caption(id), id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('every Japanese card renders with the bundled fonts (no missing glyph), 1,200 × 630', async () => {
    const cards = await socialCards('ja');
    expect(cards.length).toBeGreaterThan(widgets.length);
    for (const card of cards) {
      const png = await cardPng({
        siteName: ja('site.name'),
        title: card.title,
        figure: card.figure,
        caption: card.caption,
        tone: card.tone,
        host: 'petabit.example',
        credit: ja('site.card.credit'),
        lang: 'ja',
      });
      expect(pngSize(png), card.slug).toEqual({ width: 1200, height: 630 });
    }
  }, 30_000);

  it('every Japanese article’s title and card caption render (read from the frontmatter: Vitest has no collections)', async () => {
    const DIR = 'src/content/articles/ja';
    const names = readdirSync(DIR).filter((name) => name.endsWith('.mdx'));
    expect(names.length).toBe(readdirSync('src/content/articles').filter((name) => name.endsWith('.mdx')).length);
    for (const name of names) {
      const source = readFileSync(`${DIR}/${name}`, 'utf8');
      const title = /^title: '(.+)'$/m.exec(source)?.[1];
      const caption = /^card: \{ (?:fact|derived): [a-z0-9-]+, caption: '(.+)' \}$/m.exec(source)?.[1];
      expect(title, name).toBeDefined();
      expect(caption, name).toBeDefined();
      const svg = cardSvg({ siteName: ja('site.name'), title: title!, figure: '1.02 Pb/s', caption: caption!, host: '', credit: ja('site.card.credit'), lang: 'ja' });
      await expect(svg, name).resolves.toContain('<svg');
    }
  }, 30_000);
});
