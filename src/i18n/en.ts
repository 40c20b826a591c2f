/**
 * English UI strings. Every piece of interface text lives here (not in components), so the
 * Japanese edition adds one file with the same keys. Placeholders look like {name}.
 */
export const en = {
  'site.name': 'Petabit Explained',
  'site.tagline': 'The 1.02 Pb/s fiber record, explained with numbers you can check.',
  'site.description':
    'An explainer on the NICT and Sumitomo Electric record: 1.02 petabits per second over 1,808 km of a 19-core fiber, with checkable comparisons, sources and classroom material.',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.articles': 'Articles',
  'nav.widgets': 'Widgets',
  'nav.classroom': 'Classroom',
  'nav.sources': 'Sources',
  'nav.data': 'Data',
  'skip.link': 'Skip to content',
  'theme.toggle': 'Colour theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.auto': 'Auto',
  'footer.sources': 'Sources',
  'footer.data': 'Data and how to cite',
  'footer.licence': 'Text and data CC BY 4.0 · code MIT',
  'footer.privacy': 'No cookies, no tracking, no third-party requests.',
  'home.kicker': 'A world record in optical fiber',
  'home.headline': '{rate} over {distance}',
  'home.figures': 'The record in three numbers',
  'home.figure.rate': 'data rate',
  'home.figure.distance': 'distance',
  'home.figure.cores': 'cores in one fiber',
  'home.figure.source': 'Source: {source}',
  'notFound.title': 'Page not found',
  'notFound.body': 'That address does not lead anywhere on this site. Perhaps one of these helps:',
  'notFound.home': 'Start at the home page',

  // ── engine (units, formatting, input errors) ──
  // (keys for this area go below this line)

  // ── data pages (sources, data) ──
  // (keys for this area go below this line)

  // ── widgets: shared shell ──
  // (keys for this area go below this line)
  'shell.notice': 'Some settings in this link were not understood, so the defaults are shown for: {params}.',
  'shell.notice.dismiss': 'Dismiss',
  'shell.arithmetic': 'Show the arithmetic',
  'shell.table.show': 'Show as table',
  'shell.chart.show': 'Show as chart',
  'shell.invalid.empty': 'Enter a value.',
  'shell.invalid.not-a-number': 'That is not a number. Try something like {example}.',
  'shell.invalid.unknown-unit': 'Unknown unit. Try something like {example}.',
  'shell.invalid.negative': 'Enter a positive value.',
  'shell.invalid.zero': 'Enter a value above zero.',
  'shell.invalid.too-large': 'That is too large to compute. Enter a smaller value.',
  'shell.range': 'Enter a number from {min} to {max}.',
  'shell.invalid.kept': 'Showing the last valid result.',
  'widgets.title': 'Widgets',
  'widgets.intro': 'Every comparison on this site, ready to use and to embed in your own story. Each one shows its arithmetic and cites its sources.',

  // ── widgets: comparison ──
  // (keys for this area go below this line)

  // ── widgets: visual ──
  // (keys for this area go below this line)

  // ── articles ──
  // (keys for this area go below this line)
  'article.note': 'Note {number}',
  'article.notes': 'Notes',
  'article.toc': 'On this page',
  'article.readingTime': '{minutes} min read',
  'article.published': 'Published {date}',
  'article.updated': 'Updated {date}',
  'article.previous': 'Previous',
  'article.next': 'Next',
  'article.series': 'Articles in reading order',
  'articles.title': 'Articles',
  'articles.intro': 'Seven short explainers, in reading order. Every figure comes from the data and links to its source.',

  // ── embeds ──
  // (keys for this area go below this line)
  'embed.button': 'Embed this',
  'embed.dialog.title': 'Embed “{title}”',
  'embed.dialog.intro': 'Paste one of these into your story or CMS. The embed shows the widget exactly as you see it now, and keeps showing that even if this site changes its defaults.',
  'embed.theme.label': 'Colours',
  'embed.theme.auto': 'Follow the reader’s setting',
  'embed.theme.light': 'Always light',
  'embed.theme.dark': 'Always dark',
  'embed.plain.label': 'Plain embed (iframe only)',
  'embed.plain.hint': 'Works in any CMS, even one that removes scripts. Its height is fixed at {height} px, enough for a phone screen.',
  'embed.responsive.label': 'Responsive embed (iframe and sizing script)',
  'embed.responsive.hint': 'Adds a small script from this site that keeps the height fitted to the content as readers use the widget.',
  'embed.copy.plain': 'Copy the plain embed',
  'embed.copy.responsive': 'Copy the responsive embed',
  'embed.copied': 'Copied to the clipboard.',
  'embed.copy.fallback': 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'embed.close': 'Close',
  'embed.attribution.article': ': read the full article (opens in a new tab)',
  'embed.attribution.sources': 'sources',
  'embed.newTab': ' (opens in a new tab)',

  // ── classroom ──
  // (keys for this area go below this line)

  // ── quality ──
  // (keys for this area go below this line)
} as const;

export type UiKey = keyof typeof en;
