/**
 * /oembed/<id>.json (and /ja/oembed/<id>.json): the oEmbed document for each widget in each
 * edition (type "rich"), pointing at that edition's embed page, discovered through the
 * <link rel="alternate" type="application/json+oembed"> on embed and article pages. Its html
 * is a blockquote fallback and the plain snippet with the default state frozen in (see
 * oembedHtml), so it never changes meaning when the site's defaults change. A static file cannot honour `url`/`maxwidth` queries; it does not
 * need to, since every widget has its own document.
 */
import type { APIRoute } from 'astro';
import { widgets } from '../../../components/widgets/registry';
import type { WidgetDefinition } from '../../../components/widgets/types';
import { toLocale, translator } from '../../../i18n';
import { editionRoot, inEveryLocale } from '../../../i18n/routing';
import { freezeState } from '../../../lib/url-state';
import { embedPageUrl, embedSrc, oembedDocument, oembedHtml } from '../../../lib/embed';

export function getStaticPaths() {
  return inEveryLocale(() => widgets.map((def) => ({ params: { id: def.id }, props: { def } })));
}

export const GET: APIRoute<{ def: WidgetDefinition }> = ({ props, site, currentLocale }) => {
  const { def } = props;
  const locale = toLocale(currentLocale);
  const t = translator(locale);
  const root = editionRoot(site, locale);
  const title = t(def.titleKey);
  const src = embedSrc(embedPageUrl(root, def.id), freezeState(def.codec, def.codec.defaults).toString());
  const document = oembedDocument({
    title,
    providerName: t('site.name'),
    providerUrl: root,
    html: oembedHtml({ src, title, heightPx: def.embedHeight, pageUrl: new URL(`widgets/${def.id}/`, root).href, summary: t(def.descriptionKey) }),
    heightPx: def.embedHeight,
  });
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
