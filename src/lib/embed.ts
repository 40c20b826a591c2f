/**
 * Embeds, the pure part: the URLs and HTML snippets a journalist copies, the oEmbed document,
 * and the height-message protocol between an embed page and the page that frames it.
 *
 * Protocol (also in README "Embed a widget"): the embed page posts
 *   { type: 'petabit:height', id, height }            to its parent, on load and on every resize;
 *   { secret, message: 'height', value: height }       too, when its URL has `#?secret=…` (WordPress);
 * and re-posts when its parent sends { type: 'petabit:ping' } (or WordPress's { message: 'ready',
 * secret }). The loader (public/embed.js, which mirrors isHeightMessage below and is tested
 * against it) applies a height only from one of its own iframes' windows, only from the site's
 * origin, and only within HEIGHT_LIMITS.
 */

export const HEIGHT_MESSAGE_TYPE = 'petabit:height';
export const PING_MESSAGE_TYPE = 'petabit:ping';

/** Heights outside this range are treated as bugs or forgeries and ignored (px). */
export const HEIGHT_LIMITS = { min: 50, max: 5000 } as const;

/** WordPress clamps the heights it receives from untrusted oEmbed iframes to this range (px). */
export const WORDPRESS_HEIGHT_LIMITS = { min: 200, max: 1000 } as const;

/** The phone width (px) at which each widget's recommended embed height must avoid scrolling;
 * also the width the oEmbed document announces. */
export const EMBED_DESIGN_WIDTH = 375;

export type EmbedTheme = 'auto' | 'light' | 'dark';
export const EMBED_THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** The widget id; informational (the loader trusts the sending window, not this field). */
  id: string;
  height: number;
}

export interface WordPressHeightMessage {
  secret: string;
  message: 'height';
  value: number;
}

/** True for a message the loader will act on: right type, a finite height within the limits. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE_TYPE && typeof height === 'number' && height >= HEIGHT_LIMITS.min && height <= HEIGHT_LIMITS.max;
}

export function heightMessage(id: string, heightPx: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, id, height: Math.ceil(heightPx) };
}

/** WordPress appends `#?secret=<10 alphanumerics>` to the iframe URL; anything else is no secret. */
export function wordpressSecret(hash: string): string | undefined {
  return /[?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1];
}

export function wordpressHeightMessage(secret: string, heightPx: number): WordPressHeightMessage {
  return { secret, message: 'height', value: Math.ceil(heightPx) };
}

// ── URLs ─────────────────────────────────────────────────────────────────────────────────

/** The site's root URL (origin + base path, ending in "/"), from Astro.site and BASE_URL. */
export function siteRoot(site: URL | string | undefined, base: string): string {
  if (site === undefined) throw new Error('astro.config must set `site`: embed snippets need absolute URLs.');
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return new URL(path, site).href;
}

export const embedPageUrl = (root: string, id: string): string => new URL(`embed/${id}/`, root).href;
export const oembedUrl = (root: string, id: string): string => new URL(`oembed/${id}.json`, root).href;
export const loaderUrl = (root: string): string => new URL('embed.js', root).href;
export const pressPageUrl = (root: string): string => new URL('press/', root).href;

/** The iframe src: the embed page with the widget state and, unless 'auto', the theme. */
export function embedSrc(pageUrl: string, stateQuery: string, theme: EmbedTheme = 'auto'): string {
  const url = new URL(pageUrl);
  url.search = stateQuery;
  if (theme !== 'auto') url.searchParams.set('theme', theme);
  return url.href;
}

/**
 * The widget state to freeze into a snippet, read from the page URL: every parameter of the
 * frozen defaults, overridden by the page's `<prefix><name>` value where there is one. The
 * widget keeps the page URL in step with what the reader sees (url-state.svelte.ts), so this
 * is the reader's current state; only names the widget knows are taken from the page.
 */
export function currentStateQuery(frozenDefaults: string, pageSearch: string, prefix: string): string {
  const out = new URLSearchParams(frozenDefaults);
  const page = new URLSearchParams(pageSearch);
  for (const name of new Set(out.keys())) {
    const value = page.get(prefix + name);
    if (value !== null) out.set(name, value);
  }
  return out.toString();
}

// ── Snippets ─────────────────────────────────────────────────────────────────────────────

export interface SnippetOptions {
  /** Absolute iframe src (see embedSrc). */
  src: string;
  /** Accessible name of the iframe: the widget title. */
  title: string;
  /** Recommended height in px. */
  heightPx: number;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The iframe on its own. Size and border are given twice on purpose: the style attribute is
 * what browsers use, and the width/height/frameborder attributes survive CMSs (and WordPress)
 * that strip styles, so the recommended height still avoids a layout shift and a scrollbar.
 */
export function plainSnippet({ src, title, heightPx }: SnippetOptions): string {
  const height = Math.ceil(heightPx);
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" ` +
    `width="100%" height="${height}" frameborder="0" style="width:100%;height:${height}px;border:0"></iframe>`
  );
}

/** The iframe plus the loader script that sizes it to its content. */
export function responsiveSnippet(options: SnippetOptions & { loaderSrc: string }): string {
  return `${plainSnippet(options)}\n<script src="${escapeAttribute(options.loaderSrc)}" async></script>`;
}

// ── oEmbed ───────────────────────────────────────────────────────────────────────────────

/**
 * The oEmbed html: a <blockquote> fallback (the widget's title linked to its page, and one
 * sentence) followed by the plain snippet, the shape WordPress's own provider writes. WordPress
 * keeps only <blockquote>, <a href> and the iframe's plain attributes, and it loads its resizer
 * (wp-embed.js, which acts on our height and link messages) only when such a blockquote comes
 * before the iframe; it hides the blockquote once the frame sends its first message. Other
 * consumers show it as a caption above the widget, which still reads sensibly.
 */
export function oembedHtml(options: SnippetOptions & { pageUrl: string; summary: string }): string {
  const fallback = `<blockquote><a href="${escapeAttribute(options.pageUrl)}">${escapeAttribute(options.title)}</a>: ${escapeAttribute(options.summary)}</blockquote>`;
  return `${fallback}${plainSnippet(options)}`;
}

/** The fields oEmbed 1.0 requires of a "rich" response, plus the optional ones we fill. */
export interface OembedDocument {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

export function oembedDocument(options: {
  title: string;
  providerName: string;
  providerUrl: string;
  /** oembedHtml: fallback and plain snippet (oEmbed consumers such as WordPress strip scripts anyway). */
  html: string;
  heightPx: number;
}): OembedDocument {
  return {
    type: 'rich',
    version: '1.0',
    title: options.title,
    provider_name: options.providerName,
    provider_url: options.providerUrl,
    html: options.html,
    width: EMBED_DESIGN_WIDTH,
    height: Math.ceil(options.heightPx),
    cache_age: 86_400,
  };
}

/** Ids of the widgets an MDX body places with `<WidgetFrame id="…">`, in order, once each
 * (for the article page's oEmbed discovery links). */
export function widgetIdsInMarkup(source: string): string[] {
  const ids: string[] = [];
  for (const match of source.matchAll(/<WidgetFrame\b[^>]*?\bid=(["'])([a-z0-9-]+)\1/g)) {
    const id = match[2];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
