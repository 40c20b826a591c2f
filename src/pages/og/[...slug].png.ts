/**
 * /og/<page>.png: every page's social card (Open Graph and Twitter image), 1,200 × 630 PNG,
 * rendered at build time from the same data as the page (src/components/social/cards.ts lists
 * the cards; card.ts lays one out; render.ts draws it). Pages never load these images: only
 * the og:image meta tags in BaseLayout and EmbedLayout point at them.
 */
import type { APIRoute } from 'astro';
import { socialCards, type SocialCard } from '../../components/social/cards';
import { cardPng } from '../../components/social/render';
import { toLocale, translator } from '../../i18n';
import { siteRoot } from '../../lib/embed';

const DEV_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])$/;

export async function getStaticPaths() {
  const cards = await socialCards(toLocale(undefined));
  return cards.map((card) => ({ params: { slug: card.slug }, props: { card } }));
}

export const GET: APIRoute<{ card: SocialCard }> = async ({ props, site, currentLocale }) => {
  const { card } = props;
  const t = translator(toLocale(currentLocale));
  // The address people would type ("petabit.example", "user.github.io/petabit-explained"); none
  // for a build without SITE_URL, whose localhost address would mean nothing to a reader.
  const root = new URL(siteRoot(site, import.meta.env.BASE_URL));
  const host = DEV_HOST.test(root.hostname) ? '' : `${root.host}${root.pathname}`.replace(/\/$/, '');
  const png = await cardPng({ siteName: t('site.name'), title: card.title, figure: card.figure, caption: card.caption, tone: card.tone, host, credit: t('site.card.credit') });
  // A copy on a plain ArrayBuffer: what BodyInit accepts.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
