/**
 * /og/<page>.png: every page's social card (Open Graph and Twitter image), 1,200 × 630 PNG,
 * rendered at build time from the same data as the page, one set per published edition: the
 * English cards at /og/<page>.png, the Japanese at /og/ja/<page>.png (cardImagePath).
 * src/components/social/cards.ts lists the cards; card.ts lays one out; render.ts draws it.
 * Pages never load these images: only the og:image meta tags in BaseLayout and EmbedLayout
 * point at them.
 */
import type { APIRoute } from 'astro';
import { cardImagePath, socialCards, type SocialCard } from '../../components/social/cards';
import { cardPng } from '../../components/social/render';
import { translator, type Locale } from '../../i18n';
import { LANGUAGE_TAGS, PUBLISHED_LOCALES } from '../../i18n/routing';
import { siteRoot } from '../../lib/embed';

const DEV_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])$/;

interface Props {
  card: SocialCard;
  locale: Locale;
}

export async function getStaticPaths() {
  const editions = await Promise.all(
    PUBLISHED_LOCALES.map(async (locale) =>
      (await socialCards(locale)).map((card) => ({ params: { slug: cardImagePath(locale, card.slug).replace(/^og\/|\.png$/g, '') }, props: { card, locale } satisfies Props })),
    ),
  );
  return editions.flat();
}

// The card's locale comes from its props: Astro's currentLocale reads the URL's first segment, "og".
export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { card, locale } = props;
  const t = translator(locale);
  // The address people would type ("petabit.example", "user.github.io/petabit-explained"); none
  // for a build without SITE_URL, whose localhost address would mean nothing to a reader.
  const root = new URL(siteRoot(site, import.meta.env.BASE_URL));
  const host = DEV_HOST.test(root.hostname) ? '' : `${root.host}${root.pathname}`.replace(/\/$/, '');
  const png = await cardPng({
    siteName: t('site.name'),
    title: card.title,
    figure: card.figure,
    caption: card.caption,
    tone: card.tone,
    host,
    credit: t('site.card.credit'),
    lang: LANGUAGE_TAGS[locale],
  });
  // A copy on a plain ArrayBuffer: what BodyInit accepts.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
