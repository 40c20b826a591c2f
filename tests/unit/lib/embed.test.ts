import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  EMBED_DESIGN_WIDTH,
  HEIGHT_LIMITS,
  HEIGHT_MESSAGE_TYPE,
  currentStateQuery,
  embedPageUrl,
  embedSrc,
  heightMessage,
  isHeightMessage,
  loaderUrl,
  pressPageUrl,
  oembedDocument,
  oembedHtml,
  oembedUrl,
  plainSnippet,
  responsiveSnippet,
  siteRoot,
  widgetIdsInMarkup,
  wordpressHeightMessage,
  wordpressSecret,
} from '../../../src/lib/embed';

/** Parses a snippet the way a browser would, without a DOM: attributes of the first tag named. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}\\b([^>]*)>`).exec(html)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of open.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
    const decoded = (m[2] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    out[m[1] ?? ''] = decoded;
  }
  return out;
}

describe('isHeightMessage', () => {
  it('accepts exactly the finite heights within the limits', () => {
    fc.assert(
      fc.property(fc.double(), (height) => {
        const expected = Number.isFinite(height) && height >= HEIGHT_LIMITS.min && height <= HEIGHT_LIMITS.max;
        expect(isHeightMessage({ type: HEIGHT_MESSAGE_TYPE, id: 'x', height })).toBe(expected);
      }),
    );
    expect(isHeightMessage({ type: HEIGHT_MESSAGE_TYPE, height: 50 })).toBe(true);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE_TYPE, height: 49.9 })).toBe(false);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE_TYPE, height: 5000 })).toBe(true);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE_TYPE, height: 5001 })).toBe(false);
  });
  it('rejects other shapes: strings, other types, null, WordPress messages', () => {
    for (const data of [
      null,
      undefined,
      300,
      '300',
      { type: HEIGHT_MESSAGE_TYPE, height: '300' },
      { type: 'other', height: 300 },
      { message: 'height', value: 300, secret: 'abc' },
      [HEIGHT_MESSAGE_TYPE, 300],
    ]) {
      expect(isHeightMessage(data), JSON.stringify(data)).toBe(false);
    }
  });
  it('accepts what heightMessage builds for sane heights, rounded up to whole pixels', () => {
    fc.assert(
      fc.property(fc.double({ min: HEIGHT_LIMITS.min, max: HEIGHT_LIMITS.max - 1, noNaN: true }), (height) => {
        const message = heightMessage('w', height);
        expect(message.height).toBe(Math.ceil(height));
        expect(message.height - height).toBeLessThan(1);
        expect(isHeightMessage(message)).toBe(true);
      }),
    );
  });
});

describe('WordPress messages', () => {
  it('finds the secret WordPress appends as #?secret=…', () => {
    expect(wordpressSecret('#?secret=a1B2c3D4e5')).toBe('a1B2c3D4e5');
    expect(wordpressSecret('#?foo=1&secret=abc')).toBe('abc');
    expect(wordpressSecret('')).toBeUndefined();
    expect(wordpressSecret('#?secret=')).toBeUndefined();
    expect(wordpressSecret('#?secret=<script>')).toBeUndefined();
    expect(wordpressSecret('#?notsecret=abc')).toBeUndefined();
  });
  it('builds the { secret, message: "height", value } shape', () => {
    expect(wordpressHeightMessage('abc', 412.2)).toEqual({ secret: 'abc', message: 'height', value: 413 });
  });
});

describe('URLs', () => {
  it('derives the root from site and base, with or without slashes', () => {
    expect(siteRoot(new URL('https://example.org'), '/')).toBe('https://example.org/');
    expect(siteRoot('https://example.org/ignored', '/petabit/')).toBe('https://example.org/petabit/');
    expect(siteRoot('https://example.org', 'petabit')).toBe('https://example.org/petabit/');
    expect(() => siteRoot(undefined, '/')).toThrow(/site/);
  });
  it('places the embed pages, oEmbed documents and loader under the root', () => {
    const root = 'https://example.org/petabit/';
    expect(embedPageUrl(root, 'streams')).toBe('https://example.org/petabit/embed/streams/');
    expect(oembedUrl(root, 'streams')).toBe('https://example.org/petabit/oembed/streams.json');
    expect(loaderUrl(root)).toBe('https://example.org/petabit/embed.js');
    expect(pressPageUrl(root)).toBe('https://example.org/petabit/press/');
  });
  it('puts the state in the query and the theme only when it is not auto', () => {
    const page = 'https://example.org/embed/streams/';
    expect(embedSrc(page, 'a=1&b=x%2Cy')).toBe('https://example.org/embed/streams/?a=1&b=x%2Cy');
    expect(new URL(embedSrc(page, 'a=1', 'dark')).searchParams.get('theme')).toBe('dark');
    expect(new URL(embedSrc(page, 'a=1', 'auto')).searchParams.has('theme')).toBe(false);
  });
});

describe('currentStateQuery', () => {
  const defaults = 'size=10&mode=a&items=x';
  it('overrides the frozen defaults with the page’s prefixed values, keeping every parameter', () => {
    const query = new URLSearchParams(currentStateQuery(defaults, '?dt.size=42&dt.items=y%2Cz&other.mode=c', 'dt.'));
    expect(Object.fromEntries(query)).toEqual({ size: '42', mode: 'a', items: 'y,z' });
  });
  it('takes only the names the widget knows, and only with its own prefix', () => {
    const query = new URLSearchParams(currentStateQuery(defaults, '?dt.evil=1&mode=c&theme=dark', 'dt.'));
    expect(Object.fromEntries(query)).toEqual({ size: '10', mode: 'a', items: 'x' });
  });
  it('never drops or invents a parameter, whatever the page URL holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (pageParams) => {
        const search = new URLSearchParams(pageParams).toString();
        const keys = [...new URLSearchParams(currentStateQuery(defaults, search, 'dt.')).keys()];
        expect(keys).toEqual(['size', 'mode', 'items']);
      }),
    );
  });
});

describe('snippets', () => {
  const options = { src: 'https://example.org/embed/streams/?a=1&b=2', title: 'How many "8K" streams? <fit>', heightPx: 612.4 };

  it('builds a lazy, borderless, full-width iframe at the recommended height', () => {
    const html = plainSnippet(options);
    const iframe = attributesOf(html, 'iframe');
    expect(iframe['src']).toBe(options.src);
    expect(iframe['title']).toBe(options.title);
    expect(iframe['loading']).toBe('lazy');
    expect(iframe['height']).toBe('613');
    expect(iframe['style']).toBe('width:100%;height:613px;border:0');
    expect(iframe['frameborder']).toBe('0');
    expect(html.endsWith('</iframe>')).toBe(true);
    expect(html).not.toContain('<script');
  });
  it('escapes attribute text so a title cannot break out of the tag', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const html = plainSnippet({ ...options, title });
        expect(attributesOf(html, 'iframe')['title']).toBe(title);
        expect(html.match(/</g)?.length).toBe(2);
      }),
    );
  });
  it('adds the async loader after the same iframe for the responsive snippet', () => {
    const html = responsiveSnippet({ ...options, loaderSrc: 'https://example.org/embed.js' });
    const [iframe, script] = html.split('\n');
    expect(iframe).toBe(plainSnippet(options));
    expect(attributesOf(script ?? '', 'script')).toEqual({ src: 'https://example.org/embed.js', async: '' });
  });
});

describe('oembedDocument', () => {
  it('has every field oEmbed 1.0 requires of a rich response', () => {
    const html = plainSnippet({ src: 'https://example.org/embed/x/', title: 'X', heightPx: 480 });
    const doc = oembedDocument({ title: 'X', providerName: 'Petabit Explained', providerUrl: 'https://example.org/', html, heightPx: 480 });
    expect(doc).toMatchObject({ type: 'rich', version: '1.0', title: 'X', provider_name: 'Petabit Explained', provider_url: 'https://example.org/', html });
    expect(doc.width).toBe(EMBED_DESIGN_WIDTH);
    expect(doc.height).toBe(480);
    expect(Number.isInteger(doc.cache_age)).toBe(true);
  });
});

describe('oembedHtml', () => {
  const options = { src: 'https://example.org/embed/x/?a=1&b=2', title: 'Bits & "bytes"', heightPx: 480, pageUrl: 'https://example.org/widgets/x/', summary: 'A <short> summary.' };
  it('is a blockquote fallback then the plain snippet, as WordPress’s own filter reads it', () => {
    const html = oembedHtml(options);
    // The pattern of wp_filter_oembed_result (wp-includes/embed.php, WordPress 6.1), which
    // must find both parts for WordPress to load its resizer.
    const parts = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(html);
    expect(parts?.[1], 'the blockquote').toBeDefined();
    expect(parts?.[2]).toBe(plainSnippet(options));
    expect(html.startsWith(parts?.[1] ?? 'missing')).toBe(true);
  });
  it('links the title to the widget page and escapes the text', () => {
    const blockquote = /<blockquote>(.*)<\/blockquote>/s.exec(oembedHtml(options))?.[1] ?? '';
    expect(blockquote).toBe('<a href="https://example.org/widgets/x/">Bits &amp; &quot;bytes&quot;</a>: A &lt;short&gt; summary.');
  });
});

describe('widgetIdsInMarkup', () => {
  it('lists each placed widget once, in order, whatever the attribute order and quotes', () => {
    const mdx = `Text <WidgetFrame id="download-time" />\n<WidgetFrame headingLevel={3} id='streams' load="idle"/>\n<WidgetFrame id="download-time" />\n<Value id="rate" />`;
    expect(widgetIdsInMarkup(mdx)).toEqual(['download-time', 'streams']);
    expect(widgetIdsInMarkup('no widgets here')).toEqual([]);
  });
});

// ── The loader (public/embed.js), run against a stand-in page ────────────────────────────

const LOADER = readFileSync('public/embed.js', 'utf8');
const SITE = 'https://site.example';

interface FakeFrame {
  src: string;
  style: { height: string };
  contentWindow: { postMessage: ReturnType<typeof vi.fn> };
}

function loadPage(frameSrcs: string[], scriptSrc = `${SITE}/base/embed.js`, runs = 1) {
  const listeners: ((event: { data: unknown; origin: string; source: unknown }) => void)[] = [];
  const frames: FakeFrame[] = frameSrcs.map((src) => ({ src, style: { height: '' }, contentWindow: { postMessage: vi.fn() } }));
  const fakeWindow: Record<string, unknown> = {
    addEventListener: (type: string, listener: (typeof listeners)[number]) => {
      if (type === 'message') listeners.push(listener);
    },
  };
  const fakeDocument = { currentScript: { src: scriptSrc }, getElementsByTagName: () => frames };
  for (let i = 0; i < runs; i++) new Function('window', 'document', LOADER)(fakeWindow, fakeDocument);
  const send = (data: unknown, source: unknown, origin = SITE) => listeners.forEach((listener) => listener({ data, source, origin }));
  return { frames, listeners, send };
}

describe('public/embed.js', () => {
  it('stays under 2 KB as shipped (so also minified) and small over the wire', () => {
    expect(Buffer.byteLength(LOADER)).toBeLessThan(2048);
    expect(brotliCompressSync(LOADER).length).toBeLessThan(1024);
  });

  it('resizes only the iframe whose window sent a valid message, from the site’s origin', () => {
    const { frames, send } = loadPage([`${SITE}/base/embed/a/?x=1`, `${SITE}/base/embed/b/`]);
    const [a, b] = frames as [FakeFrame, FakeFrame];
    send({ type: HEIGHT_MESSAGE_TYPE, id: 'a', height: 612.3 }, a.contentWindow);
    expect(a.style.height).toBe('613px');
    expect(b.style.height).toBe('');
    send({ type: HEIGHT_MESSAGE_TYPE, id: 'a', height: 300 }, b.contentWindow);
    expect(b.style.height).toBe('300px');
    expect(a.style.height).toBe('613px');
  });

  it('resizes the embeds of every edition (/embed/ and /ja/embed/), not other pages under an edition', () => {
    const { frames, send } = loadPage([`${SITE}/base/ja/embed/a/`, `${SITE}/base/ja/articles/x/`, `${SITE}/base/japan/embed/a/`]);
    const [japanese, article, lookalike] = frames as [FakeFrame, FakeFrame, FakeFrame];
    for (const frame of frames) send({ type: HEIGHT_MESSAGE_TYPE, id: 'a', height: 400 }, frame.contentWindow);
    expect([japanese.style.height, article.style.height, lookalike.style.height]).toEqual(['400px', '', '']);
  });

  it('acts exactly when isHeightMessage accepts the data', () => {
    const data = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(HEIGHT_MESSAGE_TYPE, 'other'), id: fc.string(), height: fc.oneof(fc.double(), fc.integer(), fc.string()) }),
    );
    const boundaries = [49, 49.99, 50, 4999.5, 5000, 5000.01, 5001, 50_000, 1e9, -1, 0, Number.NaN, Infinity, -Infinity];
    fc.assert(
      fc.property(data, (message) => {
        const { frames, send } = loadPage([`${SITE}/base/embed/a/`]);
        const frame = frames[0] as FakeFrame;
        send(message, frame.contentWindow);
        const applied = frame.style.height !== '';
        expect(applied).toBe(isHeightMessage(message));
        if (isHeightMessage(message)) expect(frame.style.height).toBe(`${Math.ceil(message.height)}px`);
      }),
      { examples: boundaries.map((height): [unknown] => [{ type: HEIGHT_MESSAGE_TYPE, id: 'a', height }]) },
    );
  });

  it('ignores other origins, unknown windows, and iframes that are not our embeds', () => {
    const { frames, send } = loadPage([`${SITE}/base/embed/a/`, 'https://elsewhere.example/base/embed/a/', `${SITE}/base/articles/x/`]);
    const [ours, foreign, notEmbed] = frames as [FakeFrame, FakeFrame, FakeFrame];
    const valid = { type: HEIGHT_MESSAGE_TYPE, id: 'a', height: 400 };
    send(valid, ours.contentWindow, 'https://elsewhere.example');
    send(valid, ours.contentWindow, 'null');
    send(valid, {});
    send(valid, foreign.contentWindow);
    send(valid, foreign.contentWindow, 'https://elsewhere.example');
    send(valid, notEmbed.contentWindow);
    expect(frames.map((f) => f.style.height)).toEqual(['', '', '']);
  });

  it('asks already-loaded embeds for their height once, and listens once however many snippets load it', () => {
    const { frames, listeners } = loadPage([`${SITE}/base/embed/a/`, 'https://elsewhere.example/x/'], `${SITE}/base/embed.js`, 3);
    expect(listeners).toHaveLength(1);
    const [ours, other] = frames as [FakeFrame, FakeFrame];
    expect(ours.contentWindow.postMessage).toHaveBeenCalledTimes(1);
    expect(ours.contentWindow.postMessage).toHaveBeenCalledWith({ type: 'petabit:ping' }, '*');
    expect(other.contentWindow.postMessage).not.toHaveBeenCalled();
  });
});
