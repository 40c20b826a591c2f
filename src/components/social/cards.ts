/**
 * Every page's social card (its Open Graph / Twitter image): the title, the headline figure and
 * what the figure is, built from the same data the page uses — articles from the article
 * collection (their frontmatter `card`), widget and embed pages from the widget registry (the
 * widget's default result, widget-figures.ts), lessons and worksheets from the lessons, and the
 * other pages with their title and the record. The endpoint src/pages/og/[...slug].png.ts
 * renders one PNG per card; BaseLayout and EmbedLayout look their page's card up here for
 * og:image and its alt text.
 */
import { fact, factNumber } from '../../data';
import { derivedFigures, formatDerived, type DerivedName } from '../../data/derived';
import { formatFactValue } from '../../lib/fact-format';
import { formatDistance } from '../../lib/format';
import { translator, type Locale, type Translate, type UiKey } from '../../i18n';
import { pathWithoutEdition } from '../../i18n/routing';
import { widgets } from '../widgets/registry';
import { getArticles } from '../article/articles';
import { getLessons } from '../classroom/lessons';
import { widgetFigure, type CardFigure } from './widget-figures';

export interface SocialCard extends CardFigure {
  /** The image's path under the site's base, without ".png": "articles/the-record", "index". */
  slug: string;
  /** The pages (paths under the base, e.g. "widgets/loop/") that use this card. */
  pages: string[];
  title: string;
  /** The card in words, for og:image:alt: title, figure and caption. */
  alt: string;
}

/** The card a page without its own falls back to: the home page's (the built-site check reports any sitemap page that uses it). */
export const FALLBACK_SLUG = 'index';

/**
 * Where a locale's card is built, under the site's base: English cards at og/<slug>.png, each
 * other edition's beside them under its own folder (og/ja/<slug>.png), so og/ holds every card
 * and the built-site check can list them all in one place.
 */
export function cardImagePath(locale: Locale, slug: string): string {
  return `og/${locale === 'en' ? '' : `${locale}/`}${slug}.png`;
}

/** "articles/the-record/" → "articles/the-record"; the home page "" → "index". */
export function slugForPage(page: string): string {
  const trimmed = page
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}

/** The record rate in large type, with its distance and cores as the caption. */
function recordFigure(locale: Locale, t: Translate): CardFigure {
  return {
    figure: formatFactValue(fact('record-rate'), locale),
    caption: t('site.card.record', { distance: formatDistance(factNumber('record-distance'), locale), cores: factNumber('record-cores') }),
  };
}

/** An article's `card` frontmatter as a figure; its fact or derived name must exist. */
export function articleFigure(card: { fact?: string | undefined; derived?: string | undefined; caption: string }, locale: Locale): CardFigure {
  if (card.derived !== undefined) {
    if (!(card.derived in derivedFigures)) throw new Error(`Social card: unknown derived figure "${card.derived}"`);
    return { figure: formatDerived(card.derived as DerivedName, locale), caption: card.caption };
  }
  if (card.fact === undefined) throw new Error('Social card: card needs a fact or a derived figure');
  return { figure: formatFactValue(fact(card.fact), locale), caption: card.caption };
}

function makeCard(slug: string, pages: string[], title: string, figure: CardFigure, t: Translate): SocialCard {
  return { slug, pages, title, ...figure, alt: t('site.card.alt', { title, figure: figure.figure, caption: figure.caption }) };
}

/** Pages whose card is their dictionary title and the record. */
const TITLED_PAGES: readonly { pages: string[]; titleKey: UiKey; englishOnly?: true }[] = [
  { pages: ['articles/'], titleKey: 'articles.title' },
  { pages: ['widgets/'], titleKey: 'widgets.title' },
  { pages: ['classroom/'], titleKey: 'classroom.title' },
  { pages: ['classroom/privacy/'], titleKey: 'classroom.privacy.title' },
  // The classroom address is a redirect to the one glossary: one card for both.
  { pages: ['glossary/', 'classroom/glossary/'], titleKey: 'classroom.glossary.title' },
  { pages: ['sources/'], titleKey: 'sources.title' },
  { pages: ['data/'], titleKey: 'data.title' },
  { pages: ['press/'], titleKey: 'press.title' },
  { pages: ['search/'], titleKey: 'search.title' },
  { pages: ['404.html'], titleKey: 'notFound.title', englishOnly: true },
];

async function buildCards(locale: Locale): Promise<SocialCard[]> {
  const t = translator(locale);
  const record = recordFigure(locale, t);
  const cards: SocialCard[] = [makeCard('index', [''], t('home.hook', { share: formatDerived('share-of-international-bandwidth', locale) }), record, t)];
  // The site has one 404 page (src/pages/404.astro), outside the editions: it has only an English card.
  for (const { pages, titleKey, englishOnly } of TITLED_PAGES) if (locale === 'en' || !englishOnly) cards.push(makeCard(slugForPage(pages[0]!), pages, t(titleKey), record, t));
  for (const article of await getArticles(locale)) {
    const page = `articles/${article.id}/`;
    cards.push(makeCard(slugForPage(page), [page], article.data.title, article.data.card ? articleFigure(article.data.card, locale) : record, t));
  }
  for (const def of widgets) {
    // The widget page and its embed show the same widget in the same default state: one card.
    cards.push(makeCard(`widgets/${def.id}`, [`widgets/${def.id}/`, `embed/${def.id}/`], t(def.titleKey), widgetFigure(def, locale, t), t));
  }
  for (const lesson of await getLessons(locale)) {
    const lessonPage = `classroom/lessons/${lesson.slug}/`;
    cards.push(makeCard(slugForPage(lessonPage), [lessonPage], lesson.data.title, record, t));
    const sheet = lesson.data.worksheet;
    for (const [page, key] of [
      [`classroom/worksheets/${sheet}/`, 'classroom.worksheet.title'],
      [`classroom/worksheets/${sheet}/answers/`, 'classroom.worksheet.answersTitle'],
    ] as const) {
      cards.push(makeCard(slugForPage(page), [page], t(key, { title: lesson.data.title }), record, t));
    }
  }
  return cards;
}

const cache = new Map<Locale, Promise<SocialCard[]>>();

/** Every card for the locale, built once per build (layouts ask for it on every page). */
export function socialCards(locale: Locale): Promise<SocialCard[]> {
  let cards = cache.get(locale);
  if (!cards) {
    cards = buildCards(locale);
    cache.set(locale, cards);
  }
  return cards;
}

/**
 * The card of the page at `pathname` (as in Astro.url, with the base and any edition prefix,
 * "/ja/articles/x/"), from `locale`'s cards; an unknown page gets the home page's card.
 */
export async function cardForPage(pathname: string, base: string, locale: Locale): Promise<SocialCard> {
  const slug = slugForPage(pathWithoutEdition(pathname, base));
  const cards = await socialCards(locale);
  const found = cards.find((card) => card.pages.some((page) => slugForPage(page) === slug));
  const fallback = cards.find((card) => card.slug === FALLBACK_SLUG);
  if (found) return found;
  if (!fallback) throw new Error('Social card: no fallback card');
  return fallback;
}
