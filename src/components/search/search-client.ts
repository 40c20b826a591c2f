/**
 * The search page's script. Pagefind's own loader (dist/pagefind/pagefind.js, written after the
 * build by scripts/search-index.mjs) is imported on the first search, not with the page, so no
 * page pays for search until a reader searches. Pagefind picks the index of the page's
 * <html lang>, so results come in the reader's language. Results are rendered with text nodes
 * and <mark> only: an excerpt is HTML from our own pages, but nothing from it is trusted as markup.
 */
import type { Messages, Translate } from '../../i18n/translate';

/**
 * The page's messages with {placeholders} filled in. i18n/translate.ts does the same, but it
 * ships in the widget runtime chunk (≈21 KB brotli with what it groups), which this page has no
 * other use for; the search page stays a page with no island.
 */
function translatorOf(messages: Messages): Translate {
  return (key, vars = {}) => (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(query: string, options?: object, debounceMs?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;

/** Appends `excerpt` to `target` as text, keeping Pagefind's <mark> highlights and nothing else. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(document.createTextNode(node.textContent ?? ''));
  }
}

function setUp(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  const t = translatorOf(JSON.parse(form.dataset['messages'] ?? '{}') as Messages);
  const locale = document.documentElement.lang || 'en';
  const bundle = form.dataset['bundle'] ?? '/pagefind/pagefind.js';
  const base = form.dataset['base'] ?? '/';
  let loading: Promise<Pagefind> | undefined;
  const pagefind = () =>
    (loading ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (module) => {
      await module.options({ baseUrl: base, excerptLength: 24 });
      return module;
    }));

  async function run(query: string): Promise<void> {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    status!.textContent = t('search.loading');
    let found: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
    try {
      found = await (await pagefind()).debouncedSearch(query, {}, 250);
    } catch {
      status!.textContent = t('search.failed');
      return;
    }
    if (found === null) return; // a newer query replaced this one
    const shown = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list!.replaceChildren(
      ...shown.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.meta.title ?? page.url;
        const excerpt = document.createElement('p');
        appendExcerpt(excerpt, page.excerpt);
        item.append(link, excerpt);
        return item;
      }),
    );
    const count = found.results.length;
    status!.textContent =
      count === 0 ? t('search.none', { query }) : count === 1 ? t('search.one', { query }) : t('search.count', { count: new Intl.NumberFormat(locale).format(count), query });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value.trim());
  });
  input.addEventListener('input', () => void run(input.value.trim()));
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial.trim());
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) setUp(form);
